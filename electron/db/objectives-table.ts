// SQL of the objectives table: the goals of a customer's action plan. Soft deletes.
import type { Objective } from '../../shared/kam/kam-types';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

type Row = { id: number; customer_id: number; title: string; due_day: number | null; done_day: number | null; deleted_at: string | null };

export type StoredObjective = { customerId: number; deleted: boolean; record: Objective };

const toObjective = (r: Row): Objective => ({ id: r.id, title: r.title, dueDay: r.due_day, doneDay: r.done_day });

/** Open ones first, then by due date (none last). */
export function listObjectives(db: Db, customerId: number): Objective[] {
  return (
    cachedStatement(
      db,
      `SELECT * FROM objectives WHERE customer_id = ? AND deleted_at IS NULL
        ORDER BY done_day IS NOT NULL, due_day IS NULL, due_day, id`,
    ).all(customerId) as Row[]
  ).map(toObjective);
}

export function getObjective(db: Db, id: number): StoredObjective | null {
  const r = db.prepare('SELECT * FROM objectives WHERE id = ?').get(id) as Row | undefined;
  return r ? { customerId: r.customer_id, deleted: r.deleted_at !== null, record: toObjective(r) } : null;
}

export function insertObjective(db: Db, customerId: number, o: Omit<Objective, 'id'>): number {
  return Number(
    db.prepare('INSERT INTO objectives (customer_id, title, due_day, done_day) VALUES (?, ?, ?, ?)').run(customerId, o.title, o.dueDay, o.doneDay)
      .lastInsertRowid,
  );
}

export function updateObjective(db: Db, id: number, o: Omit<Objective, 'id'>): void {
  db.prepare('UPDATE objectives SET title = ?, due_day = ?, done_day = ? WHERE id = ?').run(o.title, o.dueDay, o.doneDay, id);
}

export function setObjectiveDeleted(db: Db, id: number, deleted: boolean): void {
  db.prepare(`UPDATE objectives SET deleted_at = ${deleted ? "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')" : 'NULL'} WHERE id = ?`).run(id);
}
