// Counts in the screens' words: the number written as the language writes it and the noun in the
// form the language's plural rules ask for (Intl.PluralRules, through shared/messages/wording.ts:
// "1 cliente", "0 clientes", "1.234 clientes"). Catalogues take the number, never a pre-made
// text, so that "1 subiram" cannot be written.
import { wordFormat } from '../../shared/messages/wording';
import { MESSAGE_LANG, type UiLocale } from './locales';

export type Plurals = {
  /** The form for `n`: plural.form(3, 'dia', 'dias') → 'dias'. */
  form(n: number, one: string, other: string): string;
  /** The number and its form: plural.count(1234, 'dia', 'dias') → '1.234 dias'. */
  count(n: number, one: string, other: string): string;
  /** The number alone, with the language's grouping. */
  int(n: number): string;
  /** A number with up to `digits` decimals: 30,5 in pt-BR. */
  num(n: number, digits?: number): string;
};

export function plurals(locale: UiLocale): Plurals {
  const f = wordFormat(MESSAGE_LANG[locale]);
  const form = (n: number, one: string, other: string) => f.plural(n, { one, other });
  return { form, count: (n, one, other) => `${f.int(n)} ${form(n, one, other)}`, int: f.int, num: f.num };
}

/** Each language's counts, for the catalogues: `pl.pt.count(n, 'dia', 'dias')`. */
export const pl = { pt: plurals('pt-BR'), en: plurals('en'), es: plurals('es'), ca: plurals('ca') } as const;
