// Whether anything was written to the workspace since a cache was made: this connection's row
// changes (total_changes) and other connections' commits (data_version: an import writes through
// its own connection). Two tiny reads, cheaper than any cached view of 200,000 customers.
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

export function dataStamp(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const changes = cachedStatement(db, 'SELECT total_changes()').pluck().get() as number;
  return `${version}.${changes}`;
}
