// How concentrated the business is: top-share, Herfindahl–Hirschman index, and what each A
// customer's departure would cost (issue "Analysis", beyond the manual routine).
import type { Concentration } from './matrix-types';
import type { CustomerResult } from './result-types';

const TOP_PERCENTS = [1, 5, 10, 20];

/** `customers` in ABC order, as a run stores them. */
export function concentration(customers: Pick<CustomerResult, 'code' | 'name' | 'value' | 'abc'>[], totalValue: number): Concentration {
  const positive = customers.filter((c) => c.value > 0);
  const shareOf = (value: number) => (totalValue > 0 ? value / totalValue : 0);
  const top = TOP_PERCENTS.map((percent) => {
    const n = Math.min(positive.length, Math.max(1, Math.ceil((customers.length * percent) / 100)));
    const value = positive.slice(0, n).reduce((s, c) => s + c.value, 0);
    return { percent, customers: n, share: shareOf(value) };
  });
  const hhi = positive.reduce((s, c) => s + (shareOf(c.value) * 100) ** 2, 0);
  const aCustomers = customers
    .filter((c) => c.abc === 'A')
    .map((c) => ({ code: c.code, name: c.name, value: c.value, share: shareOf(c.value) }));
  return { customers: customers.length, top, hhi, aCustomers, aCount: aCustomers.length };
}
