// SQL of the replace_ranges table (migration 6): the days each sheet of a 'replace' import
// covered, its first to last line date, so that an undo of an earlier replace knows which of the
// lines it brings back a later replace covers (replaced-sale-lines-table.ts, handReplacedToLater).
import type { Db } from './open-database';

export function addReplaceRange(db: Db, batchId: number, firstDay: number, lastDay: number) {
  db.prepare('INSERT INTO replace_ranges (batch_id, first_day, last_day) VALUES (?, ?, ?)').run(batchId, firstDay, lastDay);
}

export function deleteReplaceRanges(db: Db, batchId: number) {
  db.prepare('DELETE FROM replace_ranges WHERE batch_id = ?').run(batchId);
}
