// The main thread's end of the reading thread (reader-worker.ts): an import session whose every
// request is answered by that thread. The thread runs with a bounded heap; running out of it, a
// crash, a cancel or (for a preview) a time limit each end the thread and become one typed
// error, and the main thread (the window, the web host) carries on. Where the thread's bundle is
// missing (the sources run without `node build/build-node.mjs`), the same session runs in place.
import { Worker } from 'node:worker_threads';
import { apiError, fromApiError, type TypedError } from '../../shared/api/errors';
import { findWorkerScript } from '../worker-script';
import { createImportSession, type ImportSession } from './import-session';
import { LIMITS } from './limits';
import type { FromReader, ToReader } from './reader-worker';

/** dist/import-worker.js (see findWorkerScript). */
export const readerScript = (): string | null => findWorkerScript('import-worker.js');

export type ReaderOptions = {
  fileName: string;
  signal?: AbortSignal;
  /** A preview's limit: past it the thread is ended. */
  timeoutSeconds?: number;
  /** false: read on this thread (the tests compare both). */
  thread?: boolean;
  /** The thread's heap, in MB (LIMITS.workerHeapMb; a test gives less, to see the thread run out of it). */
  heapMb?: number;
};

export function startReader(o: ReaderOptions): ImportSession {
  const script = o.thread === false ? null : readerScript();
  if (script === null) return inPlace(o);
  const worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: o.heapMb ?? LIMITS.workerHeapMb } });
  const queue: FromReader[] = [];
  let failure: Error | null = null;
  let notify: (() => void) | null = null;
  let ended = false;
  let bytes = 0;
  let timer: NodeJS.Timeout | undefined;
  const wake = () => {
    notify?.();
    notify = null;
  };
  /** Ends the thread with `error` as what every waiting or later request gets. */
  const fail = (error: Error) => {
    failure ??= error;
    wake();
    end();
  };
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    o.signal?.removeEventListener('abort', onAbort);
    void worker.terminate();
  };
  const onAbort = () => fail(apiError('import/cancelled'));
  o.signal?.addEventListener('abort', onAbort);
  if (o.signal?.aborted) onAbort();
  if (o.timeoutSeconds !== undefined) {
    const seconds = o.timeoutSeconds;
    timer = setTimeout(() => fail(apiError('import/preview-timeout', { file: o.fileName, seconds })), seconds * 1000);
  }
  worker.on('message', (m: FromReader) => {
    queue.push(m);
    wake();
  });
  worker.on('error', (e: Error & { code?: string }) => {
    fail(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? apiError('import/out-of-memory', { file: o.fileName }) : e);
  });
  worker.on('exit', () => fail(apiError('import/reader-stopped', { file: o.fileName })));

  const post = (m: ToReader) => {
    if (failure) throw failure;
    worker.postMessage(m);
  };
  /** The thread's next answer; what it reports as an error is thrown here. */
  const next = async (): Promise<FromReader> => {
    while (queue.length === 0 && failure === null) await new Promise<void>((resolve) => (notify = resolve));
    const m = queue.shift();
    if (m === undefined) throw failure!;
    if (m.type !== 'error') return m;
    // A bug on the thread: its own words go to the log, under the reference the user is shown.
    const error: TypedError | Error = m.error.type === 'internal' && m.details ? new Error(m.details) : fromApiError(m.error);
    fail(error);
    throw error;
  };
  const unexpected = (m: FromReader) => new Error(`reader thread: unexpected ${m.type}`);

  return {
    async open(request) {
      post({ type: 'open', request });
      const m = await next();
      if (m.type !== 'table') throw unexpected(m);
      return m.table;
    },
    async *pass(request) {
      post({ type: 'pass', request });
      for (;;) {
        const m = await next();
        if (m.type === 'pass-end') {
          bytes += m.bytes;
          return m.end;
        }
        if (m.type !== 'batch') throw unexpected(m);
        bytes += m.bytes;
        yield m.batch;
        post({ type: 'ack' });
      }
    },
    async preview(request) {
      post({ type: 'preview', request });
      const m = await next();
      if (m.type !== 'preview') throw unexpected(m);
      return m.result;
    },
    takeBytes() {
      const n = bytes;
      bytes = 0;
      return n;
    },
    async close() {
      end();
    },
  };
}

/** The session on this thread, cancellable between its steps. */
function inPlace(o: ReaderOptions): ImportSession {
  const session = createImportSession();
  const check = () => {
    if (o.signal?.aborted) throw apiError('import/cancelled');
  };
  return {
    ...session,
    open: async (request) => {
      check();
      return session.open(request);
    },
    async *pass(request) {
      const batches = session.pass(request);
      try {
        for (;;) {
          check();
          const next = await batches.next();
          if (next.done) return next.value;
          yield next.value;
        }
      } finally {
        await batches.return(undefined as never);
      }
    },
  };
}
