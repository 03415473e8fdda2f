// A query's rows read column by column: one JSON array a column, all in one row (decision #182's
// reason: better-sqlite3 spends about 1 µs on every row it hands to JavaScript, and more on each
// value of a row; 200,000 rows of 12 values took 0.45-0.55 s as rows, 0.3 s as arrays, with far
// less left for the garbage collector). SQLite writes a double's shortest exact text, so numbers
// come back as stored; an empty value comes back as null.
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

/**
 * The values of `columns` (SQL expressions over `from`) of every row of `from` (a table or a
 * subquery, with its WHERE and ORDER BY: the arrays keep its order), each column as an array.
 */
export function jsonColumns(db: Db, columns: readonly string[], from: string, ...params: unknown[]): unknown[][] {
  const inner = columns.map((c, i) => `${c} AS c${i}`).join(', ');
  const arrays = columns.map((_, i) => `json_group_array(c${i})`).join(', ');
  const texts = cachedStatement(db, `SELECT ${arrays} FROM (SELECT ${inner} FROM ${from})`).raw().get(...params) as string[];
  return texts.map((text) => JSON.parse(text) as unknown[]);
}
