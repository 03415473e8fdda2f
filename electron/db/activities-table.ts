// SQL of the activities table: calls, visits, e-mails and meetings, each with the next contact
// date. Soft deletes.
import type { Activity } from '../../shared/kam/kam-types';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

type Row = {
  id: number;
  customer_id: number;
  kind: Activity['kind'];
  day: number;
  owner_id: number | null;
  notes: string | null;
  next_contact_day: number | null;
  deleted_at: string | null;
};

export type StoredActivity = { customerId: number; deleted: boolean; record: Activity };

const toActivity = (r: Row): Activity => ({
  id: r.id,
  kind: r.kind,
  day: r.day,
  ownerId: r.owner_id,
  notes: r.notes,
  nextContactDay: r.next_contact_day,
});

/** Newest first. */
export function listActivities(db: Db, customerId: number): Activity[] {
  return (
    cachedStatement(db, 'SELECT * FROM activities WHERE customer_id = ? AND deleted_at IS NULL ORDER BY day DESC, id DESC').all(customerId) as Row[]
  ).map(toActivity);
}

export function getActivity(db: Db, id: number): StoredActivity | null {
  const r = db.prepare('SELECT * FROM activities WHERE id = ?').get(id) as Row | undefined;
  return r ? { customerId: r.customer_id, deleted: r.deleted_at !== null, record: toActivity(r) } : null;
}

export function insertActivity(db: Db, customerId: number, a: Omit<Activity, 'id'>): number {
  return Number(
    db
      .prepare('INSERT INTO activities (customer_id, kind, day, owner_id, notes, next_contact_day) VALUES (?, ?, ?, ?, ?, ?)')
      .run(customerId, a.kind, a.day, a.ownerId, a.notes, a.nextContactDay).lastInsertRowid,
  );
}

export function updateActivity(db: Db, id: number, a: Omit<Activity, 'id'>): void {
  db.prepare('UPDATE activities SET kind = ?, day = ?, owner_id = ?, notes = ?, next_contact_day = ? WHERE id = ?').run(
    a.kind,
    a.day,
    a.ownerId,
    a.notes,
    a.nextContactDay,
    id,
  );
}

export function setActivityDeleted(db: Db, id: number, deleted: boolean): void {
  db.prepare(`UPDATE activities SET deleted_at = ${deleted ? "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')" : 'NULL'} WHERE id = ?`).run(id);
}

/**
 * Customer id → its latest activity (latest day, then latest entered). Its next contact date is
 * the customer's pending contact: logging a new activity replaces the previous one's.
 */
export function latestActivities(db: Db): Map<number, Activity> {
  const rows = db
    .prepare(
      `SELECT * FROM (
         SELECT *, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY day DESC, id DESC) AS n
           FROM activities WHERE deleted_at IS NULL)
        WHERE n = 1`,
    )
    .all() as Row[];
  return new Map(rows.map((r) => [r.customer_id, toActivity(r)]));
}
