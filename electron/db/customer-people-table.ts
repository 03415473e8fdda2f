// SQL of the customer_people table: contacts at a customer and, with an influence, its
// decision-making map (seed 002). Soft deletes, undone by restoring.
import type { Person } from '../../shared/kam/kam-types';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

type Row = {
  id: number;
  customer_id: number;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  influence: Person['influence'];
  attitude: Person['attitude'];
  reports_to: number | null;
  deleted_at: string | null;
};

export type StoredPerson = { customerId: number; deleted: boolean; record: Person };

const toPerson = (r: Row): Person => ({
  id: r.id,
  name: r.name,
  role: r.role,
  email: r.email,
  phone: r.phone,
  influence: r.influence,
  attitude: r.attitude,
  reportsTo: r.reports_to,
});

export function listPeople(db: Db, customerId: number): Person[] {
  return (cachedStatement(db, 'SELECT * FROM customer_people WHERE customer_id = ? AND deleted_at IS NULL ORDER BY name, id').all(customerId) as Row[]).map(toPerson);
}

export function getPerson(db: Db, id: number): StoredPerson | null {
  const r = db.prepare('SELECT * FROM customer_people WHERE id = ?').get(id) as Row | undefined;
  return r ? { customerId: r.customer_id, deleted: r.deleted_at !== null, record: toPerson(r) } : null;
}

export function insertPerson(db: Db, customerId: number, p: Omit<Person, 'id'>): number {
  return Number(
    db
      .prepare(
        `INSERT INTO customer_people (customer_id, name, role, email, phone, influence, attitude, reports_to)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(customerId, p.name, p.role, p.email, p.phone, p.influence, p.attitude, p.reportsTo).lastInsertRowid,
  );
}

export function updatePerson(db: Db, id: number, p: Omit<Person, 'id'>): void {
  db.prepare(
    `UPDATE customer_people SET name = ?, role = ?, email = ?, phone = ?, influence = ?, attitude = ?, reports_to = ? WHERE id = ?`,
  ).run(p.name, p.role, p.email, p.phone, p.influence, p.attitude, p.reportsTo, id);
}

export function setPersonDeleted(db: Db, id: number, deleted: boolean): void {
  db.prepare(`UPDATE customer_people SET deleted_at = ${deleted ? "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')" : 'NULL'} WHERE id = ?`).run(id);
}

/** Customer id → how many decision makers and sponsors its map has (people not deleted). */
export function decisionMapCoverage(db: Db): Map<number, { decisionMakers: number; sponsors: number }> {
  const rows = db
    .prepare(
      `SELECT customer_id, SUM(influence = 'decision maker') AS dm, SUM(influence = 'sponsor') AS sp
         FROM customer_people WHERE deleted_at IS NULL GROUP BY customer_id`,
    )
    .all() as { customer_id: number; dm: number; sp: number }[];
  return new Map(rows.map((r) => [r.customer_id, { decisionMakers: r.dm, sponsors: r.sp }]));
}
