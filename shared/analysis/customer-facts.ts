// One customer's figures before any comparison with the others: window sums, orders, purchase
// dates and the per-period series (SPEC "Data", "XYZ", "Purchase cycle"). A run calls it once
// per customer as the customer's sales stream past, and keeps only what it returns.
import { addMonths, type Day } from '../domain/calendar';
import { purchaseCycle } from './cycle';
import type { RunPlan } from './run-plan';
import type { SaleColumns } from './sale-columns';

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

// Reused from customer to customer (a run makes hundreds of thousands of facts): each order's
// index in the two arrays below, its total and first day, and the purchase days.
const orderIndex = new Map<string, number>();
let orderTotal = new Float64Array(256);
let orderDay = new Int32Array(256);
let dayBuffer = new Int32Array(256);

/** The customer's facts, or null when it has no sale line up to the reference date. */
export function facts(sales: SaleColumns, plan: RunPlan): CustomerFacts | null {
  const { window, referenceDay, offsets, measure } = plan;
  const { orders, days, amounts, quantities, margins, marginKnown } = sales;
  const byPeriod = new Float64Array(offsets.length === 0 ? 0 : offsets[offsets.length - 1]! + 1);
  orderIndex.clear();
  if (orderTotal.length < sales.length) {
    orderTotal = new Float64Array(sales.length * 2);
    orderDay = new Int32Array(sales.length * 2);
    dayBuffer = new Int32Array(sales.length * 2);
  }
  let any = false;
  let inWindow = false;
  let revenue = 0;
  let margin = 0;
  let anyMargin = false;
  let quantity = 0;
  for (let k = 0; k < sales.length; k++) {
    const day = days[k]!;
    if (day > referenceDay) continue; // nothing after the reference date is used
    any = true;
    const amount = amounts[k]!;
    const i = orderIndex.get(orders[k]!);
    if (i === undefined) {
      const next = orderIndex.size;
      orderIndex.set(orders[k]!, next);
      orderTotal[next] = amount;
      orderDay[next] = day;
    } else {
      orderTotal[i] += amount;
      if (day < orderDay[i]!) orderDay[i] = day;
    }
    if (day < window.from) continue;
    inWindow = true;
    revenue += amount;
    quantity += quantities[k]!;
    if (marginKnown[k] === 1) {
      margin += margins[k]!;
      anyMargin = true;
    }
    const p = offsets[day - window.from]!;
    if (measure === 'revenue') byPeriod[p] += amount;
    else if (measure === 'quantity') byPeriod[p] += quantities[k]!;
  }
  if (!any) return null;

  // An order whose lines sum to ≤ 0 (a return, a credit note) is not a purchase. An order dated
  // on several days counts on its first day.
  let purchases = 0;
  let windowOrders = 0;
  for (let i = 0; i < orderIndex.size; i++) {
    if (orderTotal[i]! <= 0) continue;
    const day = orderDay[i]!;
    dayBuffer[purchases++] = day;
    if (day >= window.from) {
      windowOrders++;
      if (measure === 'orders') byPeriod[offsets[day - window.from]!] += 1;
    }
  }
  const purchaseDays = distinctSorted(dayBuffer.subarray(0, purchases));
  const first = purchaseDays.length > 0 ? purchaseDays[0]! : null;
  const last = purchaseDays.length > 0 ? purchaseDays[purchaseDays.length - 1]! : null;
  const start = first !== null && first >= window.from ? offsets[first - window.from]! : 0;
  return {
    firstPurchase: first,
    lastPurchase: last,
    purchaseDays: purchaseDays.length,
    cycleDays: purchaseCycle(purchaseDays),
    inWindow,
    revenue,
    margin: anyMargin ? margin : null,
    quantity,
    orders: windowOrders,
    series: byPeriod.slice(Math.min(start, plan.completePeriods), plan.completePeriods),
    revenueSinceFirst: first === null ? 0 : revenueBetween(sales, first, referenceDay),
    trailingRevenue: last === null ? 0 : revenueBetween(sales, addMonths(last, -12) + 1, last),
  };
}

/** The days sorted, each once (in place: a view of the same buffer). */
function distinctSorted(days: Int32Array): Int32Array {
  days.sort();
  let n = 0;
  for (let i = 0; i < days.length; i++) if (n === 0 || days[i] !== days[n - 1]) days[n++] = days[i]!;
  return days.subarray(0, n);
}

/** Net revenue of the lines dated from `from` to `to`, both included. */
function revenueBetween(sales: SaleColumns, from: Day, to: Day): number {
  let sum = 0;
  for (let k = 0; k < sales.length; k++) {
    const day = sales.days[k]!;
    if (day >= from && day <= to) sum += sales.amounts[k]!;
  }
  return sum;
}
