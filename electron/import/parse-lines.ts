// Reads a file (CSV or .xlsx) and parses its rows into batches of sale lines (line-batch.ts). The
// import runs it on a thread of its own (parse-worker.ts) while the main thread writes, or, where
// that thread cannot start, on the main thread itself: the same code, the same lines.
//
// SPEC decides each column's format from all its values. The rows are parsed with the formats the
// first EVIDENCE_ROWS rows give, while the evidence of every row is still gathered; the end
// reports both decisions, and the importer starts again with the final one in the rare file whose
// later rows overturn the first (import-file.ts). Given `formats`, no evidence is gathered.
import { createEvidenceCollector, EVIDENCE_ROWS, type ColumnFormats } from '../../shared/import/column-formats';
import type { ColumnMapping, ImportLocale } from '../../shared/import/fields';
import { createRowParser, emptySaleLine, isBlankRow } from '../../shared/import/parse-row';
import type { FileKind } from './file-kind';
import { createLineBatchBuilder, type LineBatch } from './line-batch';
import { openTable } from './open-table';
import type { CsvEncoding } from './read-csv';
import { tableChunks } from './read-table-rows';
import { toReject } from './reject-row';
import type { RowChunk } from './row-chunk';

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

/** The formats the rows were parsed with, those the whole file gives, and each customer's latest texts. */
export type ParseEnd = { provisional: ColumnFormats; final: ColumnFormats; latest: Int32Array<ArrayBuffer> };

export const LINES_PER_BATCH = 8192;

/** The file's lines in batches; `onBytes` hears of each block read. */
export async function* parseLines(job: ParseJob, onBytes: (bytes: number) => void): AsyncGenerator<LineBatch, ParseEnd> {
  const table = await openTable({
    path: job.path,
    fileName: job.fileName,
    kind: job.kind,
    sheet: job.sheet,
    encoding: job.encoding,
    mappingGiven: job.mappingGiven,
    onBytes,
  });
  const builder = createLineBatchBuilder(LINES_PER_BATCH);
  const evidence = createEvidenceCollector(job.mapping);
  let provisional = job.formats;
  try {
    const chunks = tableChunks(table);
    // The formats: given, or from the first rows (held, then parsed like the rest).
    const held: RowChunk[] = [];
    if (provisional === undefined) {
      let count = 0;
      while (count < EVIDENCE_ROWS) {
        const next = await chunks.next();
        if (next.done) break;
        held.push(next.value);
        const { rows, numbers } = next.value;
        for (let i = 0; i < rows.length; i++) {
          if (numbers[i]! <= table.headerRow || isBlankRow(rows[i]!)) continue;
          evidence.add(rows[i]!);
          count++;
        }
      }
      provisional = evidence.decide(job.locale);
    }
    // A CSV's formats follow every row (SPEC); a workbook's, like its preview's, the first rows.
    const gather = job.formats === undefined && job.kind === 'csv';
    const parse = createRowParser(job.mapping, provisional, job.locale);
    const line = emptySaleLine();
    const headerRow = table.headerRow;
    const headers = table.headers;
    /** Whole batches of the chunk's rows; the last, partial one stays in the builder. */
    function* take({ rows, numbers }: RowChunk, counted: boolean): Generator<LineBatch> {
      for (let i = 0; i < rows.length; i++) {
        if (numbers[i]! <= headerRow) continue;
        const cells = rows[i]!;
        if (isBlankRow(cells)) continue;
        if (gather && !counted && !evidence.settled()) evidence.add(cells);
        builder.read();
        const bad = parse(cells, line);
        if (bad) builder.reject(toReject(headers, numbers[i]!, cells, bad));
        else builder.push(line);
        if (builder.size() === LINES_PER_BATCH) yield builder.take(); // a batch holds no more lines than its arrays
      }
    }
    for (const chunk of held) yield* take(chunk, true);
    held.length = 0;
    for (;;) {
      const next = await chunks.next();
      if (next.done) break;
      yield* take(next.value, false);
    }
    if (builder.size() > 0) yield builder.take();
  } finally {
    await table.close();
  }
  const final = job.formats === undefined && job.kind === 'csv' ? evidence.decide(job.locale) : provisional;
  return { provisional, final, latest: builder.latest() };
}
