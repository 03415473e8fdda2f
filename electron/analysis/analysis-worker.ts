// A run's reading of the sales on a thread of its own (worker_threads): its share of the
// customers (the next slice of ids no reader has taken, load-sales.ts) through a read-only connection of its own,
// each reduced to its row of the run or its entry among the others (shared/analysis/analyze.ts
// `customerStep`), sent to the main thread in batches. Two of them read a large workspace on two
// cores at once. Bundled on its own to dist/analysis-worker.js.
import { parentPort } from 'node:worker_threads';
import { customerStep, type OtherRow, type RunRow } from '../../shared/analysis/analyze';
import type { AnalysisParams } from '../../shared/analysis/params';
import type { SnappedWindow } from '../../shared/analysis/periods';
import { runPlan } from '../../shared/analysis/run-plan';
import { toApiError, type ApiError } from '../../shared/api/errors';
import type { Day } from '../../shared/domain/calendar';
import { openDatabase } from '../db/open-database';
import { streamCustomers, type ReaderShare } from './load-sales';
import { packRows, type PackedRows } from './packed-rows';

export type AnalysisJob = { dbPath: string; window: SnappedWindow; latestSale: Day | null; params: AnalysisParams; share: ReaderShare };

/**
 * From the worker: a batch of rows and others with their customers' ids (numbers: their codes are
 * in the rows, and a second copy of 200,000 codes cost the main thread while it shares the cores
 * with the readers), the end, or what went wrong.
 */
export type FromAnalysis =
  | { type: 'started' }
  | { type: 'batch'; rows: PackedRows; rowIds: number[]; others: OtherRow[]; otherIds: number[] }
  | { type: 'done' }
  | { type: 'error'; error: ApiError };

/** Customers per message: large enough that posting costs little, small enough to stay young garbage. */
const BATCH = 2048;

function run(job: AnalysisJob): void {
  const port = parentPort!;
  const db = openDatabase(job.dbPath, { readonly: true });
  port.postMessage({ type: 'started' } satisfies FromAnalysis);
  try {
    // A sequential read: a large page cache would only hold what was read.
    db.pragma('cache_size = -8192');
    const plan = runPlan(job.window, job.latestSale, job.params.xyzMeasure);
    const stream = streamCustomers(db, job.share);
    const empty = () => ({ rows: [] as RunRow[], rowIds: [] as number[], others: [] as OtherRow[], otherIds: [] as number[] });
    let batch = empty();
    const send = () => {
      const rows = packRows(batch.rows);
      port.postMessage({ type: 'batch', ...batch, rows } satisfies FromAnalysis, [rows.numbers.buffer]);
    };
    for (const input of stream.customers) {
      const step = customerStep(input, plan, job.params);
      if (!step) continue;
      const id = stream.ids.get(input.code)!;
      if ('row' in step) {
        batch.rows.push(step.row);
        batch.rowIds.push(id);
      } else {
        batch.others.push(step.other);
        batch.otherIds.push(id);
      }
      if (batch.rows.length + batch.others.length >= BATCH) {
        send();
        batch = empty();
      }
    }
    send();
    port.postMessage({ type: 'done' } satisfies FromAnalysis);
  } finally {
    db.close();
  }
}

parentPort!.once('message', (job: AnalysisJob) => {
  try {
    run(job);
  } catch (e) {
    parentPort!.postMessage({ type: 'error', error: toApiError(e) } satisfies FromAnalysis);
  }
});
