// SQL of the replaced_sale_lines table (migration 6): the stored lines that a 'replace' import
// removed, kept with their own ids until that import is undone (they go back to sale_lines) or the
// batch they came from is (they go with it).
import type { Db } from './open-database';
import type { LineSlice } from './sale-lines-table';

const LINE_COLUMNS =
  'id, batch_id, customer_id, day, order_key, product_id, quantity_milli, amount_cents, cost_cents, margin_cents, seller_id, segment_id, region_id, customer_name_id';

/** Moves a slice of sale_lines here, as replaced by batch `replacedBy`; returns how many lines. */
export function moveSliceToReplaced(db: Db, slice: LineSlice, replacedBy: number): number {
  const where = 'id BETWEEN ? AND ? AND batch_id = ? AND day BETWEEN ? AND ?';
  const args = [slice.fromId, slice.toId, slice.batchId, slice.firstDay, slice.lastDay];
  db.prepare(`INSERT INTO replaced_sale_lines (replaced_by, ${LINE_COLUMNS}) SELECT ?, ${LINE_COLUMNS} FROM sale_lines WHERE ${where}`).run(replacedBy, ...args);
  return db.prepare(`DELETE FROM sale_lines WHERE ${where}`).run(...args).changes;
}

/** The customers of the lines a batch replaced. */
export function customerIdsReplacedBy(db: Db, replacedBy: number): number[] {
  return db.prepare('SELECT DISTINCT customer_id FROM replaced_sale_lines WHERE replaced_by = ?').pluck().all(replacedBy) as number[];
}

/** The customers of a batch's own lines that a later batch replaced. */
export function customerIdsOfReplacedBatch(db: Db, batchId: number): number[] {
  return db.prepare('SELECT DISTINCT customer_id FROM replaced_sale_lines WHERE batch_id = ?').pluck().all(batchId) as number[];
}

/** Forgets a batch's own lines that a later batch replaced (the batch is being undone); returns how many. */
export function dropReplacedLinesOf(db: Db, batchId: number): number {
  return db.prepare('DELETE FROM replaced_sale_lines WHERE batch_id = ?').run(batchId).changes;
}

/**
 * The lines batch `undone` replaced that a later replace, still in place, covers by its days
 * (replace_ranges): that one would have removed them had `undone` never been imported, so they
 * become its own (the earliest such batch's). Returns how many.
 */
export function handReplacedToLater(db: Db, undone: number): number {
  return db
    .prepare(
      `UPDATE replaced_sale_lines
          SET replaced_by = (SELECT min(r.batch_id) FROM replace_ranges r JOIN import_batches b ON b.id = r.batch_id
                              WHERE r.batch_id > ? AND b.undone_at IS NULL AND replaced_sale_lines.day BETWEEN r.first_day AND r.last_day)
        WHERE replaced_by = ?
          AND EXISTS (SELECT 1 FROM replace_ranges r JOIN import_batches b ON b.id = r.batch_id
                       WHERE r.batch_id > ? AND b.undone_at IS NULL AND replaced_sale_lines.day BETWEEN r.first_day AND r.last_day)`,
    )
    .run(undone, undone, undone).changes;
}

/** Puts the lines a batch replaced back into sale_lines, with their own ids; returns how many. */
export function restoreReplacedBy(db: Db, replacedBy: number): number {
  db.prepare(`INSERT INTO sale_lines (${LINE_COLUMNS}) SELECT ${LINE_COLUMNS} FROM replaced_sale_lines WHERE replaced_by = ? ORDER BY id`).run(replacedBy);
  return db.prepare('DELETE FROM replaced_sale_lines WHERE replaced_by = ?').run(replacedBy).changes;
}
