// Customer lifetime value (seed 001): average yearly margin × expected lifetime. Decisions:
// - The customer's margin is the sum of its known line margins over its whole history up to the
//   reference day; its revenue when no line has a known margin (as the analysis does for
//   "breadwinner").
// - Years of history = (reference day − first purchase + 1) / 365.25, at least 1, rounded to two
//   decimals: years without purchases after the first one count, so a customer that stopped
//   buying sees its average fall.
// - Expected lifetime = 1 / the yearly churn rate of its class (newest run); a customer in no run
//   uses the overall yearly rate. Unknown or 0 → no lifetime and no CLV.
// - The figures are rounded as the formula shows them (years and lifetime to two decimals,
//   money to the cent) and the CLV is computed from the rounded figures, so the formula adds up.
import type { Day } from '../domain/calendar';
import type { AbcClass } from '../analysis/result-types';
import { readableMoney, readableNumber } from '../format/numbers';
import { resolveLocale } from '../format/locale';
import type { Clv } from './kpi-types';

export type ClvInput = {
  code: string;
  firstPurchase: Day | null;
  margin: number | null; // cents, null when no line has a known margin
  revenue: number; // cents
  abc: AbcClass | null;
  referenceDay: Day;
  /** The yearly churn rate of the customer's class (or overall when it has none). */
  yearlyChurnRate: number | null;
};

const round2 = (n: number) => Math.round(n * 100) / 100;
const pt = resolveLocale('pt-BR')!;

export function computeClv(i: ClvInput): Clv {
  const basis = i.margin ?? i.revenue;
  const basisName = i.margin === null ? 'receita' : 'margem';
  if (i.firstPurchase === null) {
    return {
      code: i.code,
      averageYearlyMargin: 0,
      yearsOfHistory: 0,
      abc: i.abc,
      yearlyChurnRate: i.yearlyChurnRate,
      expectedLifetimeYears: null,
      clv: null,
      formula: 'Sem compras: não há margem para projetar (CLV indefinido).',
    };
  }
  const years = round2(Math.max(1, (i.referenceDay - i.firstPurchase + 1) / 365.25));
  const average = Math.round(basis / years);
  const rate = i.yearlyChurnRate;
  const lifetime = rate === null || rate <= 0 ? null : round2(1 / rate);
  const clv = lifetime === null ? null : Math.round(average * lifetime);
  const money = (c: number) => readableMoney(c, pt);
  const classText = i.abc === null ? 'geral (cliente fora da última análise)' : `da classe ${i.abc}`;
  const averageText = `${basisName} anual média = ${money(basis)} ÷ ${readableNumber(years, pt)} anos = ${money(average)}`;
  const formula =
    lifetime === null
      ? `${averageText}; vida esperada indefinida (churn anual ${classText} ${rate === null ? 'desconhecido' : 'zero'}): CLV indefinido.`
      : `${averageText}; vida esperada = 1 ÷ churn anual ${classText} ${readableNumber(rate! * 100, pt, 1)} % = ${readableNumber(lifetime, pt)} anos; CLV = ${money(average)} × ${readableNumber(lifetime, pt)} = ${money(clv!)}.`;
  return {
    code: i.code,
    averageYearlyMargin: average,
    yearsOfHistory: years,
    abc: i.abc,
    yearlyChurnRate: rate,
    expectedLifetimeYears: lifetime,
    clv,
    formula,
  };
}
