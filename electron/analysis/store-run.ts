// The steps of storing a run, inside one write transaction: its summary row, its rows
// (run-results-table.ts), then whether it becomes the current analysis. The same steps whether the
// run is written on the thread that made it or on a thread of its own (write-run.ts).
import { areDefaultParams, DEFAULT_PARAMS } from '../../shared/analysis/params';
import { resolveWindow, type SnappedWindow } from '../../shared/analysis/periods';
import { currentRunId, insertRun, setCurrentRun, type NewRun } from '../db/analysis-runs-table';
import { activeBatches } from '../db/import-batches-table';
import type { Db } from '../db/open-database';

/** The run's summary as stored, but its sources: they are read in the write transaction. */
export type RunHeader = Omit<NewRun, 'sources' | 'window'> & { window: SnappedWindow };

/** Writes the run's summary row; returns its id. */
export function beginStoredRun(db: Db, header: RunHeader): number {
  return insertRun(db, { ...header, sources: activeBatches(db).map((b) => ({ batchId: b.id, fileName: b.fileName })) });
}

/** Once its rows are written: the run becomes current when it should (becomesCurrent). */
export function endStoredRun(db: Db, id: number, header: RunHeader): void {
  if (becomesCurrent(db, header)) setCurrentRun(db, id);
}

/**
 * The run becomes current on its own when nothing is current yet, or when it is what SPEC's
 * defaults give: the default parameters over the default window (12 months to the month of the
 * latest sale), whether the window was left out or typed in.
 */
function becomesCurrent(db: Db, { params, window, latestSale }: RunHeader): boolean {
  if (currentRunId(db) === null) return true;
  if (!areDefaultParams(params) || latestSale === null) return false;
  const standard = resolveWindow(DEFAULT_PARAMS.period, latestSale);
  return window.from === standard.from && window.to === standard.to;
}
