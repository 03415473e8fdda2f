// The reading thread (worker_threads) of an import or a preview: it runs an import session
// (import-session.ts) on requests from the main thread, which meanwhile writes to SQLite, and
// keeps the main thread (the window, the web host) out of reach of any file: a crash, a loop or
// a runaway allocation here ends this thread only (it runs with a bounded heap). Bundled on its
// own to dist/import-worker.js; it only reads the file. At most IN_FLIGHT batches wait for the
// writer, so a slow disk cannot make the parsed file pile up in memory.
import { parentPort } from 'node:worker_threads';
import { isTypedError, toApiError, type ApiError } from '../../shared/api/errors';
import { createImportSession, type OpenRequest, type PreviewRequest, type PreviewResult, type SheetPass, type TableInfo } from './import-session';
import type { LineBatch } from './line-batch';
import type { PassEnd } from './parse-pass';

export type ToReader =
  | { type: 'open'; request: OpenRequest }
  | { type: 'pass'; request: SheetPass }
  | { type: 'preview'; request: PreviewRequest }
  /** A batch was written: the reader may send another. */
  | { type: 'ack' };

export type FromReader =
  | { type: 'table'; table: TableInfo }
  | { type: 'batch'; batch: LineBatch; bytes: number }
  | { type: 'pass-end'; end: PassEnd; bytes: number }
  | { type: 'preview'; result: PreviewResult }
  /** `details`: what a bug's error said, for the log (never shown). */
  | { type: 'error'; error: ApiError; details?: string };

const IN_FLIGHT = 8;

function serve(port: NonNullable<typeof parentPort>) {
  const session = createImportSession();
  const send = (m: FromReader, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);
  let inFlight = 0;
  let wake: (() => void) | null = null;

  const pass = async (request: SheetPass) => {
    const batches = session.pass(request);
    for (;;) {
      const next = await batches.next();
      if (next.done) {
        send({ type: 'pass-end', end: next.value, bytes: session.takeBytes() }, [next.value.latest.buffer]);
        return;
      }
      const batch = next.value;
      inFlight++;
      send({ type: 'batch', batch, bytes: session.takeBytes() }, [batch.figures.buffer, batch.textRefs.buffer, batch.customerRefs.buffer, batch.orderRefs.buffer]);
      while (inFlight >= IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
    }
  };

  const handle = async (m: Exclude<ToReader, { type: 'ack' }>) => {
    if (m.type === 'open') send({ type: 'table', table: await session.open(m.request) });
    else if (m.type === 'preview') send({ type: 'preview', result: await session.preview(m.request) });
    else await pass(m.request);
  };

  port.on('message', (m: ToReader) => {
    if (m.type === 'ack') {
      inFlight--;
      wake?.();
      wake = null;
      return;
    }
    handle(m).catch((e: unknown) => {
      send({ type: 'error', error: toApiError(e), details: isTypedError(e) ? undefined : String((e as Error)?.stack ?? e) });
    });
  });
}

if (parentPort) serve(parentPort);
