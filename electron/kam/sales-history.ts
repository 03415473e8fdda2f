// What the key-account features read from sale_lines: purchase days, last purchases, a
// customer's history for its dossier, margins and revenue sums. Read-only SQL aggregations.
// Purchase days follow SPEC: the days of orders (order_key) whose lines sum to > 0, an order
// dated on several days counting on its first day.
import type { DossierHistory } from '../../shared/api/customers-api';
import { monthIndexOfDay, ymdOfDay, type Day } from '../../shared/domain/calendar';
import { periodLabel } from '../../shared/analysis/periods';
import { averageTicket } from '../../shared/analysis/derived-figures';
import { purchaseDaysInto } from '../../shared/models';
import type { Db } from '../db/open-database';
import { saleGroupArraysSql } from '../db/sale-group-arrays';
import { cachedStatement } from '../db/statement-cache';

const ORDERS = `SELECT customer_id, order_key, MIN(day) AS day, SUM(amount_cents) AS total FROM sale_lines`;

/**
 * Customer id → its purchase days up to `upTo`, ascending and distinct, or what `keep` makes of
 * them (given a view refilled for the next customer: it copies what it keeps). The lines come
 * summed per (customer, day, order) in the order of the sale_lines_customer_groups index, so
 * SQLite streams them without a sort, each customer's groups in one row (sale-group-arrays.ts);
 * each customer's orders are then totalled here (a million lines: 0.9 s → 0.4 s).
 */
export function purchaseDaysByCustomer(db: Db, upTo: Day, keep: (days: Int32Array) => Day[] = (days) => Array.from(days)): Map<number, Day[]> {
  const out = new Map<number, Day[]>();
  const customers = db.prepare(saleGroupArraysSql('day <= ?', ['SUM(amount_cents)'])).raw().iterate(upTo) as Iterable<[number, string, string, string]>;
  // One customer's orders as columns (each order's first day, as rows come by day, and its total),
  // refilled for each customer: two million groups at 5 million lines, no object each.
  let capacity = 256;
  let orderDays = new Int32Array(capacity);
  let orderTotals = new Float64Array(capacity);
  let days = new Int32Array(capacity);
  let totals = new Float64Array(capacity);
  const orderIndex = new Map<string, number>();
  for (const [id, daysJson, ordersJson, amountsJson] of customers) {
    const groupDays = JSON.parse(daysJson) as Day[];
    const groupOrders = JSON.parse(ordersJson) as string[];
    const groupAmounts = JSON.parse(amountsJson) as number[];
    let n = 0;
    orderIndex.clear();
    for (let g = 0; g < groupDays.length; g++) {
      const order = groupOrders[g]!;
      const i = orderIndex.get(order);
      if (i !== undefined) {
        orderTotals[i] += groupAmounts[g]!;
        continue;
      }
      if (n === capacity) {
        capacity *= 2;
        const grown = <T extends Int32Array | Float64Array>(a: T, make: (size: number) => T): T => {
          const b = make(capacity);
          b.set(a);
          return b;
        };
        orderDays = grown(orderDays, (size) => new Int32Array(size));
        orderTotals = grown(orderTotals, (size) => new Float64Array(size));
        days = new Int32Array(capacity);
        totals = new Float64Array(capacity);
      }
      orderIndex.set(order, n);
      orderDays[n] = groupDays[g]!;
      orderTotals[n++] = groupAmounts[g]!;
    }
    // The purchase rule is shared/models'.
    const count = purchaseDaysInto(orderDays, orderTotals, n, days, totals);
    if (count > 0) out.set(id, keep(days.subarray(0, count)));
  }
  return out;
}

/**
 * Customer id → its last purchase day over all its history, for the given customers (those with
 * none are absent). One indexed query per customer: cheaper than grouping every sale line when
 * only some customers are asked for.
 */
export function lastPurchaseOf(db: Db, customerIds: readonly number[]): Map<number, Day> {
  const last = db.prepare(`SELECT MAX(day) FROM (${ORDERS} WHERE customer_id = ? GROUP BY order_key HAVING total > 0)`).pluck();
  const out = new Map<number, Day>();
  for (const id of customerIds) {
    const day = last.get(id) as Day | null;
    if (day !== null) out.set(id, day);
  }
  return out;
}

/**
 * The automatic part of a dossier's relationship history. Decisions: years are calendar years of
 * the line (revenue, margin) or of the order's first day (orders); the margin of a year is null
 * when none of its lines has a known margin; top products by revenue over all history (lines
 * without a product left out), their quantity in thousandths; the monthly chart covers the 24
 * calendar months ending with the month of the workspace's latest sale (so a customer that
 * stopped buying shows its empty months), empty when there is no sale at all.
 */
export function salesHistory(db: Db, customerId: number, latestSale: Day | null): Omit<DossierHistory, 'classes'> {
  // Two reads of the customer's lines (hundreds of thousands for the largest), each summed by day
  // in SQL; the years and months are made of the days here (SQLite's date functions on every
  // line cost more than the sums).
  const byDay = cachedStatement(db, 'SELECT day, SUM(amount_cents), SUM(margin_cents) FROM sale_lines WHERE customer_id = ? GROUP BY day')
    .raw()
    .all(customerId) as [Day, number, number | null][];
  // Its orders with a positive total (purchases) counted on their first day, by day ascending.
  const ordersByDay = cachedStatement(db, `SELECT day, COUNT(*) FROM (${ORDERS} WHERE customer_id = ? GROUP BY order_key HAVING total > 0) GROUP BY day ORDER BY day`)
    .raw()
    .all(customerId) as [Day, number][];
  const years = new Map<number, { revenue: number; margin: number | null; orders: number }>();
  const yearOf = (day: Day) => {
    const year = ymdOfDay(day).year;
    let y = years.get(year);
    if (!y) years.set(year, (y = { revenue: 0, margin: null, orders: 0 }));
    return y;
  };
  for (const [day, revenue, margin] of byDay) {
    const y = yearOf(day);
    y.revenue += revenue;
    // A year's margin is null when none of its lines has one (SQL's SUM).
    if (margin !== null) y.margin = (y.margin ?? 0) + margin;
  }
  for (const [day, n] of ordersByDay) yearOf(day).orders += n;
  const yearly = [...years]
    .sort(([a], [b]) => a - b)
    .map(([year, { revenue, margin, orders: n }]) => ({ year, revenue, margin, orders: n, averageTicket: averageTicket(revenue, n) }));
  const topProducts = db
    .prepare(
      `SELECT t.text AS product, SUM(l.amount_cents) AS revenue, SUM(COALESCE(l.quantity_milli, 0)) AS quantity
         FROM sale_lines l JOIN sale_texts t ON t.id = l.product_id WHERE l.customer_id = ?
        GROUP BY t.text ORDER BY revenue DESC, t.text LIMIT 5`,
    )
    .all(customerId) as { product: string; revenue: number; quantity: number }[];
  const monthly: DossierHistory['monthly'] = [];
  if (latestSale !== null) {
    const last = monthIndexOfDay(latestSale);
    const sums = new Map<number, number>();
    for (const [day, revenue] of byDay) {
      const m = monthIndexOfDay(day);
      if (m >= last - 23 && m <= last) sums.set(m, (sums.get(m) ?? 0) + revenue);
    }
    for (let m = last - 23; m <= last; m++) monthly.push({ month: periodLabel('month', m), revenue: sums.get(m) ?? 0 });
  }
  const first = ordersByDay[0];
  const latest = ordersByDay[ordersByDay.length - 1];
  return { firstPurchase: first ? first[0] : null, lastPurchase: latest ? latest[0] : null, yearly, topProducts, monthly };
}

/** Revenue of each customer between its own `from` and `to` days (inclusive), in one query. */
export function revenueBetween(db: Db, spans: readonly { customerId: number; from: Day; to: Day }[]): Map<number, number> {
  if (spans.length === 0) return new Map();
  const rows = db
    .prepare(
      `WITH span(id, f, t) AS (
         SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?))
       SELECT span.id, COALESCE(SUM(s.amount_cents), 0) FROM span
         LEFT JOIN sale_lines s ON s.customer_id = span.id AND s.day BETWEEN span.f AND span.t
        GROUP BY span.id`,
    )
    .raw()
    .all(JSON.stringify(spans.map((s) => [s.customerId, s.from, s.to]))) as [number, number][];
  return new Map(rows);
}

/** How many products "what they used to buy" names. */
export const USED_TO_BUY = 3;

/**
 * Customer id → its top products by revenue over all its history (lines without a product left
 * out; ties by name), for the given customers, in one query: what a lost customer used to buy.
 */
export function topProductsOf(db: Db, customerIds: readonly number[], limit = USED_TO_BUY): Map<number, { product: string; revenue: number }[]> {
  const out = new Map<number, { product: string; revenue: number }[]>();
  if (customerIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT l.customer_id, t.text, SUM(l.amount_cents) AS revenue
         FROM sale_lines l JOIN sale_texts t ON t.id = l.product_id
        WHERE l.customer_id IN (SELECT value FROM json_each(?))
        GROUP BY l.customer_id, t.text
        ORDER BY l.customer_id, revenue DESC, t.text`,
    )
    .raw()
    .iterate(JSON.stringify(customerIds)) as Iterable<[number, string, number]>;
  for (const [id, product, revenue] of rows) {
    let list = out.get(id);
    if (!list) out.set(id, (list = []));
    if (list.length < limit) list.push({ product, revenue });
  }
  return out;
}
