// SQL of the import_rejects table: the rows an import could not read, with their reason.
import type { Reject, RejectCode } from '../../shared/api/import-api';
import type { RejectMessage } from '../../shared/import/parse-row';
import type { Db } from './open-database';

export type RejectWriter = {
  /** `sheetIndex`: the sheet's place among the batch's sheets (their rows are numbered each from 1). */
  add(reject: Reject, sheetIndex: number): void;
};

export function createRejectWriter(db: Db, batchId: number): RejectWriter {
  const insert = db.prepare(
    `INSERT INTO import_rejects (batch_id, sheet_index, row_number, sheet, column_name, column_index, code, reason, message_json, raw_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    add(r, sheetIndex) {
      insert.run(batchId, sheetIndex, r.row, r.sheet, r.column, r.columnIndex, r.code, r.reason, r.message ? JSON.stringify(r.message) : null, JSON.stringify(r.raw));
    },
  };
}

type RejectRow = {
  sheet: string | null;
  row_number: number;
  column_name: string | null;
  column_index: number | null;
  code: string;
  reason: string;
  message_json: string | null;
  raw_json: string;
};

/** One page of a batch's rejects in row order (sheet by sheet), and how many there are in all. */
export function pageRejects(db: Db, batchId: number, offset: number, limit: number): { total: number; rows: Reject[] } {
  const total = db.prepare('SELECT count(*) FROM import_rejects WHERE batch_id = ?').pluck().get(batchId) as number;
  const rows = (
    db
      .prepare(
        `SELECT sheet, row_number, column_name, column_index, code, reason, message_json, raw_json FROM import_rejects
          WHERE batch_id = ? ORDER BY sheet_index, row_number LIMIT ? OFFSET ?`,
      )
      .all(batchId, limit, offset) as RejectRow[]
  ).map((r) => ({
    sheet: r.sheet,
    row: r.row_number,
    column: r.column_name,
    columnIndex: r.column_index,
    code: r.code as RejectCode,
    reason: r.reason,
    // Absent on rows stored before schema 10: they are worded by their code.
    ...(r.message_json === null ? {} : { message: JSON.parse(r.message_json) as RejectMessage }),
    raw: JSON.parse(r.raw_json) as string[],
  }));
  return { total, rows };
}

export function deleteBatchRejects(db: Db, batchId: number): number {
  return db.prepare('DELETE FROM import_rejects WHERE batch_id = ?').run(batchId).changes;
}
