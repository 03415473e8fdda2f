// Stores a finished run: on this thread in one transaction, or for a large workspace through a
// writer thread (run-writer.ts) while this thread makes the rows' values. Both take the steps of
// store-run.ts and the row values of run-results-table.ts.
import { Worker } from 'node:worker_threads';
import type { AnalysisRun } from '../../shared/analysis/analyze';
import type { CustomerSummary, FitResult } from '../../shared/models';
import { fromApiError } from '../../shared/api/errors';
import type { Db } from '../db/open-database';
import { customerIdOf, customerRowValues, insertRunResults, otherRowValues, type CustomerRowValues, type OtherRowValues } from '../db/run-results-table';
import { findWorkerScript } from '../worker-script';
import { packSummaries } from './packed-summaries';
import type { FromWriter, ToWriter, WriterData } from './run-writer';
import { beginStoredRun, endStoredRun, type RunHeader } from './store-run';

/** Rows per message, and messages sent ahead of the writing: what waits in memory stays small. */
const BATCH = 256;
const AHEAD = 8;

/**
 * A writer thread started with the run's readers (it opens its connection while they read).
 * `ready`: false when it could not start (its modules cannot be loaded where it runs).
 */
export type RunWriter = { worker: Worker; ready: Promise<boolean>; next(): Promise<FromWriter> };

/** A writer thread for `db`'s file; null where its script was not built. */
export function startRunWriter(db: Db): RunWriter | null {
  const script = findWorkerScript('run-writer.js');
  if (script === null || db.memory) return null;
  const worker = new Worker(script, { workerData: { dbPath: db.name } satisfies WriterData });
  const arrived: FromWriter[] = [];
  let waiting: ((m: FromWriter | Error) => void) | null = null;
  let stopped: Error | null = null;
  const give = (m: FromWriter | Error) => {
    const w = waiting;
    waiting = null;
    if (w) w(m);
    else if (m instanceof Error) stopped ??= m;
    else arrived.push(m);
  };
  worker.on('message', give);
  worker.on('error', give);
  worker.on('exit', (code) => give(new Error(`run writer stopped (exit ${code})`)));
  const next = () =>
    new Promise<FromWriter>((resolve, reject) => {
      const m = arrived.shift() ?? stopped;
      const settle = (x: FromWriter | Error) => (x instanceof Error ? reject(x) : resolve(x));
      if (m) settle(m);
      else waiting = settle;
    });
  return { worker, ready: next().then((m) => m.type === 'ready', () => false), next };
}

/**
 * The models fitted to `summaries` on a writer thread that started (`await writer.ready` first),
 * with fitModels, the same function: the summaries leave before this returns, so the thread fits
 * while the caller goes on to rank the customers (posted after an await, they left only once the
 * ranking was done, and the fit's 0.5 s at 5M lines followed it). Null when the writer did not fit.
 */
export function fitOnWriter({ worker, next }: RunWriter, summaries: readonly CustomerSummary[]): Promise<FitResult | null> {
  worker.postMessage({ type: 'fit', summaries: packSummaries(summaries) } satisfies ToWriter);
  return next().then((m) => (m.type === 'fitted' ? m.fit : null));
}

/** Stores the run; returns its id. `writer`: a writer thread, used when it started (else this thread writes). */
export async function writeRun(db: Db, header: RunHeader, result: AnalysisRun, ids: ReadonlyMap<string, number>, writer: RunWriter | null): Promise<number> {
  if (writer !== null && (await writer.ready)) return writeThroughThread(writer, header, result, ids);
  return db
    .transaction(() => {
      const id = beginStoredRun(db, header);
      // The results are made one at a time as they are written.
      insertRunResults(db, id, result.customers(), result.others(), ids);
      endStoredRun(db, id, header);
      return id;
    })
    .immediate();
}

async function writeThroughThread({ worker, next }: RunWriter, header: RunHeader, result: AnalysisRun, ids: ReadonlyMap<string, number>): Promise<number> {
  const send = (m: ToWriter) => worker.postMessage(m);
  const expect = async <T extends FromWriter['type']>(type: T): Promise<Extract<FromWriter, { type: T }>> => {
    const m = await next();
    if (m.type === 'error') throw fromApiError(m.error);
    if (m.type !== type) throw new Error(`run writer: ${m.type}, not ${type}`);
    return m as Extract<FromWriter, { type: T }>;
  };
  const idOf = customerIdOf(ids);
  let ahead = 0;
  let batch: { customers: CustomerRowValues[]; others: OtherRowValues[] } = { customers: [], others: [] };
  const flush = async () => {
    send({ type: 'rows', ...batch });
    batch = { customers: [], others: [] };
    for (ahead++; ahead > AHEAD; ahead--) await expect('written');
  };
  try {
    send({ type: 'begin', header });
    let rank = 0;
    for (const c of result.customers()) {
      batch.customers.push(customerRowValues(c, ++rank, idOf(c.code)));
      if (batch.customers.length >= BATCH) await flush();
    }
    for (const o of result.others()) {
      batch.others.push(otherRowValues(o, ++rank, idOf(o.code)));
      if (batch.customers.length + batch.others.length >= BATCH) await flush();
    }
    await flush();
    send({ type: 'end' });
    for (; ahead > 0; ahead--) await expect('written');
    return (await expect('done')).id;
  } catch (e) {
    send({ type: 'abort' });
    throw e;
  }
}
