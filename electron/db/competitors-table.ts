// SQL of the competitors table: competitors present at a customer, with notes. Soft deletes.
import type { Competitor } from '../../shared/kam/kam-types';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

type Row = { id: number; customer_id: number; name: string; notes: string | null; deleted_at: string | null };

export type StoredCompetitor = { customerId: number; deleted: boolean; record: Competitor };

const toCompetitor = (r: Row): Competitor => ({ id: r.id, name: r.name, notes: r.notes });

export function listCompetitors(db: Db, customerId: number): Competitor[] {
  return (cachedStatement(db, 'SELECT * FROM competitors WHERE customer_id = ? AND deleted_at IS NULL ORDER BY name, id').all(customerId) as Row[]).map(toCompetitor);
}

export function getCompetitor(db: Db, id: number): StoredCompetitor | null {
  const r = db.prepare('SELECT * FROM competitors WHERE id = ?').get(id) as Row | undefined;
  return r ? { customerId: r.customer_id, deleted: r.deleted_at !== null, record: toCompetitor(r) } : null;
}

export function insertCompetitor(db: Db, customerId: number, c: Omit<Competitor, 'id'>): number {
  return Number(db.prepare('INSERT INTO competitors (customer_id, name, notes) VALUES (?, ?, ?)').run(customerId, c.name, c.notes).lastInsertRowid);
}

export function updateCompetitor(db: Db, id: number, c: Omit<Competitor, 'id'>): void {
  db.prepare('UPDATE competitors SET name = ?, notes = ? WHERE id = ?').run(c.name, c.notes, id);
}

export function setCompetitorDeleted(db: Db, id: number, deleted: boolean): void {
  db.prepare(`UPDATE competitors SET deleted_at = ${deleted ? "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')" : 'NULL'} WHERE id = ?`).run(id);
}
