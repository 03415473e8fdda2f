// SQL of the actions table: the action plan's actions, with owner and due date. Soft deletes.
import type { Action } from '../../shared/kam/kam-types';
import type { Day } from '../../shared/domain/calendar';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

type Row = {
  id: number;
  customer_id: number;
  objective_id: number | null;
  title: string;
  owner_id: number | null;
  due_day: number | null;
  done_day: number | null;
  deleted_at: string | null;
};

export type StoredAction = { customerId: number; deleted: boolean; record: Action };

const toAction = (r: Row): Action => ({
  id: r.id,
  objectiveId: r.objective_id,
  title: r.title,
  ownerId: r.owner_id,
  dueDay: r.due_day,
  doneDay: r.done_day,
});

/** Open ones first, then by due date (none last). */
export function listActions(db: Db, customerId: number): Action[] {
  return (
    cachedStatement(
      db,
      `SELECT * FROM actions WHERE customer_id = ? AND deleted_at IS NULL
        ORDER BY done_day IS NOT NULL, due_day IS NULL, due_day, id`,
    ).all(customerId) as Row[]
  ).map(toAction);
}

export function getAction(db: Db, id: number): StoredAction | null {
  const r = db.prepare('SELECT * FROM actions WHERE id = ?').get(id) as Row | undefined;
  return r ? { customerId: r.customer_id, deleted: r.deleted_at !== null, record: toAction(r) } : null;
}

export function insertAction(db: Db, customerId: number, a: Omit<Action, 'id'>): number {
  return Number(
    db
      .prepare('INSERT INTO actions (customer_id, objective_id, title, owner_id, due_day, done_day) VALUES (?, ?, ?, ?, ?, ?)')
      .run(customerId, a.objectiveId, a.title, a.ownerId, a.dueDay, a.doneDay).lastInsertRowid,
  );
}

export function updateAction(db: Db, id: number, a: Omit<Action, 'id'>): void {
  db.prepare('UPDATE actions SET objective_id = ?, title = ?, owner_id = ?, due_day = ?, done_day = ? WHERE id = ?').run(
    a.objectiveId,
    a.title,
    a.ownerId,
    a.dueDay,
    a.doneDay,
    id,
  );
}

export function setActionDeleted(db: Db, id: number, deleted: boolean): void {
  db.prepare(`UPDATE actions SET deleted_at = ${deleted ? "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')" : 'NULL'} WHERE id = ?`).run(id);
}

/** Customer id → its open actions (not done, not deleted) and how many are overdue (due before `today`). */
export function openActionCounts(db: Db, today: Day): Map<number, { open: number; overdue: number }> {
  const rows = db
    .prepare(
      `SELECT customer_id, COUNT(*) AS open, SUM(due_day IS NOT NULL AND due_day < ?) AS overdue
         FROM actions WHERE done_day IS NULL AND deleted_at IS NULL GROUP BY customer_id`,
    )
    .all(today) as { customer_id: number; open: number; overdue: number }[];
  return new Map(rows.map((r) => [r.customer_id, { open: r.open, overdue: r.overdue }]));
}

export type DueAction = Action & { customerId: number };

/** Open actions due on or before `until`, earliest first. */
export function openActionsDueBy(db: Db, until: Day): DueAction[] {
  return (
    db
      .prepare('SELECT * FROM actions WHERE done_day IS NULL AND deleted_at IS NULL AND due_day <= ? ORDER BY due_day, id')
      .all(until) as Row[]
  ).map((r) => ({ ...toAction(r), customerId: r.customer_id }));
}
