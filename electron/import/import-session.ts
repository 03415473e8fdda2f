// What the reading thread does for one import or preview (parse-worker.ts runs it there; where
// no thread can start, parse-in-worker.ts runs it in place): it opens the file once, finds the
// table (open), then reads it as asked — the preview's first rows (preview), or each pass of
// each sheet into batches of lines (pass). It holds the file between requests, so that the first
// pass goes on from where the header was found; a later pass (a second pass, another sheet)
// reads its sheet again from the start.
import type { PreviewRow, Reject, SheetInfo } from '../../shared/api/import-api';
import { isoOfDay } from '../../shared/domain/calendar';
import { centsToMajor } from '../../shared/domain/money';
import type { ColumnFormats } from '../../shared/import/column-formats';
import { missingFields } from '../../shared/import/detect-header';
import type { ColumnMapping, ImportLocale } from '../../shared/import/fields';
import { createRowParser, emptySaleLine, isBlankRow } from '../../shared/import/parse-row';
import type { Delimiter } from './csv-dialect';
import type { FileKind } from './file-kind';
import type { LineBatch } from './line-batch';
import { openSource, openTable, sameHeaderSheets, type Head, type OpenedTable, type Source } from './open-table';
import { holdEvidenceRows, parsePass, type PassEnd, type PassRequest, type SheetBody } from './parse-pass';
import { toReject } from './reject-row';
import type { RowChunk } from './row-chunk';
import type { TextEncoding } from './text-encoding';

export type OpenRequest = {
  path: string;
  fileName: string;
  kind: FileKind;
  sheet?: string;
  noHeader?: boolean;
  mappingGiven?: boolean;
  /** List the sheets that share the table's header (a preview, an import of all of them). */
  sameHeader?: boolean;
  /** Text files: read at most this many bytes (a preview). */
  maxBytes?: number;
  /** Text files: read in this encoding (a file taken for UTF-8 that proved not to be). */
  encoding?: TextEncoding;
};

/** The request that opens a file as the user's options describe it. */
export function openRequest(o: { path: string; sheet?: string; noHeader?: boolean; mapping?: unknown }, fileName: string, kind: FileKind): OpenRequest {
  return { path: o.path, fileName, kind, sheet: o.sheet, noHeader: o.noHeader === true, mappingGiven: o.mapping !== undefined };
}

export type TableInfo = {
  sheets: SheetInfo[];
  sheet: string | null;
  encoding: TextEncoding | null;
  delimiter: Delimiter | null;
  head: Head;
  /** The sheets (this one included) whose header is this one's, with their header rows; [this] when not asked. */
  sameHeaderSheets: { name: string; headerRow: number }[];
};

/** A pass over a sheet: which one, where its header is, how to read its text. */
export type SheetPass = PassRequest & { sheet: string | null; headerRow: number; encoding?: TextEncoding };

export type PreviewRequest = { mapping: ColumnMapping; locale: ImportLocale };

export type PreviewResult = { formats: ColumnFormats; rows: PreviewRow[]; rejects: Reject[]; utf8Valid: boolean };

export type ImportSession = {
  open(request: OpenRequest): Promise<TableInfo>;
  pass(request: SheetPass): AsyncGenerator<LineBatch, PassEnd>;
  preview(request: PreviewRequest): Promise<PreviewResult>;
  /** Bytes of the file read since the last call (for progress). */
  takeBytes(): number;
  close(): Promise<void>;
};

const PREVIEW_ROWS = 50;
const PREVIEW_REJECTS = 50;

/** The chunks of a reading past its header row. */
async function* pastHeader(rows: AsyncGenerator<RowChunk>, headerRow: number): AsyncGenerator<RowChunk> {
  for await (const chunk of rows) {
    const last = chunk.numbers[chunk.numbers.length - 1] ?? 0;
    if (last <= headerRow) continue;
    if (chunk.numbers[0]! > headerRow) yield chunk;
    else {
      const from = chunk.numbers.findIndex((n) => n > headerRow);
      yield { rows: chunk.rows.slice(from), numbers: chunk.numbers.slice(from) };
    }
  }
}

export function createImportSession(): ImportSession {
  let source: Source | null = null;
  /** The table found by `open`, not yet read past its header. */
  let table: OpenedTable | null = null;
  /** Its header's texts, which name the columns of rejects (the sheets read with it share them). */
  let headers: string[] = [];
  let bytes = 0;
  const onBytes = (n: number) => void (bytes += n);

  const body = (pass: SheetPass): SheetBody => {
    // The table `open` found, read on from its header, if this pass reads it as it was opened.
    if (table !== null && table.sheet === pass.sheet && (pass.encoding === undefined || pass.encoding === source!.encoding)) {
      const { pending, rest } = table;
      table = null;
      return { headers, pending, rest };
    }
    const reading = source!.read(pass.sheet, { encoding: pass.encoding, onBytes });
    return { headers, pending: { rows: [], numbers: [] }, rest: { rows: pastHeader(reading.rows, pass.headerRow), utf8Valid: reading.utf8Valid } };
  };

  return {
    async open(r) {
      source = await openSource(r.path, r.fileName, r.kind, r.encoding);
      table = await openTable(source, { sheet: r.sheet, noHeader: r.noHeader, mappingGiven: r.mappingGiven, maxBytes: r.maxBytes, onBytes });
      headers = table.head.headers;
      const same = r.sameHeader ? await sameHeaderSheets(source, table, r) : [{ name: table.sheet ?? '', headerRow: table.head.headerRow }];
      return { sheets: source.sheets, sheet: table.sheet, encoding: source.encoding, delimiter: source.delimiter, head: table.head, sameHeaderSheets: same };
    },
    pass: (pass) => parsePass(body(pass), pass),
    async preview({ mapping, locale }) {
      const opened = body({ sheet: table!.sheet, headerRow: table!.head.headerRow, mapping, locale });
      const chunks = (async function* () {
        yield opened.pending;
        yield* opened.rest.rows;
      })();
      try {
        const { formats, held } = await holdEvidenceRows(chunks, mapping, locale);
        const rows: PreviewRow[] = [];
        const rejects: Reject[] = [];
        if (missingFields(mapping).length === 0) {
          const parse = createRowParser(mapping, formats, locale);
          const line = emptySaleLine();
          for (const chunk of held) {
            for (let i = 0; i < chunk.rows.length && (rows.length < PREVIEW_ROWS || rejects.length < PREVIEW_REJECTS); i++) {
              const cells = chunk.rows[i]!;
              if (isBlankRow(cells)) continue;
              const bad = parse(cells, line);
              if (bad) {
                if (rejects.length < PREVIEW_REJECTS) rejects.push(toReject(headers, chunk.numbers[i]!, cells, bad));
              } else if (rows.length < PREVIEW_ROWS) {
                rows.push({
                  row: chunk.numbers[i]!,
                  customer: line.customer,
                  customerName: line.customerName,
                  date: isoOfDay(line.day),
                  orderId: line.orderId,
                  product: line.product,
                  quantity: line.quantityMilli === null ? null : line.quantityMilli / 1000,
                  amount: centsToMajor(line.amountCents),
                  margin: line.marginCents === null ? null : centsToMajor(line.marginCents),
                  seller: line.seller,
                  segment: line.segment,
                  region: line.region,
                });
              }
            }
          }
        }
        return { formats, rows, rejects, utf8Valid: opened.rest.utf8Valid() };
      } finally {
        await chunks.return(undefined);
        await opened.rest.rows.return(undefined);
      }
    },
    takeBytes() {
      const n = bytes;
      bytes = 0;
      return n;
    },
    async close() {
      await table?.rest.rows.return(undefined);
      table = null;
      source?.close();
      source = null;
    },
  };
}
