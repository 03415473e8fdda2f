// SQL of the customer_tags table: free labels on a customer ("distribuidor", "feira 2026").
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

export function tagsOfCustomer(db: Db, customerId: number): string[] {
  return cachedStatement(db, 'SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag').pluck().all(customerId) as string[];
}

/** Replaces the customer's tags; call inside the caller's transaction. */
export function replaceTags(db: Db, customerId: number, tags: readonly string[]): void {
  db.prepare('DELETE FROM customer_tags WHERE customer_id = ?').run(customerId);
  const insert = db.prepare('INSERT OR IGNORE INTO customer_tags (customer_id, tag) VALUES (?, ?)');
  for (const tag of tags) insert.run(customerId, tag);
}

/** Customer id → its tags, for every customer that has any. */
export function tagsByCustomer(db: Db): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const r of db.prepare('SELECT customer_id, tag FROM customer_tags ORDER BY customer_id, tag').iterate() as Iterable<{ customer_id: number; tag: string }>) {
    let list = out.get(r.customer_id);
    if (!list) out.set(r.customer_id, (list = []));
    list.push(r.tag);
  }
  return out;
}

/** Every tag in use on a customer that is not deleted, sorted. */
export function tagsInUse(db: Db): string[] {
  return db
    .prepare(
      `SELECT DISTINCT t.tag FROM customer_tags t
         LEFT JOIN customer_profiles p ON p.customer_id = t.customer_id
        WHERE p.deleted_at IS NULL ORDER BY t.tag`,
    )
    .pluck()
    .all() as string[];
}
