// A large run's writing on a thread of its own (worker_threads), and before it the fit of its
// models while the main thread ranks the customers: the main thread makes each
// customer's row values (run-results-table.ts) and sends them in batches; this thread writes them
// through a connection of its own, in one write transaction, by the steps of store-run.ts. At 5
// million lines writing the 200,000 rows takes longer than making them: the two now overlap.
// Bundled on its own to dist/run-writer.js.
import { parentPort, workerData } from 'node:worker_threads';
import { toApiError, type ApiError } from '../../shared/api/errors';
import { fitModels, type FitResult } from '../../shared/models';
import { openDatabase } from '../db/open-database';
import { runResultsWriter, type CustomerRowValues, type OtherRowValues } from '../db/run-results-table';
import { unpackSummaries } from './packed-summaries';
import { beginStoredRun, endStoredRun, type RunHeader } from './store-run';

export type WriterData = { dbPath: string };

export type ToWriter =
  | { type: 'fit'; summaries: Float64Array }
  | { type: 'begin'; header: RunHeader }
  | { type: 'rows'; customers: CustomerRowValues[]; others: OtherRowValues[] }
  | { type: 'end' }
  | { type: 'abort' };

/** `written`: a batch is in (the main thread keeps only a few batches ahead of the writing). */
export type FromWriter =
  | { type: 'ready' }
  | { type: 'fitted'; fit: FitResult }
  | { type: 'written' }
  | { type: 'done'; id: number }
  | { type: 'error'; error: ApiError };

const port = parentPort!;
const post = (m: FromWriter) => port.postMessage(m);
const db = openDatabase((workerData as WriterData).dbPath);
// No foreign key checks (a lookup of the customer and of the run for each of 200,000 rows, a
// fifth of the writing): the run's row is written in the same transaction, and beginStoredRun
// refuses to write unless the customers are as the run's readers saw them, under the write lock.
db.pragma('foreign_keys = OFF');
// The rows go to the file as they come (appended in rank order): a small cache is enough, and
// the run's memory stays within its bound.
db.pragma('cache_size = -8192');
let run: { id: number; header: RunHeader; write: ReturnType<typeof runResultsWriter> } | null = null;

function handle(m: ToWriter): void {
  switch (m.type) {
    // Before the writing, while the main thread ranks the customers: the models' fit.
    case 'fit':
      post({ type: 'fitted', fit: fitModels(unpackSummaries(m.summaries)) });
      return;
    case 'begin': {
      db.exec('BEGIN IMMEDIATE');
      const id = beginStoredRun(db, m.header);
      run = { id, header: m.header, write: runResultsWriter(db, id) };
      return;
    }
    case 'rows':
      for (const values of m.customers) run!.write.customer(values);
      for (const values of m.others) run!.write.other(values);
      post({ type: 'written' });
      return;
    case 'end':
      endStoredRun(db, run!.id, run!.header);
      db.exec('COMMIT');
      post({ type: 'done', id: run!.id });
      run = null;
      return;
    case 'abort':
      if (db.inTransaction) db.exec('ROLLBACK');
      run = null;
      return;
  }
}

port.on('message', (m: ToWriter) => {
  try {
    handle(m);
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    run = null;
    post({ type: 'error', error: toApiError(e) });
  }
});
post({ type: 'ready' });
