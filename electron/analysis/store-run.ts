// The steps of storing a run, inside one write transaction: its summary row, its rows
// (run-results-table.ts), then whether it becomes the current analysis. The same steps whether the
// run is written on the thread that made it or on a thread of its own (write-run.ts).
import { areDefaultParams, DEFAULT_PARAMS } from '../../shared/analysis/params';
import { resolveWindow, type SnappedWindow } from '../../shared/analysis/periods';
import { apiError } from '../../shared/api/errors';
import { currentRunId, insertRun, setCurrentRun, type NewRun } from '../db/analysis-runs-table';
import { customersStamp } from '../db/data-stamp';
import { activeBatches } from '../db/import-batches-table';
import type { Db } from '../db/open-database';

/**
 * The run's summary as stored, but its sources: they are read in the write transaction.
 * `readStamp`: the workspace's customersStamp when the run read its latest sale, before its
 * sales were read.
 */
export type RunHeader = Omit<NewRun, 'sources' | 'window'> & { window: SnappedWindow; readStamp: string };

/**
 * Writes the run's summary row; returns its id. The workspace must be as the run read it: an
 * import, an undo or a new customer committed since (the only changes of customersStamp, which
 * every change of the lines or of who the customers are makes) ends the run, stored nothing.
 * Holding the write lock from here, the run's customer ids are then those of the customers table.
 */
export function beginStoredRun(db: Db, header: RunHeader): number {
  if (customersStamp(db) !== header.readStamp) throw apiError('analysis/data-changed');
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
