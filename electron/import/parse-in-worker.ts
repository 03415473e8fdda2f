// The main thread's end of parse-worker.ts: starts the worker and hands its batches to the
// import as they come, acknowledging each once it is written. Stopping early (a cancel, an error
// while writing) ends the worker. Where the worker's bundle is missing (the sources run without
// `node build/build-node.mjs`), the import runs the same parsing on the main thread.
import { Worker } from 'node:worker_threads';
import { fromApiError } from '../../shared/api/errors';
import { findWorkerScript } from '../worker-script';
import type { LineBatch } from './line-batch';
import type { ParseEnd, ParseJob } from './parse-lines';
import type { FromParser, ToParser } from './parse-worker';
import { NotUtf8Error, PartMisalignedError } from './read-csv';

/** dist/import-worker.js (see findWorkerScript). */
export const parseWorkerScript = (): string | null => findWorkerScript('import-worker.js');

/**
 * A parsing thread, started before its job is known: loading its code takes a tenth of a second,
 * which the import spends meanwhile finding the file's header and columns.
 */
export const startParseWorker = (script: string): Worker => new Worker(script);

/** The batches of the file, as parseLines gives them, parsed on `worker` (from startParseWorker), which this ends. */
export async function* parsedBatches(worker: Worker, job: ParseJob, onBytes: (bytes: number) => void): AsyncGenerator<LineBatch, ParseEnd> {
  const queue: FromParser[] = [];
  let failure: Error | null = null;
  let notify: (() => void) | null = null;
  const wakeUp = () => {
    notify?.();
    notify = null;
  };
  worker.on('message', (m: FromParser) => {
    queue.push(m);
    wakeUp();
  });
  worker.on('error', (e) => {
    failure = e;
    wakeUp();
  });
  worker.on('exit', (code) => {
    failure ??= new Error(`o leitor do arquivo parou (código ${code})`);
    wakeUp();
  });
  // A thread started early that stopped before now would never say so again.
  if (worker.threadId === -1) failure = new Error('o leitor do arquivo parou antes de começar');
  worker.postMessage({ type: 'job', job } satisfies ToParser);
  try {
    for (;;) {
      while (queue.length === 0 && failure === null) await new Promise<void>((resolve) => (notify = resolve));
      const m = queue.shift();
      if (m === undefined) throw failure!;
      if (m.type === 'done') {
        const { type: _, ...end } = m;
        return end;
      }
      if (m.type === 'error') {
        if (m.retry === 'not-utf8') throw new NotUtf8Error(fromApiError(m.error).message);
        if (m.retry === 'misaligned') throw new PartMisalignedError(fromApiError(m.error).message);
        throw fromApiError(m.error);
      }
      onBytes(m.bytes);
      yield m.batch;
      worker.postMessage({ type: 'ack' } satisfies ToParser);
    }
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}
