// What the two models see of a customer (SPEC "Predicted purchases and value"): its purchase
// days over all history up to the reference date, reduced to x (repeat purchases), t_x and T in
// weeks, and m, the mean of the day totals over the repeat purchase days.
import type { Day } from '../domain/calendar';
import type { Cents } from '../domain/money';

/** An order of the customer (or its day, in a file without order ids) and its total in cents. */
export type Order = { day: Day; total: Cents };

/**
 * Purchase days, ascending, each with the total of that day's purchases (cents, > 0): arrays, or
 * views of a caller's buffers.
 */
export type PurchaseDays = { days: ArrayLike<Day>; totals: ArrayLike<Cents> };

/**
 * An order whose total is ≤ 0 (a return, a credit note) is not a purchase (SPEC "Data"). The
 * rule's one place: the analysis (shared/analysis/customer-facts.ts) counts orders and finds
 * purchase dates through it and `purchaseDaysInto`.
 */
export function isPurchase(total: Cents): boolean {
  return total > 0;
}

type Writable = { [i: number]: number; readonly length: number };

/**
 * The purchase days of `count` orders given as two columns, each order's day and total (an
 * order's lines summed), written into `days` and `totals` (room for `count` each); returns how
 * many. A day whose returns exceed its sales is none; a day's total sums that day's purchases
 * only. Days ascending, whatever the orders' order (orders that come by day, as a run's do, are
 * merged as they come, without sorting or allocating).
 */
export function purchaseDaysInto(orderDays: ArrayLike<Day>, orderTotals: ArrayLike<Cents>, count: number, days: Writable, totals: Writable): number {
  let sorted = true;
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count && sorted; i++) {
    if (!isPurchase(orderTotals[i]!)) continue;
    if (orderDays[i]! < previous) sorted = false;
    previous = orderDays[i]!;
  }
  let n = 0;
  const add = (i: number) => {
    const day = orderDays[i]!;
    if (n > 0 && days[n - 1] === day) totals[n - 1] += orderTotals[i]!;
    else {
      days[n] = day;
      totals[n++] = orderTotals[i]!;
    }
  };
  if (sorted) {
    for (let i = 0; i < count; i++) if (isPurchase(orderTotals[i]!)) add(i);
    return n;
  }
  const index: number[] = [];
  for (let i = 0; i < count; i++) if (isPurchase(orderTotals[i]!)) index.push(i);
  index.sort((p, q) => orderDays[p]! - orderDays[q]!);
  for (const i of index) add(i);
  return n;
}

/** `purchaseDaysInto`, in arrays of their own. */
export function purchaseDaysOf(orderDays: ArrayLike<Day>, orderTotals: ArrayLike<Cents>, count: number): { days: Day[]; totals: Cents[] } {
  const days = new Array<Day>(count);
  const totals = new Array<Cents>(count);
  const n = purchaseDaysInto(orderDays, orderTotals, count, days, totals);
  days.length = n;
  totals.length = n;
  return { days, totals };
}

/** The customer's purchase days at any date, from its orders (`purchaseDaysOf`). */
export function purchaseDays(orders: Iterable<Order>): { days: Day[]; totals: Cents[] } {
  const list = [...orders];
  return purchaseDaysOf(
    list.map((o) => o.day),
    list.map((o) => o.total),
    list.length,
  );
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
