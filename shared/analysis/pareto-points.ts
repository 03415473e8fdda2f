// The Pareto chart's bars. Up to `maxBars` customers get a bar each. Beyond that, drawing one
// bar per customer would be slow and unreadable, so the chart offers two honest views:
// - all customers in equal groups of neighbours (a bar is the mean value per customer of its
//   group; a group never crosses a class boundary), so the horizontal axis stays proportional
//   to the number of customers and the curve keeps its true shape;
// - the first `head` customers, one bar each.
import type { AbcClass, CustomerResult } from './result-types';

/** What the chart reads of a customer. */
export type ParetoInput = Pick<CustomerResult, 'code' | 'name' | 'value' | 'cumulativeShare' | 'abc'>;

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
export function rankedCustomers<T extends ParetoInput>(customers: T[]): T[] {
  return customers.filter((c) => c.cumulativeShare !== null);
}

function group(ranked: ParetoInput[], from: number, to: number): ParetoPoint {
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
export function headPoints(ranked: ParetoInput[], count: number): ParetoPoint[] {
  return ranked.slice(0, count).map((_, i) => group(ranked, i, i + 1));
}

/** Every customer, in at most about `maxBars` equal groups (plus a cut at each class boundary). */
export function allPoints(ranked: ParetoInput[], maxBars: number): ParetoPoint[] {
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

/** The chart's two views of a run, computed where the customers are (the backend): a few hundred points cross the API, not the run. */
export type ParetoView = {
  /** Every customer on the curve, in at most about `maxBars` bars. */
  all: ParetoPoint[];
  /** The first `head` customers, a bar each. */
  head: ParetoPoint[];
  /** Customers on the curve (value > 0). */
  ranked: number;
  /** Customers with a value ≤ 0, off the curve. */
  nonPositive: number;
  /** Customers per bar of `all` (1: a bar each). */
  groupSize: number;
};

export function paretoView(customers: ParetoInput[], maxBars: number, head: number): ParetoView {
  const ranked = rankedCustomers(customers);
  return {
    all: allPoints(ranked, maxBars),
    head: headPoints(ranked, head),
    ranked: ranked.length,
    nonPositive: customers.length - ranked.length,
    groupSize: ranked.length <= maxBars ? 1 : Math.ceil(ranked.length / maxBars),
  };
}
