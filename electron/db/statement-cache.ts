// Prepared statements kept per connection, for the reads a request makes once per customer over
// thousands of customers (the key accounts' dossier fields of a 50,000-customer workspace):
// better-sqlite3 compiles the SQL on every `prepare`, which then costs more than the read.
// Only for `.get()`/`.all()`: a statement still iterating cannot be run again until it is done.
import type { Statement } from 'better-sqlite3';
import type { Db } from './open-database';

const caches = new WeakMap<Db, Map<string, Statement>>();

export function cachedStatement(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}
