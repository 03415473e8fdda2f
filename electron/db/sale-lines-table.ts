// SQL of the sale_lines table: the import's bulk writer (many rows per INSERT, so that a million
// lines do not pay a million statement calls) and what undoing a batch needs. The lines' texts
// are ids into sale_texts (migration 4); sale_lines_named shows them.
import type { Db } from './open-database';

const COLUMNS =
  'batch_id, customer_id, day, order_key, product_id, quantity_milli, amount_cents, cost_cents, margin_cents, seller_id, segment_id, region_id, customer_name_id';
/** The values of one line: COLUMNS after batch_id, which is written into the statement. */
const LINE_PARAMS = 12;
const ROWS_PER_INSERT = 64;

export type SaleLineWriter = {
  /** One line; the texts are sale_texts ids. */
  add(
    customerId: number,
    day: number,
    orderKey: string,
    productId: number | null,
    quantityMilli: number | null,
    amountCents: number,
    costCents: number | null,
    marginCents: number | null,
    sellerId: number | null,
    segmentId: number | null,
    regionId: number | null,
    customerNameId: number | null,
  ): void;
  /** Writes what is still buffered; call before committing. */
  flush(): void;
};

export function createSaleLineWriter(db: Db, batchId: number): SaleLineWriter {
  if (!Number.isSafeInteger(batchId)) throw new Error('batch id must be an integer');
  const tuple = `(${batchId}, ${new Array(LINE_PARAMS).fill('?').join(', ')})`;
  const many = db.prepare(`INSERT INTO sale_lines (${COLUMNS}) VALUES ${new Array(ROWS_PER_INSERT).fill(tuple).join(', ')}`);
  const one = db.prepare(`INSERT INTO sale_lines (${COLUMNS}) VALUES ${tuple}`);
  const buffer: (string | number | null)[] = new Array(LINE_PARAMS * ROWS_PER_INSERT).fill(null);
  let rows = 0;
  return {
    add(customerId, day, orderKey, productId, quantityMilli, amountCents, costCents, marginCents, sellerId, segmentId, regionId, customerNameId) {
      let i = rows * LINE_PARAMS;
      buffer[i++] = customerId;
      buffer[i++] = day;
      buffer[i++] = orderKey;
      buffer[i++] = productId;
      buffer[i++] = quantityMilli;
      buffer[i++] = amountCents;
      buffer[i++] = costCents;
      buffer[i++] = marginCents;
      buffer[i++] = sellerId;
      buffer[i++] = segmentId;
      buffer[i++] = regionId;
      buffer[i] = customerNameId;
      if (++rows === ROWS_PER_INSERT) {
        many.run(buffer);
        rows = 0;
      }
    },
    flush() {
      for (let r = 0; r < rows; r++) one.run(buffer.slice(r * LINE_PARAMS, (r + 1) * LINE_PARAMS));
      rows = 0;
    },
  };
}

/** The highest line id so far (0 when there is none): a batch's lines follow it. */
export function lastLineId(db: Db): number {
  return (db.prepare('SELECT MAX(id) FROM sale_lines').pluck().get() as number | null) ?? 0;
}

export type LineRange = { firstLineId: number | null; lastLineId: number | null };

/** The customers that have lines in a batch. */
export function customerIdsOfBatch(db: Db, batchId: number, range: LineRange): number[] {
  if (range.firstLineId === null || range.lastLineId === null) return [];
  return db
    .prepare('SELECT DISTINCT customer_id FROM sale_lines WHERE id BETWEEN ? AND ? AND batch_id = ?')
    .pluck()
    .all(range.firstLineId, range.lastLineId, batchId) as number[];
}

export function deleteBatchLines(db: Db, batchId: number, range: LineRange): number {
  if (range.firstLineId === null || range.lastLineId === null) return 0;
  return db.prepare('DELETE FROM sale_lines WHERE id BETWEEN ? AND ? AND batch_id = ?').run(range.firstLineId, range.lastLineId, batchId).changes;
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

/** Lines by id range and batch (a batch's lines have consecutive ids), within days `firstDay`…`lastDay`. */
export type LineSlice = { fromId: number; toId: number; batchId: number; firstDay: number; lastDay: number };

const IN_SLICE = 'id BETWEEN ? AND ? AND batch_id = ? AND day BETWEEN ? AND ?';
const sliceArgs = (s: LineSlice) => [s.fromId, s.toId, s.batchId, s.firstDay, s.lastDay];

/** The first and last day of the lines with ids `from`…`to`; null when there is none. */
export function dayRangeOfLines(db: Db, from: number, to: number): { first: number; last: number } | null {
  const [first, last] = db.prepare('SELECT min(day), max(day) FROM sale_lines WHERE id BETWEEN ? AND ?').raw().get(from, to) as [number | null, number | null];
  return first === null || last === null ? null : { first, last };
}

/**
 * A line's identity (SPEC "Overlapping exports") as one text: customer, day, product, quantity,
 * amount and margin ("cost or margin": with a cost, the margin is amount − cost), NULL as nothing,
 * then the order key, the only free text, last. Built by SQLite: a million keys reach JavaScript
 * as flat strings in 0.7 s, where the columns one by one took 2.4 s and their joining as much again.
 */
const IDENTITY = `customer_id || ',' || day || ',' || ifnull(product_id, '') || ',' || ifnull(quantity_milli, '') || ','
  || amount_cents || ',' || ifnull(margin_cents, '') || ',' || order_key`;

/** The identities of a slice's lines. */
export function identityKeys(db: Db, slice: LineSlice): IterableIterator<string> {
  return db.prepare(`SELECT ${IDENTITY} FROM sale_lines WHERE ${IN_SLICE}`).pluck().iterate(...sliceArgs(slice)) as IterableIterator<string>;
}

/** A slice's lines in id order: their ids, identities, and their days when asked. */
export function linesWithIdentity(db: Db, slice: LineSlice, withDays: boolean): { ids: number[]; keys: string[]; days: number[] | null } {
  const column = (expression: string) => db.prepare(`SELECT ${expression} FROM sale_lines WHERE ${IN_SLICE} ORDER BY id`).pluck().all(...sliceArgs(slice));
  return { ids: column('id') as number[], keys: column(IDENTITY) as string[], days: withDays ? (column('day') as number[]) : null };
}

/** How many lines a slice holds, and their first and last day. */
export function countSlice(db: Db, slice: LineSlice): { lines: number; first: number | null; last: number | null } {
  const [lines, first, last] = db.prepare(`SELECT count(*), min(day), max(day) FROM sale_lines WHERE ${IN_SLICE}`).raw().get(...sliceArgs(slice)) as [number, number | null, number | null];
  return { lines, first, last };
}

/** The customers with lines in a slice. */
export function customerIdsOfSlice(db: Db, slice: LineSlice): number[] {
  return db.prepare(`SELECT DISTINCT customer_id FROM sale_lines WHERE ${IN_SLICE}`).pluck().all(...sliceArgs(slice)) as number[];
}

/** Deletes a slice's lines; returns how many. */
export function deleteSlice(db: Db, slice: LineSlice): number {
  return db.prepare(`DELETE FROM sale_lines WHERE ${IN_SLICE}`).run(...sliceArgs(slice)).changes;
}

/** Deletes the lines of the given ids, ascending: each run of consecutive ids in one statement. */
export function deleteLineIds(db: Db, ids: readonly number[]): void {
  const del = db.prepare('DELETE FROM sale_lines WHERE id BETWEEN ? AND ?');
  for (let i = 0; i < ids.length; ) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j]! + 1) j++;
    del.run(ids[i], ids[j]);
    i = j + 1;
  }
}

/** Those of the given customers that have a sale line. */
export function customersWithLines(db: Db, customerIds: readonly number[]): number[] {
  const has = db.prepare('SELECT EXISTS (SELECT 1 FROM sale_lines WHERE customer_id = ?)').pluck();
  return customerIds.filter((id) => has.get(id) === 1);
}
