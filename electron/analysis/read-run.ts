// Reads a run's customers from the workspace: on the calling thread, or, for a large workspace,
// on two threads at once (analysis-worker.ts), each with its share of the customers. Either way
// the same rule (shared/analysis/analyze.ts `customerStep`) reduces each customer to its row.
import { Worker } from 'node:worker_threads';
import { collectSteps, type OtherRow, type RunRow } from '../../shared/analysis/analyze';
import type { AnalysisParams } from '../../shared/analysis/params';
import type { RunPlan } from '../../shared/analysis/run-plan';
import { fromApiError, isTypedError } from '../../shared/api/errors';
import type { Db } from '../db/open-database';
import { findWorkerScript } from '../worker-script';
import type { AnalysisJob, FromAnalysis } from './analysis-worker';
import { SLICE, sliceCounter, streamCustomers } from './load-sales';
import { unpackRows, type SharedTexts } from './packed-rows';

/** `ids`: each code's customer id, of the rows and others at least. */
export type RunRows = { rows: RunRow[]; others: OtherRow[]; ids: Map<string, number> };

/**
 * Below this many sale lines the threads cost more than they save: starting them and copying their
 * rows back took 0.5 s of CPU at a million lines, for no faster run on a busy machine; at five
 * million, two readers ran in 6.4–6.9 s against 8.0–8.3 s for one (BENCHMARKS.md).
 */
const LINES_FOR_THREADS = 2_000_000;
const THREADS = 2;

/** How many threads read a workspace: 1 (this one) for a small one, or where the worker's bundle is missing. */
export function readersFor(db: Db): number {
  const lines = (db.prepare('SELECT MAX(id) FROM sale_lines').pluck().get() as number | null) ?? 0;
  return lines >= LINES_FOR_THREADS && findWorkerScript('analysis-worker.js') !== null && db.name !== ':memory:' ? THREADS : 1;
}

/**
 * How a run reads: `readers` threads (default: by the workspace's size), sharing slices of `slice`
 * customer ids; `started`: reader threads started earlier (startReaders), which then decide.
 */
export type ReadOptions = { readers?: number; slice?: number; started?: Worker[] };

/**
 * The reader threads of a run, started before it knows its window: loading their code and opening
 * their connections overlaps the main thread's first reads. Empty when the run reads on its own thread.
 */
export function startReaders(db: Db, readers = readersFor(db)): Worker[] {
  const script = findWorkerScript('analysis-worker.js');
  return readers > 1 && script !== null ? Array.from({ length: readers }, () => new Worker(script)) : [];
}

export async function readRun(db: Db, plan: RunPlan, params: AnalysisParams, { readers, slice = SLICE, started }: ReadOptions = {}): Promise<RunRows> {
  const workers = started ?? startReaders(db, readers);
  if (workers.length > 1) {
    const read = await readInThreads(workers, db.name, plan, params, slice);
    if (read !== null) return read;
  }
  const stream = streamCustomers(db);
  return { ...collectSteps(stream.customers, plan, params), ids: stream.ids };
}

/** The customers read by `readers` threads; null when a thread could not start (its modules cannot be loaded where it runs). */
async function readInThreads(workers: Worker[], dbPath: string, plan: RunPlan, params: AnalysisParams, slice: number): Promise<RunRows | null> {
  const out: RunRows = { rows: [], others: [], ids: new Map() };
  // Each reader's rows with their customers' ids, in the order it read them (ascending ids).
  const read = workers.map(() => ({ rows: [] as RunRow[], ids: [] as number[] }));
  const otherIds: number[] = [];
  const common: SharedTexts = new Map();
  const readers = workers.length;
  const next = sliceCounter();
  let started = 0;
  try {
    await Promise.all(
      workers.map(
        (worker, k) =>
          new Promise<void>((done, fail) => {
            worker.on('message', (m: FromAnalysis) => {
              if (m.type === 'started') started++;
              else if (m.type === 'batch') {
                unpackRows(m.rows, read[k]!.rows, common);
                for (const id of m.rowIds) read[k]!.ids.push(id);
                for (const o of m.others) out.others.push(o);
                for (const id of m.otherIds) otherIds.push(id);
              } else if (m.type === 'done') done();
              else fail(fromApiError(m.error));
            });
            worker.on('error', fail);
            worker.on('exit', (code) => fail(new Error(`analysis reader stopped (exit ${code})`)));
            const job: AnalysisJob = { dbPath, window: plan.window, latestSale: plan.latestSale, params, share: { slice, next } };
            worker.postMessage(job);
          }),
      ),
    );
  } catch (e) {
    if (started < readers && !isTypedError(e)) return null;
    throw e;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  out.rows = inIdOrder(read);
  // Keyed by the rows' own code strings: looking them up again as the run is written is quick.
  for (const { rows, ids } of read) rows.forEach((r, i) => out.ids.set(r.code, ids[i]!));
  out.others.forEach((o, i) => out.ids.set(o.code, otherIds[i]!));
  return out;
}

/**
 * The readers' rows in the order of their customers' ids, as one thread reads them: the models'
 * sums then add up in the same order at every run (in the order the rows arrived, a run and its
 * repetition differed in the 5th digit of a Gamma-Gamma parameter).
 */
function inIdOrder(read: { rows: RunRow[]; ids: number[] }[]): RunRow[] {
  const rows: RunRow[] = [];
  const at = read.map(() => 0);
  for (;;) {
    let first = -1;
    for (let k = 0; k < read.length; k++) {
      if (at[k]! < read[k]!.ids.length && (first === -1 || read[k]!.ids[at[k]!]! < read[first]!.ids[at[first]!]!)) first = k;
    }
    if (first === -1) return rows;
    rows.push(read[first]!.rows[at[first]!++]!);
  }
}
