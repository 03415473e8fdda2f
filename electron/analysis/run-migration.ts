// How many customers went from each class of one run to each class of another ('-': not one of
// the run's own customers), matched by code, and the customers of one of those cells. Each run's
// codes and classes are read once, in its rank order, as two texts (run-results-table.ts
// runClassList), and kept while the workspace is open: a stored run never changes, and the
// history compares the same few runs again and again (a cell's customers, another pair). A join
// by code in SQL fetched the other run's row of every customer at random (1 s for two runs of
// 150,000 customers); a row per customer read into JavaScript took 0.3-0.55 s for both; the two
// texts 0.1-0.15 s (decision #177).
import type { MigrationCustomer, MigrationKey } from '../../shared/analysis/matrix-types';
import { getRun } from '../db/analysis-runs-table';
import type { Db } from '../db/open-database';
import { migrationSides, runClassList } from '../db/run-results-table';

/** A run's own customers in its rank order: value descending, then code. */
type RunClasses = {
  codes: string[];
  /** One letter (A, B, C) per customer, in the same order. */
  classes: string;
  /** Where each code is in `codes`, made when first needed. */
  at: Map<string, number> | null;
};

/** The runs read last, by id and creation time (an id is given again after the newest run is deleted). */
const kept = new WeakMap<Db, Map<string, RunClasses>>();
/** Two runs compared and one more: about 10 MB each at 150,000 customers. */
const KEPT_RUNS = 3;

function runClassesOf(db: Db, runId: number): RunClasses {
  const key = `${runId}|${getRun(db, runId)?.createdAt ?? ''}`;
  let runs = kept.get(db);
  if (!runs) kept.set(db, (runs = new Map()));
  const known = runs.get(key);
  if (known) {
    // Most recently used last: the first is the one given up.
    runs.delete(key);
    runs.set(key, known);
    return known;
  }
  const read: RunClasses = { ...runClassList(db, runId), at: null };
  if (runs.size >= KEPT_RUNS) runs.delete(runs.keys().next().value!);
  runs.set(key, read);
  return read;
}

function positions(run: RunClasses): Map<string, number> {
  if (!run.at) {
    const at = new Map<string, number>();
    run.codes.forEach((code, i) => at.set(code, i));
    run.at = at;
  }
  return run.at;
}

/** Reads ahead the classes of these runs (the history's comparison of the newest two), kept as a comparison keeps them. */
export function prepareRunClasses(db: Db, runIds: readonly number[]): void {
  for (const runId of runIds) if (db.open && getRun(db, runId)) positions(runClassesOf(db, runId));
}

const classAt = (run: RunClasses, i: number | undefined): MigrationKey => (i === undefined ? '-' : (run.classes[i] as MigrationKey));

export function migrationCounts(db: Db, fromRunId: number, toRunId: number): { from: MigrationKey; to: MigrationKey; customers: number }[] {
  const from = runClassesOf(db, fromRunId);
  const to = runClassesOf(db, toRunId);
  const inTo = positions(to);
  const matched = new Uint8Array(to.codes.length);
  const counts = new Map<string, { from: MigrationKey; to: MigrationKey; customers: number }>();
  const add = (a: MigrationKey, b: MigrationKey) => {
    const cell = counts.get(a + b);
    if (cell) cell.customers += 1;
    else counts.set(a + b, { from: a, to: b, customers: 1 });
  };
  from.codes.forEach((code, i) => {
    const j = inTo.get(code);
    if (j !== undefined) matched[j] = 1;
    add(classAt(from, i), classAt(to, j));
  });
  for (let j = 0; j < to.codes.length; j++) if (matched[j] === 0) add('-', classAt(to, j));
  return [...counts.values()];
}

/**
 * The customers of one cell of the migration, largest first by the newer run's value (the older
 * one's for those that left), then by code: the newer run's rank order (the older one's), so the
 * cell is listed by walking it. `offset`/`limit` page them.
 */
export function migrationCellCustomers(
  db: Db,
  runs: { fromRunId: number; toRunId: number },
  cell: { from: MigrationKey; to: MigrationKey },
  offset: number,
  limit: number,
): { rows: MigrationCustomer[]; total: number } {
  const from = runClassesOf(db, runs.fromRunId);
  const to = runClassesOf(db, runs.toRunId);
  // Walk the run that lists the cell's customers (the newer one, or the older for those that left).
  const [walked, other, walkedClass, otherClass] = cell.to === '-' ? [from, to, cell.from, cell.to] : [to, from, cell.to, cell.from];
  const inOther = positions(other);
  const listed: string[] = [];
  walked.codes.forEach((code, i) => {
    if (walked.classes[i] === walkedClass && classAt(other, inOther.get(code)) === otherClass) listed.push(code);
  });
  const codes = listed.slice(offset, offset + limit);
  const before = migrationSides(db, runs.fromRunId, codes);
  const after = migrationSides(db, runs.toRunId, codes);
  return {
    total: listed.length,
    rows: codes.map((code) => ({
      code,
      name: after.get(code)?.name ?? before.get(code)?.name ?? null,
      before: before.get(code)?.side ?? null,
      after: after.get(code)?.side ?? null,
    })),
  };
}
