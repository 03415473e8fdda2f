// What an export needs to know about its reader: the locale (separators, date order, currency)
// and the words of the labels. Built from the caller's options; a locale or a currency Clave
// cannot write is refused with a message naming it.
import { legacyError } from '../api/errors';
import { labelsFor, type Labels } from './labels';
import { LOCALE_NAMES, resolveLocale, withCurrency, type LocaleFormat } from './locale';

export type FormatSettings = { loc: LocaleFormat; labels: Labels };

export function formatSettings(locale?: string, currency?: string): FormatSettings {
  const base = resolveLocale(locale);
  if (!base) throw legacyError('bad-option', `Idioma desconhecido "${locale}": use ${LOCALE_NAMES}.`);
  const loc = currency === undefined ? base : withCurrency(base, currency);
  if (!loc) throw legacyError('bad-option', `Moeda inválida "${currency}": use um código ISO 4217 de três letras, como BRL ou EUR.`);
  return { loc, labels: labelsFor(loc.lang) };
}
