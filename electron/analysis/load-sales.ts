// Reads what an analysis needs from the database: every customer's sales up to the reference
// date, summed per (order, day) in SQL so that JavaScript sees far fewer rows than sale lines.
import type { CustomerInput } from '../../shared/analysis/analyze';
import type { SaleGroup } from '../../shared/analysis/customer-facts';
import type { Day } from '../../shared/domain/calendar';
import { manualTypesByCustomer } from '../db/customer-profiles-table';
import type { Db } from '../db/open-database';

type CustomerRow = { id: number; code: string; name: string | null; seller: string | null; segment: string | null; region: string | null };

export function loadCustomerSales(db: Db, from: Day, to: Day): { customers: CustomerInput[]; ids: Map<string, number> } {
  const meta = new Map<number, CustomerRow>();
  for (const row of db.prepare('SELECT id, code, name, seller, segment, region FROM customers').iterate() as Iterable<CustomerRow>)
    meta.set(row.id, row);
  // Only customers with a line in the window take part in the run; their whole history up to
  // the reference date is needed (first purchase, cycle).
  const active = db.prepare(
    `SELECT s.customer_id, s.order_key, s.day, SUM(s.amount_cents), SUM(COALESCE(s.quantity_milli, 0)), SUM(s.margin_cents)
       FROM sale_lines s
      WHERE s.day <= ?
        AND s.customer_id IN (SELECT DISTINCT customer_id FROM sale_lines WHERE day BETWEEN ? AND ?)
      GROUP BY s.customer_id, s.day, s.order_key`, // the order of sale_lines_customer_groups: no sort
  );
  const byCustomer = new Map<number, SaleGroup[]>();
  for (const [customerId, order, day, amount, quantity, margin] of active.raw().iterate(to, from, to) as Iterable<
    [number, string, number, number, number, number | null]
  >) {
    let sales = byCustomer.get(customerId);
    if (!sales) byCustomer.set(customerId, (sales = []));
    sales.push({ order, day, amount, quantity, margin });
  }
  // The key-account types set by hand (image maker, expert) belong to the run's figures too.
  const manual = manualTypesByCustomer(db);
  const customers: CustomerInput[] = [];
  const ids = new Map<string, number>();
  for (const [id, sales] of byCustomer) {
    const m = meta.get(id)!;
    ids.set(m.code, id);
    customers.push({ code: m.code, name: m.name, seller: m.seller, segment: m.segment, region: m.region, sales, manualTypes: manual.get(id) });
  }
  return { customers, ids };
}

export function latestSaleDay(db: Db): Day | null {
  return (db.prepare('SELECT MAX(day) AS d FROM sale_lines').get() as { d: number | null }).d;
}
