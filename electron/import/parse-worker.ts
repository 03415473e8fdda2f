// The import's reading and parsing (parse-lines.ts) on a thread of its own (worker_threads),
// while the main thread writes to SQLite: on two cores the file is decoded, split and parsed at
// the same time as the lines before it are inserted. Bundled on its own to dist/import-worker.js;
// it only reads the file. At most IN_FLIGHT batches wait for the writer, so a slow disk cannot
// make the parsed file pile up in memory.
import { parentPort } from 'node:worker_threads';
import { toApiError, type ApiError } from '../../shared/api/errors';
import { parseLines, type ParseEnd, type ParseJob } from './parse-lines';
import type { LineBatch } from './line-batch';
import { NotUtf8Error, PartMisalignedError } from './read-csv';

/** From the worker: a batch and the bytes read for it, the end, or what went wrong. */
export type FromParser =
  | { type: 'batch'; batch: LineBatch; bytes: number }
  | ({ type: 'done' } & ParseEnd)
  | { type: 'error'; /** What the importer retries differently. */ retry: 'not-utf8' | 'misaligned' | null; error: ApiError };

/** To the worker: what to parse (first: the worker starts before the import knows), then each batch written. */
export type ToParser = { type: 'job'; job: ParseJob } | { type: 'ack' };

const IN_FLIGHT = 3;

async function run(job: ParseJob): Promise<void> {
  const port = parentPort!;
  let bytes = 0;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  port.on('message', (m: ToParser) => {
    if (m.type !== 'ack') return;
    inFlight--;
    wake?.();
    wake = null;
  });
  const lines = parseLines(job, (n) => void (bytes += n));
  for (;;) {
    const next = await lines.next();
    if (next.done) {
      const end = next.value;
      port.postMessage({ type: 'done', ...end } satisfies FromParser, [end.latest.buffer]);
      return;
    }
    const batch = next.value;
    inFlight++;
    port.postMessage({ type: 'batch', batch, bytes } satisfies FromParser, [batch.figures.buffer, batch.textRefs.buffer, batch.customerRefs.buffer, batch.orderRefs.buffer]);
    bytes = 0;
    while (inFlight >= IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
  }
}

if (parentPort) {
  parentPort.once('message', (m: ToParser) => {
    if (m.type !== 'job') return;
    run(m.job).catch((e: unknown) => {
      const retry = e instanceof NotUtf8Error ? 'not-utf8' : e instanceof PartMisalignedError ? 'misaligned' : null;
      parentPort!.postMessage({ type: 'error', retry, error: toApiError(e) } satisfies FromParser);
    });
  });
}
