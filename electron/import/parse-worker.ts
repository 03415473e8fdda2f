// The import's reading and parsing (CSV and .xlsx), on a thread of its own (worker_threads) while the main
// thread writes to SQLite: on two cores the file is decoded, split and parsed at the same time as
// the lines before it are inserted. Bundled on its own to dist/import-worker.js; it only reads the
// file. The lines travel in batches (line-batch.ts); at most IN_FLIGHT batches wait for the
// writer, so a slow disk cannot make the parsed file pile up in memory.
//
// SPEC decides each column's format from all its values, so the import used to read the whole
// file once for the evidence before parsing a row. Here the rows are parsed with the formats the
// first EVIDENCE_ROWS rows give, while the evidence of every row is still gathered; the end
// reports both decisions, and the importer starts again with the final one in the rare file
// whose later rows overturn the first (import-file.ts). Given `formats`, no evidence is gathered.
import { parentPort, workerData } from 'node:worker_threads';
import { toApiError, type ApiError } from '../../shared/api/errors';
import { createEvidenceCollector, EVIDENCE_ROWS, type ColumnFormats } from '../../shared/import/column-formats';
import type { ColumnMapping, ImportLocale } from '../../shared/import/fields';
import { createRowParser, emptySaleLine, isBlankRow } from '../../shared/import/parse-row';
import { createLineBatchBuilder, type LineBatch } from './line-batch';
import { openTable } from './open-table';
import type { FileKind } from './file-kind';
import { NotUtf8Error, type CsvEncoding } from './read-csv';
import { tableChunks } from './read-table-rows';
import type { RowChunk } from './row-chunk';
import { toReject } from './reject-row';

export type ParseJob = {
  path: string;
  fileName: string;
  kind: FileKind;
  /** .xlsx: the sheet the import reads (the one whose header was found). */
  sheet?: string;
  encoding?: CsvEncoding;
  mappingGiven: boolean;
  mapping: ColumnMapping;
  /** Decided already (a second try): parse with these. Absent: decide as described above. */
  formats?: ColumnFormats;
  locale: ImportLocale;
};

/** From the worker: a batch and the bytes read for it, the end, or what went wrong. */
export type FromParser =
  | { type: 'batch'; batch: LineBatch; bytes: number }
  | { type: 'done'; provisional: ColumnFormats; final: ColumnFormats }
  | { type: 'error'; notUtf8: boolean; error: ApiError };

/** To the worker: a batch was written, send the next. */
export type ToParser = { type: 'ack' };

const LINES_PER_BATCH = 8192;
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
  const table = await openTable({
    path: job.path,
    fileName: job.fileName,
    kind: job.kind,
    sheet: job.sheet,
    encoding: job.encoding,
    mappingGiven: job.mappingGiven,
    onBytes: (n) => void (bytes += n),
  });
  const chunks = tableChunks(table);
  const dataRows = (chunk: RowChunk) => chunk.rows.filter((cells, i) => chunk.numbers[i]! > table.headerRow && !isBlankRow(cells));
  // The formats: given, or from the first rows (held, then parsed like the rest).
  const evidence = createEvidenceCollector(job.mapping);
  const held: RowChunk[] = [];
  let provisional = job.formats;
  if (provisional === undefined) {
    let count = 0;
    while (count < EVIDENCE_ROWS) {
      const next = await chunks.next();
      if (next.done) break;
      held.push(next.value);
      for (const cells of dataRows(next.value)) {
        evidence.add(cells);
        count++;
      }
    }
    provisional = evidence.decide(job.locale);
  }
  // A CSV's formats follow every row (SPEC); a workbook's, like its preview's, the first rows.
  const gather = job.formats === undefined && job.kind === 'csv';
  const parse = createRowParser(job.mapping, provisional, job.locale);
  const line = emptySaleLine();
  const builder = createLineBatchBuilder(LINES_PER_BATCH);
  const send = async () => {
    const batch = builder.take();
    inFlight++;
    port.postMessage({ type: 'batch', batch, bytes } satisfies FromParser, [batch.figures.buffer, batch.wordRefs.buffer]);
    bytes = 0;
    while (inFlight >= IN_FLIGHT) await new Promise<void>((resolve) => (wake = resolve));
  };
  const take = async ({ rows, numbers }: RowChunk, counted: boolean) => {
    for (let i = 0; i < rows.length; i++) {
      if (numbers[i]! <= table.headerRow) continue;
      const cells = rows[i]!;
      if (isBlankRow(cells)) continue;
      if (gather && !counted && !evidence.settled()) evidence.add(cells);
      builder.read();
      const bad = parse(cells, line);
      if (bad) builder.reject(toReject(table.headers, numbers[i]!, cells, bad));
      else builder.push(line);
      if (builder.size() === LINES_PER_BATCH) await send(); // a batch holds no more lines than its arrays
    }
  };
  try {
    for (const chunk of held) await take(chunk, true);
    for (;;) {
      const next = await chunks.next();
      if (next.done) break;
      await take(next.value, false);
    }
    if (builder.size() > 0) await send();
  } finally {
    await table.close();
  }
  const final = gather ? evidence.decide(job.locale) : provisional;
  port.postMessage({ type: 'done', provisional, final } satisfies FromParser);
}

if (parentPort) {
  run(workerData as ParseJob).catch((e: unknown) => {
    parentPort!.postMessage({ type: 'error', notUtf8: e instanceof NotUtf8Error, error: toApiError(e) } satisfies FromParser);
  });
}
