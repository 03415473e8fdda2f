// Reads what an analysis needs from the database as a stream: every customer of the workspace
// with all its sales, summed per (day, order) in SQL, one customer at a time. The lines come in
// the order of the covering index sale_lines_customer_groups (customer, day, order), so SQLite
// neither sorts nor holds them: memory grows with the number of customers, not of lines.
import type { CustomerInput, CustomerMeta } from '../../shared/analysis/analyze';
import type { SaleGroup } from '../../shared/analysis/customer-facts';
import type { Day } from '../../shared/domain/calendar';
import { manualTypesByCustomer } from '../db/customer-profiles-table';
import type { Db } from '../db/open-database';

type CustomerRow = { id: number; code: string; name: string | null; seller: string | null; segment: string | null; region: string | null };

export type CustomerStream = {
  /** Each customer once: those with sales in the order of their ids, then those without any (prospects). */
  customers: Iterable<CustomerInput>;
  /** Code → id of every customer streamed so far (all of them once `customers` is read through). */
  ids: Map<string, number>;
};

export function streamCustomers(db: Db): CustomerStream {
  const ids = new Map<string, number>();
  return { ids, customers: customersOf(db, ids) };
}

function* customersOf(db: Db, ids: Map<string, number>): Generator<CustomerInput> {
  // The key-account types set by hand (image maker, expert) belong to the run's figures too.
  const manual = manualTypesByCustomer(db);
  const unseen = new Map<number, CustomerMeta>();
  for (const row of db.prepare('SELECT id, code, name, seller, segment, region FROM customers').iterate() as Iterable<CustomerRow>) {
    const { id, ...meta } = row;
    unseen.set(id, { ...meta, manualTypes: manual.get(id) });
  }
  const groups = db
    .prepare(
      `SELECT customer_id, day, order_key, SUM(amount_cents), SUM(COALESCE(quantity_milli, 0)), SUM(margin_cents)
         FROM sale_lines GROUP BY customer_id, day, order_key`, // the order of sale_lines_customer_groups: no sort
    )
    .raw()
    .iterate() as Iterable<[number, number, string, number, number, number | null]>;
  let current = -1;
  let sales: SaleGroup[] = [];
  const customer = (id: number): CustomerInput => {
    const meta = unseen.get(id)!;
    unseen.delete(id);
    ids.set(meta.code, id);
    return { ...meta, sales };
  };
  for (const [customerId, day, order, amount, quantity, margin] of groups) {
    if (customerId !== current) {
      if (current !== -1) yield customer(current);
      current = customerId;
      sales = [];
    }
    sales.push({ order, day, amount, quantity, margin });
  }
  if (current !== -1) yield customer(current);
  sales = [];
  for (const id of [...unseen.keys()]) yield customer(id);
}

/** The latest date of any stored sale line (returns included); null without sales. */
export function latestSaleDay(db: Db): Day | null {
  return (db.prepare('SELECT MAX(day) AS d FROM sale_lines').get() as { d: number | null }).d;
}
