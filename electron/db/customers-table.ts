// SQL of the customers table for imports: find or create a customer by code, keep its name,
// seller, segment and region as the most recent non-empty ones seen (by sale day), and tidy up
// after an import is undone.
import type { Day } from '../../shared/domain/calendar';
import type { Db } from './open-database';

/** What an import knows of a customer while it runs; `changed` marks attributes to write back. */
export type CustomerState = {
  id: number;
  name: string | null;
  nameDay: Day | null;
  seller: string | null;
  sellerDay: Day | null;
  segment: string | null;
  segmentDay: Day | null;
  region: string | null;
  regionDay: Day | null;
  changed: boolean;
};

type CustomerRow = {
  id: number;
  name: string | null;
  name_day: number | null;
  seller: string | null;
  seller_day: number | null;
  segment: string | null;
  segment_day: number | null;
  region: string | null;
  region_day: number | null;
};

export type CustomerStatements = {
  find(code: string): CustomerState | null;
  /** Creates a customer with no attributes yet, marked as created by `batchId`. */
  create(code: string, batchId: number): CustomerState;
  save(state: CustomerState): void;
};

export function customerStatements(db: Db): CustomerStatements {
  const byCode = db.prepare(
    'SELECT id, name, name_day, seller, seller_day, segment, segment_day, region, region_day FROM customers WHERE code = ?',
  );
  const insert = db.prepare('INSERT INTO customers (code, source_batch_id) VALUES (?, ?)');
  const update = db.prepare(
    `UPDATE customers SET name = ?, name_day = ?, seller = ?, seller_day = ?, segment = ?, segment_day = ?,
       region = ?, region_day = ? WHERE id = ?`,
  );
  return {
    find(code) {
      const r = byCode.get(code) as CustomerRow | undefined;
      if (!r) return null;
      return {
        id: r.id,
        name: r.name,
        nameDay: r.name_day,
        seller: r.seller,
        sellerDay: r.seller_day,
        segment: r.segment,
        segmentDay: r.segment_day,
        region: r.region,
        regionDay: r.region_day,
        changed: false,
      };
    },
    create(code, batchId) {
      const id = Number(insert.run(code, batchId).lastInsertRowid);
      return { id, name: null, nameDay: null, seller: null, sellerDay: null, segment: null, segmentDay: null, region: null, regionDay: null, changed: false };
    },
    save(s) {
      update.run(s.name, s.nameDay, s.seller, s.sellerDay, s.segment, s.segmentDay, s.region, s.regionDay, s.id);
    },
  };
}

/** The sale_lines column of each attribute, in the order of the UPDATE below. */
const ATTRIBUTE_COLUMNS = ['customer_name_id', 'seller_id', 'segment_id', 'region_id'] as const;

/**
 * Sets each attribute of the given customers to the most recent non-empty value among their
 * remaining sale lines (later line on a tie), or NULL when none is left.
 */
export function recomputeCustomerAttributes(db: Db, customerIds: readonly number[]) {
  const latest = ATTRIBUTE_COLUMNS.map((column) =>
    db.prepare(
      `SELECT t.text AS value, l.day FROM sale_lines l JOIN sale_texts t ON t.id = l.${column}
        WHERE l.customer_id = ? ORDER BY l.day DESC, l.id DESC LIMIT 1`,
    ),
  );
  const update = db.prepare(
    `UPDATE customers SET name = ?, name_day = ?, seller = ?, seller_day = ?, segment = ?, segment_day = ?,
       region = ?, region_day = ? WHERE id = ?`,
  );
  for (const id of customerIds) {
    const values: (string | number | null)[] = [];
    for (const stmt of latest) {
      const r = stmt.get(id) as { value: string; day: number } | undefined;
      values.push(r?.value ?? null, r?.day ?? null);
    }
    update.run(...values, id);
  }
}

/**
 * Every (table, column) that refers to a customer by a foreign key and keeps it: all but those
 * declared ON DELETE SET NULL, a record that outlives the customer (a stored run's row, which
 * carries the code and name: migration 6).
 */
function customerReferences(db: Db): { table: string; column: string }[] {
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const refs: { table: string; column: string }[] = [];
  for (const table of tables) {
    for (const fk of db.pragma(`foreign_key_list("${table.replaceAll('"', '""')}")`) as { table: string; from: string; on_delete: string }[]) {
      if (fk.table === 'customers' && fk.on_delete !== 'SET NULL') refs.push({ table, column: fk.from });
    }
  }
  return refs;
}

/** The customers an import created (whether or not it left them any line). */
export function customerIdsCreatedBy(db: Db, batchId: number): number[] {
  return db.prepare('SELECT id FROM customers WHERE source_batch_id = ?').pluck().all(batchId) as number[];
}

/**
 * Deletes those of the given customers that an import created and that nothing keeps any more:
 * no sale line (stored or replaced), nothing a user wrote about them (any table with a foreign
 * key to customers counts, so that a delete never cascades into someone's notes). A stored run
 * does not keep them: its rows stay, by code. Returns how many went.
 */
export function deleteOrphanImportedCustomers(db: Db, customerIds: readonly number[]): number {
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const unreferenced = customerReferences(db)
    .map((r) => `AND NOT EXISTS (SELECT 1 FROM ${quote(r.table)} WHERE ${quote(r.column)} = customers.id)`)
    .join('\n       ');
  const del = db.prepare(`DELETE FROM customers WHERE id = ? AND source_batch_id IS NOT NULL\n       ${unreferenced}`);
  let deleted = 0;
  for (const id of customerIds) deleted += del.run(id).changes;
  return deleted;
}
