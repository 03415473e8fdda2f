// XYZ (regularity) classification, SPEC "XYZ (regularity)".
import type { XyzClass } from './result-types';

export type XyzOutcome = { xyz: XyzClass | null; cv: number | null };

/**
 * `series` holds the measure of every period considered (zeros included). Fewer periods than
 * the minimum history → no XYZ (the customer is "new"). Mean ≤ 0 → Z without a CV. Otherwise the
 * coefficient of variation uses the population standard deviation.
 */
export function classifyXyz(series: ArrayLike<number>, x: number, y: number, minPeriods: number): XyzOutcome {
  const n = series.length;
  if (n < minPeriods) return { xyz: null, cv: null };
  const mean = sumOf(series) / n;
  if (mean <= 0) return { xyz: 'Z', cv: null };
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (series[i]! - mean) ** 2;
  const cv = Math.sqrt(squares / n) / mean;
  return { xyz: cv <= x ? 'X' : cv <= y ? 'Y' : 'Z', cv };
}

function sumOf(series: ArrayLike<number>, from = 0, to = series.length): number {
  let s = 0;
  for (let i = from; i < to; i++) s += series[i]!;
  return s;
}

/**
 * "Declining": the mean of the last 3 periods is below half the mean of the earlier periods
 * considered; needs at least 3 earlier periods.
 */
export function decliningTrend(series: ArrayLike<number>): { recentMean: number; earlierMean: number } | null {
  const n = series.length;
  if (n - 3 < 3) return null;
  const recentMean = sumOf(series, n - 3) / 3;
  const earlierMean = sumOf(series, 0, n - 3) / (n - 3);
  return recentMean < 0.5 * earlierMean ? { recentMean, earlierMean } : null;
}
