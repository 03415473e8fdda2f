// SQL of the relationship_events table: the relationship history entered by hand (proposals with
// outcome and reason, deliveries, meetings, complaints). Soft deletes.
import type { RelationshipEvent } from '../../shared/kam/kam-types';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

type Row = {
  id: number;
  customer_id: number;
  kind: RelationshipEvent['kind'];
  day: number;
  title: string;
  notes: string | null;
  outcome: RelationshipEvent['outcome'];
  reason: string | null;
  amount_cents: number | null;
  deleted_at: string | null;
};

export type StoredEvent = { customerId: number; deleted: boolean; record: RelationshipEvent };

const toEvent = (r: Row): RelationshipEvent => ({
  id: r.id,
  kind: r.kind,
  day: r.day,
  title: r.title,
  notes: r.notes,
  outcome: r.outcome,
  reason: r.reason,
  amount: r.amount_cents,
});

/** Newest first. */
export function listEvents(db: Db, customerId: number): RelationshipEvent[] {
  return (
    cachedStatement(db, 'SELECT * FROM relationship_events WHERE customer_id = ? AND deleted_at IS NULL ORDER BY day DESC, id DESC').all(customerId) as Row[]
  ).map(toEvent);
}

export function getEvent(db: Db, id: number): StoredEvent | null {
  const r = db.prepare('SELECT * FROM relationship_events WHERE id = ?').get(id) as Row | undefined;
  return r ? { customerId: r.customer_id, deleted: r.deleted_at !== null, record: toEvent(r) } : null;
}

export function insertEvent(db: Db, customerId: number, e: Omit<RelationshipEvent, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO relationship_events (customer_id, kind, day, title, notes, outcome, reason, amount_cents)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(customerId, e.kind, e.day, e.title, e.notes, e.outcome, e.reason, e.amount).lastInsertRowid,
  );
}

export function updateEvent(db: Db, id: number, e: Omit<RelationshipEvent, 'id'>): void {
  db.prepare(
    'UPDATE relationship_events SET kind = ?, day = ?, title = ?, notes = ?, outcome = ?, reason = ?, amount_cents = ? WHERE id = ?',
  ).run(e.kind, e.day, e.title, e.notes, e.outcome, e.reason, e.amount, id);
}

export function setEventDeleted(db: Db, id: number, deleted: boolean): void {
  db.prepare(`UPDATE relationship_events SET deleted_at = ${deleted ? "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')" : 'NULL'} WHERE id = ?`).run(id);
}
