// How the backend's messages are worded: each message is a code with parameters on the wire
// (shared/api/errors.ts), and whoever shows it (the screens, the command line) turns it into a
// sentence in the user's language with these catalogues. Numbers and dates in the parameters are
// formatted here, with the language's own conventions ("X = 1,5" in pt-BR).
import type { ErrorType } from '../api/error-type';
import type { Lang } from '../format/locale';

export type { Lang };
export const LANGS: readonly Lang[] = ['pt', 'en', 'es', 'ca'];

/** A parameter of a message: plain data only, so that it crosses IPC and HTTP unchanged. */
export type ParamValue = string | number | boolean | null | readonly string[];
export type MessageParams = { readonly [name: string]: ParamValue };

/** The formatting helpers a wording function receives, for its language. */
export type WordFormat = {
  lang: Lang;
  /** A number with the language's separators (up to `digits` decimals, default 2). */
  num(n: number, digits?: number): string;
  /** A whole number with grouping: 1.234.567 in pt-BR. */
  int(n: number): string;
  /** A number with exactly `digits` decimals: 1.234,50 in pt-BR. */
  fixed(n: number, digits: number): string;
  /** A share as a percentage with `digits` decimals: 12,5 % in pt-BR. */
  percent(share: number, digits?: number): string;
  /** A date given as YYYY-MM-DD, written as the language writes dates (dd/mm/aaaa in pt-BR). */
  day(iso: string): string;
  /** "a, b e c" / "a, b and c"; with 'or', "a, b ou c". */
  list(items: readonly string[], type?: 'and' | 'or'): string;
  /** Picks the form for `n` by the language's plural rules (Intl.PluralRules). */
  plural(n: number, forms: { one: string; other: string }): string;
};

const INTL_TAG: Record<Lang, string> = { pt: 'pt-BR', en: 'en-US', es: 'es-ES', ca: 'ca-ES' };
/**
 * The plural rules of each language. Brazilian usage writes zero in the plural ("0 linhas lidas",
 * "0,5 dias"), which CLDR's pt-BR rule (0 and 1 singular, "0 linha lida") does not; pt-PT's
 * (only 1 singular) does (docs/decisions.md).
 */
export const PLURAL_TAG: Record<Lang, string> = { pt: 'pt-PT', en: 'en-US', es: 'es-ES', ca: 'ca-ES' };

const formats = new Map<Lang, WordFormat>();

export function wordFormat(lang: Lang): WordFormat {
  let f = formats.get(lang);
  if (f) return f;
  const tag = INTL_TAG[lang];
  const ints = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const plurals = new Intl.PluralRules(PLURAL_TAG[lang]);
  const and = new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' });
  const or = new Intl.ListFormat(tag, { style: 'long', type: 'disjunction' });
  const dates = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' });
  f = {
    lang,
    num: (n, digits = 2) => new Intl.NumberFormat(tag, { maximumFractionDigits: digits }).format(n),
    int: (n) => ints.format(n),
    fixed: (n, digits) => new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n),
    percent: (share, digits = 1) => new Intl.NumberFormat(tag, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share),
    day: (iso) => {
      const t = Date.parse(`${iso}T00:00:00Z`);
      return Number.isFinite(t) ? dates.format(t) : iso;
    },
    list: (items, type = 'and') => (type === 'or' ? or : and).format(items),
    plural: (n, forms) => (plurals.select(n) === 'one' ? forms.one : forms.other),
  };
  formats.set(lang, f);
  return f;
}

/** A value as it was read or typed: a number in the reader's own writing ("8,5" in pt-BR), text as it is. */
export function shownValue(v: string | number, f: WordFormat): string {
  return typeof v === 'number' ? f.num(v, 6) : v;
}

/** One message in Clave's four languages, with the error type it always carries. */
export type Wording<P extends MessageParams> = {
  type: ErrorType;
  text: Record<Lang, (p: P, f: WordFormat) => string>;
};

/**
 * Declares a message: its type, then its sentence in each language. The parameters are typed
 * once, here, and every caller of `apiError` with this code must pass them.
 */
export function wording<P extends MessageParams = Record<string, never>>(
  type: ErrorType,
  text: Record<Lang, (p: P, f: WordFormat) => string>,
): Wording<P> {
  return { type, text };
}

/** The language Clave speaks for a locale tag or environment value (`pt_BR.UTF-8`, `en-GB`…); pt when unknown. */
export function langOf(tag: string | undefined | null): Lang {
  const lower = (tag ?? '').trim().toLowerCase();
  for (const lang of LANGS) if (lower === lang || lower.startsWith(`${lang}-`) || lower.startsWith(`${lang}_`) || lower.startsWith(`${lang}.`)) return lang;
  return 'pt';
}

/** The language a command-line tool speaks: that of LC_ALL, else LC_MESSAGES, else LANG (pt when unset or unknown). */
export function langOfEnv(env: { readonly [name: string]: string | undefined }): Lang {
  return langOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
