// One customer's figures before any comparison with the others: window sums, orders, purchase
// dates and the per-period series (SPEC "Data", "XYZ", "Purchase cycle"). A run calls it once
// per customer as the customer's sales stream past, and keeps only what it returns.
import { addMonths, type Day } from '../domain/calendar';
import { actualPurchases90d, isPurchase, purchaseDaysInto, summarise, type CustomerHistory, type CustomerSummary } from '../models';
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

/** What the predictive models see of a customer (shared/models), over all its history up to the reference date. */
export type ModelFacts = {
  /** x, t_x, T, m; null without a purchase date up to the reference date (not in the fit). */
  summary: CustomerSummary | null;
  /** Revenue and margin (cents; margin null when no line has a known one): the CLV's margin rate. */
  history: CustomerHistory;
  /** Purchase days in the 90 days after the reference date, for a run of the past (the backtest); else null. */
  actualPurchases90d: number | null;
};

export type CustomerFacts = PurchaseSummary &
  ModelFacts & {
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
// index in the two arrays below, its total and its first day.
const orderIndex = new Map<string, number>();
let orderTotal = new Float64Array(256);
let orderDay = new Int32Array(256);
// The customer's purchase days and their totals, ascending.
let dayBuffer = new Int32Array(256);
let totalBuffer = new Float64Array(256);

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
    totalBuffer = new Float64Array(sales.length * 2);
  }
  let any = false;
  let inWindow = false;
  let revenue = 0;
  let margin = 0;
  let anyMargin = false;
  let quantity = 0;
  let historyRevenue = 0;
  let historyMargin = 0;
  let anyHistoryMargin = false;
  for (let k = 0; k < sales.length; k++) {
    const day = days[k]!;
    if (day > referenceDay) continue; // nothing after the reference date is used (the backtest aside, below)
    any = true;
    const amount = amounts[k]!;
    historyRevenue += amount;
    if (marginKnown[k] === 1) {
      historyMargin += margins[k]!;
      anyHistoryMargin = true;
    }
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

  // An order dated on several days counts on its first day; one whose lines sum to ≤ 0 is no
  // purchase (shared/models isPurchase).
  const ordersAtReference = orderIndex.size;
  let windowOrders = 0;
  for (let i = 0; i < ordersAtReference; i++) {
    if (!isPurchase(orderTotal[i]!)) continue;
    const day = orderDay[i]!;
    if (day >= window.from) {
      windowOrders++;
      if (measure === 'orders') byPeriod[offsets[day - window.from]!] += 1;
    }
  }
  const ordersToEnd = plan.backtestEnd === null ? ordersAtReference : addLaterOrders(sales, referenceDay, plan.backtestEnd);
  // Ascending: those up to the reference date first, then the backtest's.
  const count = purchaseDaysInto(orderDay, orderTotal, ordersToEnd, dayBuffer, totalBuffer);
  const purchases = { days: dayBuffer.subarray(0, count), totals: totalBuffer.subarray(0, count) };
  let upToReference = count;
  while (upToReference > 0 && dayBuffer[upToReference - 1]! > referenceDay) upToReference--;
  const purchaseDays = dayBuffer.subarray(0, upToReference);
  const first = purchaseDays.length > 0 ? purchaseDays[0]! : null;
  const last = purchaseDays.length > 0 ? purchaseDays[purchaseDays.length - 1]! : null;
  const start = first !== null && first >= window.from ? offsets[first - window.from]! : 0;
  return {
    firstPurchase: first,
    lastPurchase: last,
    purchaseDays: purchaseDays.length,
    cycleDays: purchaseCycle(purchaseDays),
    summary: summarise(purchases, referenceDay),
    history: { revenue: historyRevenue, margin: anyHistoryMargin ? historyMargin : null },
    actualPurchases90d: plan.backtestEnd === null || plan.latestSale === null ? null : actualPurchases90d(purchases, referenceDay, plan.latestSale),
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

/**
 * The backtest's orders: those begun in the 90 days after the reference date (up to `end`), each
 * with the total of its lines up to then, appended to the order columns after the orders up to
 * the reference date (a line of an order begun before belongs to that order). Returns how many
 * orders the columns now hold.
 */
function addLaterOrders(sales: SaleColumns, referenceDay: Day, end: Day): number {
  const { orders, days, amounts } = sales;
  const atReference = orderIndex.size;
  for (let k = 0; k < sales.length; k++) {
    const day = days[k]!;
    if (day <= referenceDay || day > end) continue;
    const i = orderIndex.get(orders[k]!);
    if (i === undefined) {
      const next = orderIndex.size;
      orderIndex.set(orders[k]!, next);
      orderTotal[next] = amounts[k]!;
      orderDay[next] = day;
    } else if (i >= atReference) {
      orderTotal[i] += amounts[k]!;
      if (day < orderDay[i]!) orderDay[i] = day;
    }
  }
  return orderIndex.size;
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
