// Answers of the KPI and win-back screens that read every customer or every sale (churn, the loss
// trend, the dashboard), kept until anything in the workspace changes (data-stamp.ts) so that
// coming back to a screen answers at once. A few per workspace, each small.
import { dataStamp } from '../db/data-stamp';
import type { Db } from '../db/open-database';

const kept = new WeakMap<Db, { stamp: string; answers: Map<string, unknown> }>();

/** The answer kept under `key` while the workspace is unchanged, else `make()`'s (then kept). */
export function keptAnswer<T>(db: Db, key: string, make: () => T): T {
  const stamp = dataStamp(db);
  let entry = kept.get(db);
  if (entry?.stamp !== stamp) kept.set(db, (entry = { stamp, answers: new Map() }));
  if (entry.answers.has(key)) return entry.answers.get(key) as T;
  const answer = make();
  // Made by reading only: the stamp is still the workspace's.
  entry.answers.set(key, answer);
  return answer;
}

/** Whether an answer is kept under `key` for the workspace as it is now. */
export function isKept(db: Db, key: string): boolean {
  const entry = kept.get(db);
  return entry?.stamp === dataStamp(db) && entry.answers.has(key);
}
