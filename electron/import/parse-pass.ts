// The parse stage: one reading of a sheet (or of the text file) past its header, through the row
// rules (shared/import/parse-row.ts), into batches of numbered sale lines (line-batch.ts).
//
// SPEC decides each column's format from all its values. A first pass, given no formats, holds
// the first rows (EVIDENCE_ROWS, and at most LIMITS.evidenceCells cells), decides from them, and
// reads every row with that decision while it gathers the evidence of all of them; its end
// reports what the whole sheet decides. The importer compares and, in the rare sheet whose later
// rows overturn the first ones, makes a second pass with the whole's decision (import-file.ts).
import { createEvidenceCollector, EVIDENCE_ROWS, type ColumnFormats } from '../../shared/import/column-formats';
import type { Cell } from '../../shared/import/detect-header';
import type { ColumnMapping, ImportLocale } from '../../shared/import/fields';
import { createRowParser, emptySaleLine, isBlankRow } from '../../shared/import/parse-row';
import { LIMITS } from './limits';
import { createLineBatchBuilder, type LineBatch } from './line-batch';
import type { Reading } from './open-table';
import { toReject } from './reject-row';
import type { RowChunk } from './row-chunk';

export type PassRequest = {
  mapping: ColumnMapping;
  /** Decided already (a second pass): read with these, gather nothing. */
  formats?: ColumnFormats;
  locale: ImportLocale;
};

export type PassEnd = {
  /** The formats the rows were read with. */
  formats: ColumnFormats;
  /** What every row of the sheet decides; null when the formats were given. */
  decided: ColumnFormats | null;
  /** Whether a text file read as UTF-8 was UTF-8 throughout (else: Windows-1252, a second pass). */
  utf8Valid: boolean;
  /** Each customer's latest texts (line-batch.ts). */
  latest: Int32Array<ArrayBuffer>;
};

/** The rows of a sheet past its header: those read already, then the rest of the reading. */
export type SheetBody = { headers: string[]; pending: RowChunk; rest: Reading };

export const LINES_PER_BATCH = 8192;
const FIRST_BATCH_LINES = 512;

async function* chunksOf(body: SheetBody): AsyncGenerator<RowChunk> {
  if (body.pending.rows.length > 0) yield body.pending;
  yield* body.rest.rows;
}

/**
 * Takes chunks until EVIDENCE_ROWS non-blank rows (or LIMITS.evidenceCells cells) are held, and
 * returns them with the formats they decide.
 */
export async function holdEvidenceRows(
  chunks: AsyncGenerator<RowChunk>,
  mapping: ColumnMapping,
  locale: ImportLocale,
): Promise<{ formats: ColumnFormats; held: RowChunk[]; evidence: ReturnType<typeof createEvidenceCollector> }> {
  const evidence = createEvidenceCollector(mapping);
  const held: RowChunk[] = [];
  let rows = 0;
  let cells = 0;
  while (rows < EVIDENCE_ROWS && cells < LIMITS.evidenceCells) {
    const next = await chunks.next();
    if (next.done) break;
    held.push(next.value);
    for (const row of next.value.rows) {
      cells += row.length;
      if (isBlankRow(row)) continue;
      evidence.add(row);
      rows++;
    }
  }
  return { formats: evidence.decide(locale), held, evidence };
}

/** The sheet's lines in batches, as the row rules read them. */
export async function* parsePass(body: SheetBody, request: PassRequest): AsyncGenerator<LineBatch, PassEnd> {
  const { mapping, locale } = request;
  const chunks = chunksOf(body);
  const builder = createLineBatchBuilder(LINES_PER_BATCH);
  try {
    const first = request.formats === undefined ? await holdEvidenceRows(chunks, mapping, locale) : null;
    const formats = request.formats ?? first!.formats;
    const evidence = first?.evidence ?? null;
    const parse = createRowParser(mapping, formats, locale);
    const line = emptySaleLine();
    const { headers } = body;
    // A batch holds no more lines than its arrays. The first ones are smaller: the writer starts
    // on them while this thread's code is still being optimised.
    let batchSize = FIRST_BATCH_LINES;
    const full = () => {
      if (builder.size() < batchSize) return null;
      batchSize = Math.min(batchSize * 2, LINES_PER_BATCH);
      return builder.take();
    };
    /** Whole batches of the chunk's rows (`counted`: their evidence is in already); the last, partial one stays in the builder. */
    function* take({ rows, numbers }: RowChunk, counted: boolean): Generator<LineBatch> {
      for (let i = 0; i < rows.length; i++) {
        const cells: Cell[] = rows[i]!;
        if (isBlankRow(cells)) continue;
        if (evidence !== null && !counted) evidence.add(cells);
        builder.read();
        const bad = parse(cells, line);
        if (bad) builder.reject(toReject(headers, numbers[i]!, cells, bad));
        else builder.push(line);
        const batch = full();
        if (batch) yield batch;
      }
    }
    if (first) {
      for (const chunk of first.held) yield* take(chunk, true);
      first.held.length = 0;
    }
    for (;;) {
      const next = await chunks.next();
      if (next.done) break;
      yield* take(next.value, false);
    }
    if (builder.size() > 0) yield builder.take();
    return { formats, decided: evidence?.decide(locale) ?? null, utf8Valid: body.rest.utf8Valid(), latest: builder.latest() };
  } finally {
    await body.rest.rows.return(undefined);
  }
}
