// The locales an export (and later a screen) can be written in, and what each one decides:
// the language of the labels, the decimal and CSV separators, the order of day and month, and
// the currency shown next to money when the caller does not choose one.

export type Lang = 'pt' | 'en' | 'es' | 'ca';
export type FormatLocaleTag = 'pt-BR' | 'en-US' | 'en-GB' | 'es' | 'ca';

export type LocaleFormat = {
  tag: FormatLocaleTag;
  lang: Lang;
  decimal: ',' | '.';
  /**
   * Where the comma is the decimal separator, spreadsheets expect `;` between CSV fields
   * (Excel's list separator in those locales); elsewhere `,`.
   */
  csvSeparator: ';' | ',';
  dateOrder: 'dmy' | 'mdy';
  /** ISO 4217 code of the money shown: the locale's own unless the caller chose another. */
  currency: string;
};

const LOCALES: Record<FormatLocaleTag, Omit<LocaleFormat, 'tag'>> = {
  'pt-BR': { lang: 'pt', decimal: ',', csvSeparator: ';', dateOrder: 'dmy', currency: 'BRL' },
  'en-US': { lang: 'en', decimal: '.', csvSeparator: ',', dateOrder: 'mdy', currency: 'USD' },
  'en-GB': { lang: 'en', decimal: '.', csvSeparator: ',', dateOrder: 'dmy', currency: 'GBP' },
  es: { lang: 'es', decimal: ',', csvSeparator: ';', dateOrder: 'dmy', currency: 'EUR' },
  ca: { lang: 'ca', decimal: ',', csvSeparator: ';', dateOrder: 'dmy', currency: 'EUR' },
};

export const DEFAULT_LOCALE: FormatLocaleTag = 'pt-BR';

/** The locale names a caller may pass, for messages. */
export const LOCALE_NAMES = 'pt-BR, en, en-US, en-GB, es, ca';

/**
 * Maps a BCP 47 tag to a supported locale by its language (`pt-PT` → pt-BR, `en` → en-US,
 * `es-MX` → es); null when the language is not one of Clave's four.
 */
export function resolveLocale(tag: string = DEFAULT_LOCALE): LocaleFormat | null {
  const lower = tag.trim().toLowerCase().replace('_', '-');
  let key: FormatLocaleTag | null = null;
  if (lower === 'en-gb') key = 'en-GB';
  else if (lower === 'en' || lower.startsWith('en-')) key = 'en-US';
  else if (lower === 'pt' || lower.startsWith('pt-')) key = 'pt-BR';
  else if (lower === 'es' || lower.startsWith('es-')) key = 'es';
  else if (lower === 'ca' || lower.startsWith('ca-')) key = 'ca';
  return key ? { tag: key, ...LOCALES[key] } : null;
}

/** The same locale showing another currency (an ISO 4217 code such as `EUR`); null when malformed. */
export function withCurrency(loc: LocaleFormat, currency: string): LocaleFormat | null {
  const code = currency.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? { ...loc, currency: code } : null;
}
