// One customer's figures before any comparison with the others: window sums, orders, purchase
// dates and the per-period series (SPEC "Data", "XYZ", "Purchase cycle"). A run calls it once
// per customer as the customer's sales stream past, and keeps only what it returns.
import { addMonths, type Day } from '../domain/calendar';
import { purchaseCycle } from './cycle';
import type { RunPlan } from './run-plan';

/**
 * Sale lines, or lines already summed per (order, day): the analysis needs nothing finer.
 * `order` is the order/invoice id, or any key unique per (customer, date) when the file has none.
 */
export type SaleGroup = { order: string; day: Day; amount: number; quantity: number; margin: number | null };

/** The customer's purchases over all its history up to the reference date. */
export type PurchaseSummary = {
  firstPurchase: Day | null;
  lastPurchase: Day | null;
  /** How many distinct purchase dates. */
  purchaseDays: number;
  cycleDays: number | null;
};

export type CustomerFacts = PurchaseSummary & {
  /** A sale line in the window, up to the reference date: the customer is one of the run's. */
  inWindow: boolean;
  // The window's sums, up to the reference date.
  revenue: number;
  margin: number | null;
  quantity: number;
  orders: number;
  /** The XYZ measure per complete period, from the later of the window start and the first purchase. */
  series: Float64Array;
  /** Net revenue from the first purchase to the reference date (for "rising"). */
  revenueSinceFirst: number;
  /**
   * Net revenue of the 12 months up to the last purchase, (last − 12 months, last]: what the
   * business stops receiving each year when the customer stops buying (the win-back "value lost").
   */
  trailingRevenue: number;
};

// Reused from customer to customer: a run makes hundreds of thousands of these.
const orders = new Map<string, { total: number; day: Day }>();

/** The customer's facts, or null when it has no sale line up to the reference date. */
export function facts(sales: readonly SaleGroup[], plan: RunPlan): CustomerFacts | null {
  const { window, referenceDay, offsets, measure } = plan;
  const byPeriod = new Float64Array(offsets.length === 0 ? 0 : offsets[offsets.length - 1]! + 1);
  orders.clear();
  let any = false;
  let inWindow = false;
  let revenue = 0;
  let margin = 0;
  let marginKnown = false;
  let quantity = 0;
  for (const s of sales) {
    if (s.day > referenceDay) continue; // nothing after the reference date is used
    any = true;
    const order = orders.get(s.order);
    if (order) {
      order.total += s.amount;
      if (s.day < order.day) order.day = s.day;
    } else orders.set(s.order, { total: s.amount, day: s.day });
    if (s.day < window.from) continue;
    inWindow = true;
    revenue += s.amount;
    quantity += s.quantity;
    if (s.margin !== null) {
      margin += s.margin;
      marginKnown = true;
    }
    const p = offsets[s.day - window.from]!;
    if (measure === 'revenue') byPeriod[p] += s.amount;
    else if (measure === 'quantity') byPeriod[p] += s.quantity;
  }
  if (!any) return null;

  // An order whose lines sum to ≤ 0 (a return, a credit note) is not a purchase. An order dated
  // on several days counts on its first day.
  const days = new Set<Day>();
  let windowOrders = 0;
  for (const order of orders.values()) {
    if (order.total <= 0) continue;
    days.add(order.day);
    if (order.day >= window.from) {
      windowOrders++;
      if (measure === 'orders') byPeriod[offsets[order.day - window.from]!] += 1;
    }
  }
  const purchaseDays = [...days].sort((a, b) => a - b);
  const first = purchaseDays[0] ?? null;
  const last = purchaseDays[purchaseDays.length - 1] ?? null;
  const start = first !== null && first >= window.from ? offsets[first - window.from]! : 0;
  return {
    firstPurchase: first,
    lastPurchase: last,
    purchaseDays: purchaseDays.length,
    cycleDays: purchaseCycle(purchaseDays),
    inWindow,
    revenue,
    margin: marginKnown ? margin : null,
    quantity,
    orders: windowOrders,
    series: byPeriod.slice(Math.min(start, plan.completePeriods), plan.completePeriods),
    revenueSinceFirst: first === null ? 0 : revenueBetween(sales, first, referenceDay),
    trailingRevenue: last === null ? 0 : revenueBetween(sales, addMonths(last, -12) + 1, last),
  };
}

/** Net revenue of the lines dated from `from` to `to`, both included. */
function revenueBetween(sales: readonly SaleGroup[], from: Day, to: Day): number {
  let sum = 0;
  for (const s of sales) if (s.day >= from && s.day <= to) sum += s.amount;
  return sum;
}
