// How concentrated the business is: top-share, Herfindahl–Hirschman index, and what each A
// customer's departure would cost (issue "Analysis", beyond the manual routine).
import type { Concentration } from './matrix-types';
import type { CustomerResult } from './result-types';

const TOP_PERCENTS = [1, 5, 10, 20];

/** The Herfindahl–Hirschman index (0–10,000) of the positive values, in ABC order, against the run's total value. */
export function herfindahl(positiveValues: readonly number[], totalValue: number): number {
  let hhi = 0;
  for (const v of positiveValues) hhi += ((totalValue > 0 ? v / totalValue : 0) * 100) ** 2;
  return hhi;
}

/** `customers` in ABC order, as a run stores them. */
export function concentration(customers: Pick<CustomerResult, 'code' | 'name' | 'value' | 'abc'>[], totalValue: number): Concentration {
  const positive = customers.filter((c) => c.value > 0);
  const shareOf = (value: number) => (totalValue > 0 ? value / totalValue : 0);
  const top = TOP_PERCENTS.map((percent) => {
    const n = Math.min(positive.length, Math.max(1, Math.ceil((customers.length * percent) / 100)));
    const value = positive.slice(0, n).reduce((s, c) => s + c.value, 0);
    return { percent, customers: n, share: shareOf(value) };
  });
  const hhi = herfindahl(positive.map((c) => c.value), totalValue);
  const aCustomers = customers
    .filter((c) => c.abc === 'A')
    .map((c) => ({ code: c.code, name: c.name, value: c.value, share: shareOf(c.value) }));
  return { customers: customers.length, top, hhi, aCustomers, aCount: aCustomers.length };
}
