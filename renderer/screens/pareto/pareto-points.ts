// The Pareto chart's bars. Up to `maxBars` customers get a bar each. Beyond that, drawing one
// bar per customer would be slow and unreadable, so the chart offers two honest views:
// - all customers in equal groups of neighbours (a bar is the mean value per customer of its
//   group; a group never crosses a class boundary), so the horizontal axis stays proportional
//   to the number of customers and the curve keeps its true shape;
// - the first `head` customers, one bar each.
import type { AbcClass, CustomerResult } from '../../../shared/analysis/result-types';

export type ParetoPoint = {
  /** Ranks in ABC order, 1-based; from === to for a single customer. */
  from: number;
  to: number;
  /** The customer, or the largest customer of a group. */
  code: string;
  name: string | null;
  largest: number;
  /** The customer's value, or the mean per customer of a group (run basis units). */
  value: number;
  cumulative: number;
  abc: AbcClass;
};

/** Customers on the curve: those with a value > 0 (the others have no cumulative share, SPEC). */
export function rankedCustomers(customers: CustomerResult[]): CustomerResult[] {
  return customers.filter((c) => c.cumulativeShare !== null);
}

function group(ranked: CustomerResult[], from: number, to: number): ParetoPoint {
  const first = ranked[from]!;
  const last = ranked[to - 1]!;
  let sum = 0;
  for (let i = from; i < to; i++) sum += ranked[i]!.value;
  return {
    from: from + 1,
    to,
    code: first.code,
    name: first.name,
    largest: first.value,
    value: sum / (to - from),
    cumulative: last.cumulativeShare!,
    abc: last.abc,
  };
}

/** One bar per customer for the first `count` customers. */
export function headPoints(ranked: CustomerResult[], count: number): ParetoPoint[] {
  return ranked.slice(0, count).map((_, i) => group(ranked, i, i + 1));
}

/** Every customer, in at most about `maxBars` equal groups (plus a cut at each class boundary). */
export function allPoints(ranked: CustomerResult[], maxBars: number): ParetoPoint[] {
  if (ranked.length <= maxBars) return headPoints(ranked, ranked.length);
  const size = Math.ceil(ranked.length / maxBars);
  const points: ParetoPoint[] = [];
  let from = 0;
  while (from < ranked.length) {
    let to = Math.min(ranked.length, from + size);
    for (let i = from + 1; i < to; i++)
      if (ranked[i]!.abc !== ranked[from]!.abc) {
        to = i;
        break;
      }
    points.push(group(ranked, from, to));
    from = to;
  }
  return points;
}
