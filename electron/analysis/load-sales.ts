// Reads what an analysis needs from the database as a stream: every customer of the workspace
// with all its sales, summed per (day, order) in SQL, one customer at a time. Customers are read
// in slices of consecutive ids, each slice's sales through the covering index
// sale_lines_customer_groups (customer, day, order), so SQLite neither sorts nor holds them, and
// neither does JavaScript: memory grows with the number of customers of the run, not of lines.
// Each customer's sale groups come as one row of JSON arrays (sale-group-arrays.ts).
import type { CustomerInput } from '../../shared/analysis/analyze';
import { addSale, clearColumns, emptyColumns, type SaleColumns } from '../../shared/analysis/sale-columns';
import type { Day } from '../../shared/domain/calendar';
import { manualTypesByCustomer } from '../db/customer-profiles-table';
import type { Db } from '../db/open-database';
import { customersStamp } from '../db/data-stamp';
import { scanLatestSale, storedLatestSale } from '../db/latest-sale-table';
import { saleGroupArraysSql } from '../db/sale-group-arrays';

/** Customer ids per slice: a few tens of thousands of sale groups at a time. */
export const SLICE = 2048;

type MetaRow = [id: number, code: string, name: string | null, seller: string | null, segment: string | null, region: string | null];
/** A customer's sale groups in (day, order) order: five JSON arrays of as many values. */
type GroupsRow = [customerId: number, days: string, orders: string, amounts: string, quantities: string, margins: string];

export type CustomerStream = {
  /** Each customer once, by id: those without any sale too (prospects). */
  customers: Iterable<CustomerInput>;
  /** Code → id of every customer streamed so far (all of them once `customers` is read through). */
  ids: Map<string, number>;
};

/**
 * Which customers a reader reads: slices of `slice` consecutive ids, each reader taking the next
 * slice not yet taken from `next` (a counter shared by the readers, Atomics on a
 * SharedArrayBuffer) when it is done with one. Taking turns by a fixed rule instead (every other
 * slice) left one of two readers 2 s behind the other at 5 million lines: the threads do not get
 * the cores in equal shares while the main thread takes the rows they send.
 */
export type ReaderShare = { slice: number; next?: Int32Array };

/** A counter of slices for `readers` sharing the customers (readers' ReaderShare.next). */
export const sliceCounter = () => new Int32Array(new SharedArrayBuffer(4));

/** The workspace's customers with their sales; several readers share them by `share`. */
export function streamCustomers(db: Db, share: ReaderShare = { slice: SLICE }): CustomerStream {
  const ids = new Map<string, number>();
  return { ids, customers: customersOf(db, ids, share) };
}

function addSales(sales: SaleColumns, days: Day[], orders: string[], amounts: number[], quantities: number[], margins: (number | null)[]): void {
  for (let i = 0; i < days.length; i++) addSale(sales, orders[i]!, days[i]!, amounts[i]!, quantities[i]!, margins[i]!);
}

function* customersOf(db: Db, ids: Map<string, number>, { slice, next = sliceCounter() }: ReaderShare): Generator<CustomerInput> {
  // The key-account types set by hand (image maker, expert) belong to the run's figures too.
  const manual = manualTypesByCustomer(db);
  const metas = db.prepare('SELECT id, code, name, seller, segment, region FROM customers WHERE id >= ? AND id < ? ORDER BY id').raw();
  const groups = db
    .prepare(saleGroupArraysSql('customer_id >= ? AND customer_id < ?', ['SUM(amount_cents)', 'SUM(COALESCE(quantity_milli, 0))', 'SUM(margin_cents)']))
    .raw();
  // One snapshot for every slice: an import committed meanwhile is not half seen.
  const ownTransaction = !db.inTransaction;
  if (ownTransaction) db.exec('BEGIN');
  try {
    const maxId = (db.prepare('SELECT MAX(id) FROM customers').pluck().get() as number | null) ?? 0;
    // One set of columns, refilled for each customer: the engine reads a customer before the next.
    const sales = emptyColumns();
    for (let from = Atomics.add(next, 0, 1) * slice; from <= maxId; from = Atomics.add(next, 0, 1) * slice) {
      // The slice's customers first (a few thousand rows), then its sales as they come: a sale
      // group is garbage as soon as it is copied into the columns.
      const sliceMetas = metas.all(from, from + slice) as MetaRow[];
      let m = 0;
      const customer = (meta: MetaRow): CustomerInput => {
        const [id, code, name, seller, segment, region] = meta;
        ids.set(code, id);
        return { code, name, seller, segment, region, manualTypes: manual.get(id), sales };
      };
      for (const [customerId, days, orders, amounts, quantities, margins] of groups.iterate(from, from + slice) as Iterable<GroupsRow>) {
        // Customers without any sale before this one: prospects.
        clearColumns(sales);
        while (m < sliceMetas.length && sliceMetas[m]![0] < customerId) yield customer(sliceMetas[m++]!);
        // A sale line's customer exists (a foreign key), in the same snapshot.
        if (sliceMetas[m]?.[0] !== customerId) throw new Error(`sale lines of customer ${customerId}, which does not exist`);
        addSales(sales, JSON.parse(days), JSON.parse(orders), JSON.parse(amounts), JSON.parse(quantities), JSON.parse(margins));
        yield customer(sliceMetas[m++]!);
      }
      clearColumns(sales);
      while (m < sliceMetas.length) yield customer(sliceMetas[m++]!);
    }
  } finally {
    if (ownTransaction && db.inTransaction) db.exec('COMMIT');
  }
}

/** The day of the latest sale scanned, per connection, for a workspace whose import did not store it. */
const latestKept = new WeakMap<Db, { stamp: string; day: Day | null }>();

/**
 * The day of the latest sale line (returns included); null without sales. The import and the
 * undo that change the lines store it (latest-sale-table.ts); a workspace from before schema 14
 * has it scanned from every line, once per connection until an import or an undo.
 */
export function latestSaleDay(db: Db): Day | null {
  const stored = storedLatestSale(db);
  if (stored) return stored.day;
  const stamp = customersStamp(db);
  const kept = latestKept.get(db);
  if (kept?.stamp === stamp) return kept.day;
  const day = scanLatestSale(db);
  latestKept.set(db, { stamp, day });
  return day;
}
