// SQL of the sale_lines table: the import's bulk writer (many rows per INSERT, so that a million
// lines do not pay a million statement calls) and what undoing a batch needs.
import type { SaleLine } from '../../shared/import/parse-row';
import type { Db } from './open-database';

const COLUMNS =
  'batch_id, customer_id, day, order_key, product, quantity_milli, amount_cents, cost_cents, margin_cents, seller, segment, region, customer_name';
const PARAMS = 12; // batch_id is written into the statement
const ROWS_PER_INSERT = 64;

export type SaleLineWriter = {
  add(customerId: number, line: SaleLine): void;
  /** Writes what is still buffered; call before committing. */
  flush(): void;
};

export function createSaleLineWriter(db: Db, batchId: number): SaleLineWriter {
  if (!Number.isSafeInteger(batchId)) throw new Error('batch id must be an integer');
  const tuple = `(${batchId}, ${new Array(PARAMS).fill('?').join(', ')})`;
  const many = db.prepare(`INSERT INTO sale_lines (${COLUMNS}) VALUES ${new Array(ROWS_PER_INSERT).fill(tuple).join(', ')}`);
  const one = db.prepare(`INSERT INTO sale_lines (${COLUMNS}) VALUES ${tuple}`);
  const buffer: (string | number | null)[] = new Array(PARAMS * ROWS_PER_INSERT).fill(null);
  let rows = 0;
  return {
    add(customerId, line) {
      let i = rows * PARAMS;
      buffer[i++] = customerId;
      buffer[i++] = line.day;
      buffer[i++] = line.orderId ?? `@${line.day}`; // SPEC: without an order id, an order is (customer, date)
      buffer[i++] = line.product;
      buffer[i++] = line.quantityMilli;
      buffer[i++] = line.amountCents;
      buffer[i++] = line.costCents;
      buffer[i++] = line.marginCents;
      buffer[i++] = line.seller;
      buffer[i++] = line.segment;
      buffer[i++] = line.region;
      buffer[i] = line.customerName;
      if (++rows === ROWS_PER_INSERT) {
        many.run(buffer);
        rows = 0;
      }
    },
    flush() {
      for (let r = 0; r < rows; r++) one.run(buffer.slice(r * PARAMS, (r + 1) * PARAMS));
      rows = 0;
    },
  };
}

/** The customers that have lines in a batch. */
export function customerIdsOfBatch(db: Db, batchId: number): number[] {
  return (db.prepare('SELECT DISTINCT customer_id FROM sale_lines WHERE batch_id = ?').pluck().all(batchId) as number[]);
}

export function deleteBatchLines(db: Db, batchId: number): number {
  return db.prepare('DELETE FROM sale_lines WHERE batch_id = ?').run(batchId).changes;
}

/**
 * A bulk import drops the sale lines' secondary indexes, inserts, and builds them again: SQLite
 * builds an index from sorted keys far faster than it keeps one up to date row by row (the
 * customer ids arrive in random order). Both steps belong to the import's transaction, so a
 * cancel or a crash leaves the indexes as they were. The definitions are read from the schema
 * itself, so that they cannot drift from the migrations. Returns the function that rebuilds them.
 */
export function suspendLineIndexes(db: Db): () => void {
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'sale_lines' AND sql IS NOT NULL")
    .all() as { name: string; sql: string }[];
  for (const { name } of indexes) db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  return () => {
    for (const { sql } of indexes) db.exec(sql);
  };
}

export function countLines(db: Db): number {
  return db.prepare('SELECT count(*) FROM sale_lines').pluck().get() as number;
}

