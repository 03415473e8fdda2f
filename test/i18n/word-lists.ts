// The word lists the screen walker checks visible text against, made from Clave's own texts:
// every string of every catalogue the screens word with — the screens' catalogues
// (renderer/**/*-messages.ts, each message function called with stand-in arguments), the labels
// shared with the exports, the matrix treatments, the grid's own words, the field and factor names
// and the backend's messages (shared/messages), and the month names Intl writes dates with — split
// into words of three letters or more, lower-cased, for each language. "Portuguese words" are then
// the words of the pt-BR texts that no English text uses, and "English words" the reverse; words
// of the data a screen shows (the sample's customer, product, seller, segment and region names:
// every string literal of shared/sample/generate-sales.ts) are taken out of both, as are any the
// caller names (what a test typed, the workspace's path).
/// <reference types="vite/client" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BASES, PERIODS, XYZ_MEASURES } from '../../shared/analysis/params';
import { STATUSES } from '../../shared/analysis/result-types';
import { treatmentText } from '../../shared/analysis/treatments';
import { OVERLAP_MODES } from '../../shared/api/import-api';
import { labelsFor } from '../../shared/format/labels';
import { ERRORS } from '../../shared/messages/error-catalogue';
import { FIELD_NAMES, HEALTH_FACTOR_NAMES } from '../../shared/messages/field-names';
import { wordFormat, type Lang } from '../../shared/messages/wording';
import { GRID_WORDS } from '../../renderer/i18n/grid-locale';
import { INTL_TAG, MESSAGE_LANG, type UiLocale } from '../../renderer/i18n/locales';

const catalogues = import.meta.glob<Record<string, unknown>>('../../renderer/**/*-messages.ts', { eager: true });

/** Words as the walker counts them: runs of letters, three or more, lower-cased. */
export function wordsOf(text: string): string[] {
  return (text.toLocaleLowerCase().match(/\p{L}{3,}/gu) ?? []) as string[];
}

/**
 * An argument for any message function: a number that is also a function, an object and a list,
 * so that `${n}`, `n(x)`, `p.kind.toUpperCase()` and `list.join()` all give text.
 */
const standIn: unknown = new Proxy(function () {}, {
  get: (_target, key) => {
    if (key === Symbol.toPrimitive || key === 'toString' || key === 'valueOf') return () => '3';
    if (key === Symbol.iterator) return function* () {
      yield '3';
    };
    if (key === 'length') return 3;
    return standIn;
  },
  apply: () => standIn,
});

/** Every string a value holds or, for a function, gives. */
function collect(value: unknown, out: string[], depth = 0): void {
  if (depth > 8) return;
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'function') {
    for (const args of [Array(Math.max(value.length, 1)).fill(standIn), [1, '1'], [3, '3']]) {
      try {
        collect((value as (...a: unknown[]) => unknown)(...args), out, depth + 1);
      } catch {
        // a message that needs real arguments: its other branches are still collected
      }
    }
  } else if (Array.isArray(value)) for (const v of value) collect(v, out, depth + 1);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) collect(v, out, depth + 1);
}

const LOCALE_OF: Record<Lang, UiLocale> = { pt: 'pt-BR', en: 'en', es: 'es', ca: 'ca' };

/** Every text Clave's screens can show in a language. */
export function textsOf(lang: Lang): string[] {
  const locale = LOCALE_OF[lang];
  const out: string[] = [];
  for (const module of Object.values(catalogues))
    for (const exported of Object.values(module))
      if (typeof exported === 'object' && exported !== null && locale in exported && 'en' in exported) collect((exported as Record<string, unknown>)[locale], out);
  collect(labelsFor(lang), out);
  collect(GRID_WORDS[locale], out);
  collect(
    Object.values(FIELD_NAMES).map((n) => n[lang]),
    out,
  );
  collect(
    Object.values(HEALTH_FACTOR_NAMES).map((n) => n[lang]),
    out,
  );
  for (const cell of ['AX', 'AY', 'AZ', 'BX', 'BY', 'BZ', 'CX', 'CY', 'CZ', 'A-', 'B-', 'C-']) out.push(treatmentText(cell, locale));
  // Dates as Intl writes them on screens and charts ("ago. de 2026" in pt-BR).
  for (let month = 0; month < 12; month++)
    for (const style of ['long', 'short'] as const) out.push(new Intl.DateTimeFormat(INTL_TAG[locale], { month: style, year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, month, 15)));
  const f = wordFormat(lang);
  for (const wording of Object.values(ERRORS)) collect((p: unknown) => (wording.text[lang] as (p: unknown, f: unknown) => string)(p, f), out);
  if (MESSAGE_LANG[locale] !== lang) throw new Error(`no screen language for ${lang}`);
  return out;
}

/** The words of the data the sample workspace holds (names of customers, products, people, places). */
export function sampleDataWords(): Set<string> {
  const source = readFileSync(resolve('shared', 'sample', 'generate-sales.ts'), 'utf8');
  const literals = source.match(/'[^'\n]*'/g) ?? [];
  return new Set(literals.flatMap((l) => wordsOf(l)));
}

/**
 * SPEC's values (`month`, `revenue`, `at risk`…): English by contract, quoted as they are by a few
 * messages in every language ("use month, week ou quarter"), so they do not make an English word
 * Portuguese; shown raw on a pt-BR screen, they are the bug the issue saw ("(month)").
 */
const CONTRACT_WORDS = new Set([...PERIODS, ...BASES, ...XYZ_MEASURES, ...STATUSES, ...OVERLAP_MODES].flatMap(wordsOf));

/** The words of a language's texts; SPEC's values count as English only, wherever they are quoted. */
function vocabulary(lang: Lang): Set<string> {
  return new Set(textsOf(lang).flatMap(wordsOf).filter((w) => lang === 'en' || !CONTRACT_WORDS.has(w)));
}

/** Words of `lang`'s texts that `other`'s texts never use, less the data's and the ones given. */
export function wordsOnlyIn(lang: Lang, other: Lang, data: Iterable<string> = []): Set<string> {
  const theirs = vocabulary(other);
  const excluded = new Set([...sampleDataWords(), ...[...data].flatMap(wordsOf)]);
  return new Set([...vocabulary(lang)].filter((w) => !theirs.has(w) && !excluded.has(w)));
}
