// One customer's figures before any comparison with the others: window sums, orders, purchase
// dates and the per-period series (SPEC "Data", "XYZ", "Purchase cycle").
import type { Day } from '../domain/calendar';
import type { XyzMeasure } from './params';
import type { SnappedWindow } from './periods';

/**
 * Sale lines, or lines already summed per (order, day): the analysis needs nothing finer.
 * `order` is the order/invoice id, or any key unique per (customer, date) when the file has none.
 */
export type SaleGroup = { order: string; day: Day; amount: number; quantity: number; margin: number | null };

export type CustomerFacts = {
  revenue: number;
  margin: number | null;
  quantity: number;
  orders: number;
  purchaseDays: Day[];
  /** The XYZ measure per period, from the later of the window start and the first purchase. */
  series: Float64Array;
};

/** Maps a day of the window to its period offset, computed once per run. */
export type PeriodOffsets = { from: Day; offsets: Int32Array };

export function facts(
  sales: SaleGroup[],
  window: SnappedWindow,
  offsets: PeriodOffsets,
  measure: XyzMeasure,
): CustomerFacts | null {
  const periods = window.lastPeriod - window.firstPeriod + 1;
  const byPeriod = new Float64Array(periods);
  const orders = new Map<string, { total: number; day: Day }>();
  let inWindow = false;
  let revenue = 0;
  let margin = 0;
  let marginKnown = false;
  let quantity = 0;
  for (const s of sales) {
    if (s.day > window.to) continue; // nothing after the reference date is used
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
    const p = offsets.offsets[s.day - offsets.from]!;
    if (measure === 'revenue') byPeriod[p] += s.amount;
    else if (measure === 'quantity') byPeriod[p] += s.quantity;
  }
  if (!inWindow) return null;

  // An order whose lines sum to ≤ 0 (a return, a credit note) is not a purchase. An order dated
  // on several days counts on its first day.
  const days = new Set<Day>();
  let windowOrders = 0;
  for (const order of orders.values()) {
    if (order.total <= 0) continue;
    days.add(order.day);
    if (order.day >= window.from) {
      windowOrders++;
      if (measure === 'orders') byPeriod[offsets.offsets[order.day - offsets.from]!] += 1;
    }
  }
  const purchaseDays = [...days].sort((a, b) => a - b);
  const first = purchaseDays[0];
  const startOffset = first !== undefined && first >= window.from ? offsets.offsets[first - offsets.from]! : 0;
  return {
    revenue,
    margin: marginKnown ? margin : null,
    quantity,
    orders: windowOrders,
    purchaseDays,
    series: byPeriod.subarray(startOffset),
  };
}

export function periodOffsets(window: SnappedWindow, periodOf: (day: Day) => number): PeriodOffsets {
  const offsets = new Int32Array(window.to - window.from + 1);
  for (let d = window.from; d <= window.to; d++) offsets[d - window.from] = periodOf(d) - window.firstPeriod;
  return { from: window.from, offsets };
}
