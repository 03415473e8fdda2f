// SQL of the latest_sale table: the day of the workspace's latest sale line, stored by whatever
// changes the lines (an import, an undo) for the workspace's customersStamp of that moment. Any
// other change of the lines changes the stamp too, so a day stored for another stamp is unknown.
import type { Day } from '../../shared/domain/calendar';
import { customersStamp } from './data-stamp';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

/** The stored day, when it was stored for the workspace as it is ({ day: null }: no sale line); else undefined. */
export function storedLatestSale(db: Db): { day: Day | null } | undefined {
  const row = cachedStatement(db, 'SELECT stamp, day FROM latest_sale WHERE id = 1').get() as { stamp: string; day: Day | null } | undefined;
  return row !== undefined && row.stamp === customersStamp(db) ? { day: row.day } : undefined;
}

/** The day of the latest sale line, read from every line (a fraction of a second at 5 million). */
export function scanLatestSale(db: Db): Day | null {
  return (cachedStatement(db, 'SELECT MAX(day) FROM sale_lines').pluck().get() as Day | null) ?? null;
}

/** Stores `day` as the latest sale of the workspace as it is now (inside the writer's transaction). */
export function storeLatestSale(db: Db, day: Day | null): void {
  cachedStatement(db, 'INSERT OR REPLACE INTO latest_sale (id, stamp, day) VALUES (1, ?, ?)').run(customersStamp(db), day);
}
