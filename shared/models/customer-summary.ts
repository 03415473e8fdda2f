// What the two models see of a customer (SPEC "Predicted purchases and value"): its purchase
// days over all history up to the reference date, reduced to x (repeat purchases), t_x and T in
// weeks, and m, the mean of the day totals over the repeat purchase days.
import type { Day } from '../domain/calendar';
import type { Cents } from '../domain/money';

/** An order of the customer (or its day, in a file without order ids) and its total in cents. */
export type Order = { day: Day; total: Cents };

/** Purchase days, ascending, each with the total of that day's purchases (cents, > 0). */
export type PurchaseDays = { days: Day[]; totals: Cents[] };

/**
 * The customer's purchase days at any date: an order whose total is ≤ 0 (a return, a credit
 * note) is not a purchase (SPEC "Data"), so a day whose returns exceed its sales is none; a day's
 * total sums that day's purchases only.
 */
export function purchaseDays(orders: Iterable<Order>): PurchaseDays {
  const byDay = new Map<Day, Cents>();
  for (const o of orders) if (o.total > 0) byDay.set(o.day, (byDay.get(o.day) ?? 0) + o.total);
  const days = [...byDay.keys()].sort((a, b) => a - b);
  return { days, totals: days.map((d) => byDay.get(d)!) };
}

export type CustomerSummary = {
  /** Repeat purchases: purchase days after the first. */
  x: number;
  /** Weeks from the first to the last purchase day. */
  tx: number;
  /** Weeks from the first purchase day to the reference date. */
  T: number;
  /** Mean of the day totals over the repeat purchase days, in major units (null when x = 0). */
  m: number | null;
};

export const DAYS_PER_WEEK = 7;

/** The summary at the reference date, or null for a customer with no purchase day up to it. */
export function summarise(purchases: PurchaseDays, referenceDate: Day): CustomerSummary | null {
  const { days, totals } = purchases;
  let last = -1;
  while (last + 1 < days.length && days[last + 1]! <= referenceDate) last++;
  if (last < 0) return null;
  const first = days[0]!;
  let repeatTotal = 0;
  for (let i = 1; i <= last; i++) repeatTotal += totals[i]!;
  return {
    x: last,
    tx: (days[last]! - first) / DAYS_PER_WEEK,
    T: (referenceDate - first) / DAYS_PER_WEEK,
    // Major units, so that the fitted v reads in the currency (15.44 dollars for CDNOW).
    m: last > 0 ? repeatTotal / last / 100 : null,
  };
}
