// Reads a file (CSV or .xlsx) and parses its rows into batches of sale lines (line-batch.ts). The
// import runs it on a thread of its own (parse-worker.ts) while the main thread writes, or, where
// that thread cannot start, on the main thread itself: the same code, the same lines. A large
// CSV is read in two parts at once, each by its own thread (`part`, import-file.ts).
//
// SPEC decides each column's format from all its values. The rows are parsed with the formats the
// first EVIDENCE_ROWS rows give, while the evidence of every row is still gathered; the end
// reports both, and the importer starts again with the whole file's decision in the rare file
// whose later rows overturn the first (import-file.ts). Given `formats`, no evidence is gathered.
import { createEvidenceCollector, EVIDENCE_ROWS, type ColumnFormats, type EvidenceCounts } from '../../shared/import/column-formats';
import type { Cell } from '../../shared/import/detect-header';
import type { ColumnMapping, ImportLocale } from '../../shared/import/fields';
import { createRowParser, emptySaleLine, isBlankRow } from '../../shared/import/parse-row';
import type { FileKind } from './file-kind';
import { createLineBatchBuilder, type LineBatch } from './line-batch';
import { openTable } from './open-table';
import { parseCsvBytes, readsAsBytes, type CsvBytesJob } from './parse-csv-bytes';
import { createByteRowParser } from './parse-row-bytes';
import { readCsvRows, type CsvEncoding } from './read-csv';
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
  /**
   * A CSV read in two parts: this part's bytes. The first ({ start: 0, end }) holds the header;
   * a later one starts where a record starts, and numbers its rows from there.
   */
  part?: { start: number; end?: number };
  /** false: read a CSV the general way only, never from its bytes (parse-csv-bytes.ts); the tests compare the two. */
  fromBytes?: boolean;
};

export type ParseEnd = {
  /** The formats the rows were parsed with. */
  provisional: ColumnFormats;
  /** The evidence of every row, when the whole file decides (a CSV whose formats were not given). */
  evidence: EvidenceCounts | null;
  /** Each customer's latest texts (line-batch.ts). */
  latest: Int32Array<ArrayBuffer>;
  /** The first part of a CSV: its records, blank ones included (the later part's rows follow them). */
  records: number | null;
};

export const LINES_PER_BATCH = 8192;
const FIRST_BATCH_LINES = 512;

/** The file's lines in batches; `onBytes` hears of each block read. */
export async function* parseLines(job: ParseJob, onBytes: (bytes: number) => void): AsyncGenerator<LineBatch, ParseEnd> {
  const later = job.part !== undefined && job.part.start > 0;
  let records: number | null = null;
  let tableBytes = 0;
  const table = await openTable({
    path: job.path,
    fileName: job.fileName,
    kind: job.kind,
    sheet: job.sheet,
    encoding: job.encoding,
    mappingGiven: job.mappingGiven,
    // A later part reads the beginning only for the header and the first rows' formats.
    onBytes: later
      ? undefined
      : (n) => {
          tableBytes += n;
          onBytes(n);
        },
    end: later ? undefined : job.part?.end,
    onEnd: (n) => void (records = n),
  });
  const builder = createLineBatchBuilder(LINES_PER_BATCH);
  const evidence = createEvidenceCollector(job.mapping);
  let provisional = job.formats;
  // A CSV's formats follow every row (SPEC); a workbook's, like its preview's, the first rows.
  const gather = job.formats === undefined && job.kind === 'csv';
  let rest: AsyncGenerator<RowChunk> | null = null;
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
    const formats = provisional;
    const parse = createRowParser(job.mapping, formats, job.locale);
    const line = emptySaleLine();
    const headerRow = later ? 0 : table.headerRow;
    const headers = table.headers;
    /** A data row (`counted`: its evidence is in already). */
    const takeRow = (cells: Cell[], number: number, counted: boolean) => {
      if (number <= headerRow || isBlankRow(cells)) return;
      if (gather && !counted) evidence.add(cells);
      builder.read();
      const bad = parse(cells, line);
      if (bad) builder.reject(toReject(headers, number, cells, bad));
      else builder.push(line);
    };
    // A batch holds no more lines than its arrays. The first ones are smaller: the writer starts
    // on them while this thread's code is still being optimised (the first 8,192 lines took
    // a tenth of a second, the next a fiftieth).
    let batchSize = FIRST_BATCH_LINES;
    const full = () => {
      if (builder.size() < batchSize) return null;
      batchSize = Math.min(batchSize * 2, LINES_PER_BATCH);
      return builder.take();
    };
    /** Whole batches of the chunk's rows; the last, partial one stays in the builder. */
    function* take({ rows, numbers }: RowChunk, counted: boolean): Generator<LineBatch> {
      for (let i = 0; i < rows.length; i++) {
        takeRow(rows[i]!, numbers[i]!, counted);
        const batch = full();
        if (batch) yield batch;
      }
    }
    const dialect = table.dialect;
    const fromBytes = job.fromBytes !== false && dialect !== null && readsAsBytes(dialect);
    const bytesJob = (start: number, skip: number, bytesRead: (n: number) => void): CsvBytesJob => ({
      path: job.path,
      dialect: dialect!,
      start,
      end: job.part?.end,
      skip,
      onBytes: bytesRead,
      fast: createByteRowParser({ mapping: job.mapping, formats, locale: job.locale, encoding: dialect!.encoding, builder, evidence: gather ? evidence : null }),
      slow: (cells, number) => takeRow(cells, number, false),
      full,
    });
    if (later) {
      // The first rows belong to the first part: only their evidence counts here, then not at all.
      if (gather) evidence.reset();
      await table.close();
      if (fromBytes) yield* parseCsvBytes(bytesJob(job.part!.start, 0, onBytes));
      else rest = readCsvRows(job.path, { ...dialect!, start: job.part!.start, onBytes });
    } else {
      for (const chunk of held) yield* take(chunk, true);
      if (fromBytes) {
        // Read again from the start: the rows up to the last one taken are done, and their
        // bytes were counted once already.
        let skip = headerRow;
        for (const chunk of held) skip = Math.max(skip, chunk.numbers[chunk.numbers.length - 1] ?? 0);
        await chunks.return(undefined);
        await table.close();
        let seen = 0;
        const counted = tableBytes;
        records = yield* parseCsvBytes(
          bytesJob(0, skip, (n) => {
            const fresh = Math.max(0, seen + n - counted) - Math.max(0, seen - counted);
            seen += n;
            if (fresh > 0) onBytes(fresh);
          }),
        );
      } else rest = chunks;
    }
    held.length = 0;
    for (;;) {
      if (rest === null) break;
      const next = await rest.next();
      if (next.done) break;
      yield* take(next.value, false);
    }
    if (builder.size() > 0) yield builder.take();
  } finally {
    await rest?.return(undefined);
    await table.close();
  }
  return { provisional, evidence: gather ? evidence.counts() : null, latest: builder.latest(), records: later ? null : records };
}
