// What an export needs to know about its reader: the locale (separators, date order, currency)
// and the words of the labels. Built from the caller's options; a locale or a currency Clave
// cannot write is refused with a message naming it.
import { apiError } from '../api/errors';
import { labelsFor, type Labels } from './labels';
import { LOCALE_NAMES, resolveLocale, withCurrency, type LocaleFormat } from './locale';

export type FormatSettings = { loc: LocaleFormat; labels: Labels };

export function formatSettings(locale?: string, currency?: string): FormatSettings {
  const base = resolveLocale(locale);
  if (!base) throw apiError('export/unknown-locale', { value: String(locale).slice(0, 40), allowed: LOCALE_NAMES });
  const loc = currency === undefined ? base : withCurrency(base, currency);
  if (!loc) throw apiError('export/unknown-currency', { value: String(currency).slice(0, 40) });
  return { loc, labels: labelsFor(loc.lang) };
}
