// SQL of the import_batches table: one row per import, kept after an undo (marked undone).
import type { BatchSummary, OverlapMode } from '../../shared/api/import-api';
import type { ColumnMapping, ImportLocale } from '../../shared/import/fields';
import type { Db } from './open-database';

type BatchRow = {
  id: number;
  file_name: string;
  content_hash: string;
  sheet: string | null;
  mapping_json: string;
  locale: string;
  rows_read: number;
  imported: number;
  rejected: number;
  created_at: string;
  undone_at: string | null;
  overlap: OverlapMode | null;
  skipped: number;
  replaced: number;
};

const toSummary = (r: BatchRow): BatchSummary => ({
  id: r.id,
  fileName: r.file_name,
  contentHash: r.content_hash,
  sheet: r.sheet,
  mapping: JSON.parse(r.mapping_json) as ColumnMapping,
  locale: r.locale as ImportLocale,
  rowsRead: r.rows_read,
  imported: r.imported,
  rejected: r.rejected,
  createdAt: r.created_at,
  undoneAt: r.undone_at,
  overlap: r.overlap,
  skipped: r.skipped,
  replaced: r.replaced,
});

export type NewBatch = { fileName: string; contentHash: string; sheet: string | null; mapping: ColumnMapping; locale: ImportLocale };

/** Starts a batch with zero counts; `finishBatch` sets them when the import is complete. */
export function insertBatch(db: Db, b: NewBatch): number {
  const info = db
    .prepare(
      `INSERT INTO import_batches (file_name, content_hash, sheet, mapping_json, locale, rows_read, imported, rejected)
       VALUES (?, ?, ?, ?, ?, 0, 0, 0)`,
    )
    .run(b.fileName, b.contentHash, b.sheet, JSON.stringify(b.mapping), b.locale);
  return Number(info.lastInsertRowid);
}

export type BatchCounts = {
  rowsRead: number;
  imported: number;
  rejected: number;
  /** The ids of its first and last sale line (they are consecutive); null without lines. */
  firstLineId: number | null;
  lastLineId: number | null;
  /** The file's content hash, where it was not known when the batch started. */
  contentHash?: string;
};

export function finishBatch(db: Db, id: number, counts: BatchCounts) {
  db.prepare(
    `UPDATE import_batches SET rows_read = ?, imported = ?, rejected = ?, first_line_id = ?, last_line_id = ?,
       content_hash = coalesce(?, content_hash) WHERE id = ?`,
  ).run(counts.rowsRead, counts.imported, counts.rejected, counts.firstLineId, counts.lastLineId, counts.contentHash ?? null, id);
}

/** Where a batch's sale lines are: see finishBatch. */
export function batchLineRange(db: Db, id: number): { firstLineId: number | null; lastLineId: number | null } {
  const r = db.prepare('SELECT first_line_id, last_line_id FROM import_batches WHERE id = ?').get(id) as
    | { first_line_id: number | null; last_line_id: number | null }
    | undefined;
  return { firstLineId: r?.first_line_id ?? null, lastLineId: r?.last_line_id ?? null };
}

/** Every batch, newest first, undone ones included. */
export function listBatches(db: Db): BatchSummary[] {
  return (db.prepare('SELECT * FROM import_batches ORDER BY id DESC').all() as BatchRow[]).map(toSummary);
}

export function getBatch(db: Db, id: number): BatchSummary | null {
  const r = db.prepare('SELECT * FROM import_batches WHERE id = ?').get(id) as BatchRow | undefined;
  return r ? toSummary(r) : null;
}

/**
 * The latest batch of the same content that is still in place (not undone): the same file's
 * bytes and the same sheet (another sheet of a workbook is other content; a CSV has none).
 */
export function findActiveBatchByHash(db: Db, contentHash: string, sheet: string | null): BatchSummary | null {
  const r = db
    .prepare('SELECT * FROM import_batches WHERE content_hash = ? AND sheet IS ? AND undone_at IS NULL ORDER BY id DESC LIMIT 1')
    .get(contentHash, sheet) as BatchRow | undefined;
  return r ? toSummary(r) : null;
}

/** A batch whose lines are in the workspace, with where they are: ids and days. */
export type StoredBatch = {
  id: number;
  fileName: string;
  sheet: string | null;
  firstLineId: number;
  lastLineId: number;
  /** Null when not recorded (an import that did not apply the overlap rule): it may hold any day. */
  firstDay: number | null;
  lastDay: number | null;
};

/** The batches other than `exceptId`, not undone, whose lines' days may meet `first`…`last` (oldest first). */
export function batchesMeetingDays(db: Db, exceptId: number, first: number, last: number): StoredBatch[] {
  return db
    .prepare(
      `SELECT id, file_name AS fileName, sheet, first_line_id AS firstLineId, last_line_id AS lastLineId, first_day AS firstDay, last_day AS lastDay
         FROM import_batches
        WHERE id <> ? AND undone_at IS NULL AND first_line_id IS NOT NULL AND (first_day IS NULL OR (first_day <= ? AND last_day >= ?))
        ORDER BY id`,
    )
    .all(exceptId, last, first) as StoredBatch[];
}

/** The batches other than `exceptId`, not undone, with lines but no days recorded (recordOverlap left them for later). */
export function batchesWithoutDays(db: Db, exceptId: number): { id: number; firstLineId: number; lastLineId: number }[] {
  return db
    .prepare(
      `SELECT id, first_line_id AS firstLineId, last_line_id AS lastLineId FROM import_batches
        WHERE id <> ? AND undone_at IS NULL AND first_line_id IS NOT NULL AND first_day IS NULL`,
    )
    .all(exceptId) as { id: number; firstLineId: number; lastLineId: number }[];
}

export function setBatchDays(db: Db, id: number, firstDay: number, lastDay: number) {
  db.prepare('UPDATE import_batches SET first_day = ?, last_day = ? WHERE id = ?').run(firstDay, lastDay, id);
}

/** Whether a batch other than `exceptId` has lines in the workspace. */
export function hasOtherStoredBatch(db: Db, exceptId: number): boolean {
  return db.prepare('SELECT EXISTS (SELECT 1 FROM import_batches WHERE id <> ? AND undone_at IS NULL AND first_line_id IS NOT NULL)').pluck().get(exceptId) === 1;
}

/** What a batch did with the lines already stored (migration 6), and the days of its file's lines (null: not found yet). */
export function recordOverlap(
  db: Db,
  id: number,
  o: { overlap: OverlapMode; skipped: number; replaced: number; firstDay: number | null; lastDay: number | null },
) {
  db.prepare('UPDATE import_batches SET overlap = ?, skipped = ?, replaced = ?, first_day = ?, last_day = ? WHERE id = ?').run(
    o.overlap,
    o.skipped,
    o.replaced,
    o.firstDay,
    o.lastDay,
    id,
  );
}

export function markBatchUndone(db: Db, id: number) {
  db.prepare("UPDATE import_batches SET undone_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?").run(id);
}

/** The batches whose lines are in the workspace (not undone), oldest first: a run's sources. */
export function activeBatches(db: Db): BatchSummary[] {
  return (db.prepare('SELECT * FROM import_batches WHERE undone_at IS NULL ORDER BY id').all() as BatchRow[]).map(toSummary);
}
