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

/**
 * What names the workspace's customers and their imported attributes: only an import (or its
 * undoing) and a customer created by hand change them, and each changes this.
 */
export function customersStamp(db: Db): string {
  return cachedStatement(
    db,
    `SELECT (SELECT COALESCE(MAX(id), 0) FROM customers) || '|' ||
            COALESCE((SELECT group_concat(id || ':' || COALESCE(undone_at, ''), ',') FROM import_batches), '')`,
  )
    .pluck()
    .get() as string;
}
