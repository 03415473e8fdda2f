// Streams an .xlsx workbook sheet by sheet through exceljs's streaming WorkbookReader (zip,
// workbook, shared strings, styles; a sheet stored before the shared strings is parked by exceljs
// in a temporary file), never holding the workbook in memory. The rows themselves are cut out of
// the sheet XML by scan-sheet-xml.ts.
import { ReadStream, createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import type { SheetInfo } from '../../shared/api/import-api';
import { newChunk, type RowChunk } from './row-chunk';
import { readXlsxDirectory } from './read-zip-directory';
import { createSheetScanner } from './scan-sheet-xml';

export type XlsxSheet = {
  name: string;
  /** 1-based position among the workbook's sheets. */
  index: number;
  /** Every sheet of the workbook, in workbook order. */
  sheets: SheetInfo[];
  rows: AsyncGenerator<RowChunk>;
};

type SheetModel = { id: number; name: string; rId: string };
type ReaderInternals = {
  workbookRels?: { Id: string; Target: string }[];
  sharedStrings?: (string | { richText: { text?: string | null }[] } | null)[];
  styles: { getStyleModel(id: number): { numFmt?: string } | null };
  properties?: { model?: { date1904?: boolean } };
  model?: { sheets?: SheetModel[] };
  parse(): AsyncGenerator<{ eventType: string; value: WorksheetInternals }>;
};
type WorksheetInternals = { id: number | string; name: string; iterator: AsyncIterable<Buffer> & { destroy?: () => void } };

/** exceljs's date test: date/time letters outside quoted text and [..] sections. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const plainText = (s: NonNullable<ReaderInternals['sharedStrings']>[number]): string =>
  s === null || s === undefined ? '' : typeof s === 'string' ? s : s.richText.map((r) => r.text ?? '').join('');

/**
 * The workbook's sheets as they come in the file. Read a sheet's `rows` (or not) before asking for
 * the next sheet. Stopping early (a preview) just closes the file, unless exceljs had to park
 * sheets in temporary files (a zip whose directory could not be read beforehand): then the rest
 * of the file is inflated and thrown away, so that exceljs gets to remove them.
 */
export async function* readXlsxSheets(path: string, onBytes?: (bytes: number) => void): AsyncGenerator<XlsxSheet> {
  // Loaded on first use: the import's parsing thread reads CSV files far more often, and loading
  // exceljs there cost each thread a tenth of a second.
  const { default: ExcelJS } = await import('exceljs');
  const known = await readXlsxDirectory(path);
  const directory = known?.sheets ?? null;
  const file = createReadStream(path, { highWaterMark: 1024 * 1024 });
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      onBytes?.(chunk.length);
      done(null, chunk);
    },
  });
  file.on('error', (e) => counter.destroy(e));
  file.pipe(counter);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(counter, {
    // With the shared strings read beforehand exceljs need not (and then never parks a sheet).
    sharedStrings: known ? 'ignore' : 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  }) as unknown as ReaderInternals;
  if (known) {
    // Seeded so that every sheet is read straight from the zip, and named even when met before
    // xl/workbook.xml (see read-zip-directory.ts).
    reader.sharedStrings = known.sharedStrings;
    reader.model = { sheets: known.sheets.map((d) => ({ id: d.sheetId, name: d.name, rId: d.rId })) };
    reader.workbookRels = known.sheets.map((d) => ({ Id: d.rId, Target: d.part }));
  }
  const sheetInfo = (ws: WorksheetInternals): { name: string; index: number; sheets: SheetInfo[] } => {
    if (directory) {
      const sheets = directory.map((d, i) => ({ name: d.name, index: i + 1 }));
      // exceljs leaves the id as the part's number (a string) when it could not name the sheet.
      const i = typeof ws.id === 'string' ? directory.findIndex((d) => d.part === `worksheets/sheet${ws.id}.xml`) : -1;
      const name = i === -1 ? ws.name : directory[i]!.name;
      return { name, index: sheets.find((s) => s.name === name)?.index ?? Number(ws.id), sheets };
    }
    const sheets: SheetInfo[] = (reader.model?.sheets ?? []).map((s, i) => ({ name: s.name, index: i + 1 }));
    return { name: ws.name, index: sheets.find((s) => s.name === ws.name)?.index ?? Number(ws.id), sheets };
  };
  const events = reader.parse();
  let current: { ws: WorksheetInternals; it: AsyncIterator<Buffer>; parked: boolean } | null = null;
  // Leaves the current sheet's entry consumed: exceljs buffers whatever of it is not read.
  const release = async () => {
    if (!current) return;
    const { ws, it, parked } = current;
    current = null;
    if (parked) {
      // exceljs deletes the temporary file as soon as it moves on, maybe before the stream opened it.
      (ws.iterator as unknown as ReadStream).on('error', () => undefined);
      ws.iterator.destroy?.();
    } else {
      while (!(await it.next()).done);
    }
  };
  let finished = false;
  try {
    for (;;) {
      const next = await events.next();
      if (next.done) break;
      if (next.value.eventType !== 'worksheet') continue;
      const ws = next.value.value;
      const { name, index, sheets } = sheetInfo(ws);
      const it = ws.iterator[Symbol.asyncIterator]();
      current = { ws, it, parked: ws.iterator instanceof ReadStream };
      const rows = sheetRows(reader, it);
      yield { name, index, sheets, rows };
      await rows.return(undefined);
      await release();
    }
    finished = true;
  } finally {
    if (!finished) {
      // Nothing parked (shared strings read beforehand, or a lone sheet read from the zip): the
      // file can simply be closed.
      const nothingParked = known !== null || (current !== null && !current.parked && (reader.model?.sheets?.length ?? 0) <= 1);
      if (nothingParked) {
        file.destroy();
        counter.destroy();
      } else {
        await release();
        for (;;) {
          const next = await events.next();
          if (next.done) break;
          if (next.value.eventType !== 'worksheet') continue;
          const ws = next.value.value;
          current = { ws, it: ws.iterator[Symbol.asyncIterator](), parked: ws.iterator instanceof ReadStream };
          await release();
        }
      }
    }
  }
}

/** The rows of one sheet; reads `it` by hand so that returning early leaves it open for release(). */
async function* sheetRows(reader: ReaderInternals, it: AsyncIterator<Buffer>): AsyncGenerator<RowChunk> {
  const sharedStrings = (reader.sharedStrings ?? []).map(plainText);
  const dateStyles = new Map<number, boolean>();
  const scanner = createSheetScanner({
    sharedStrings,
    date1904: reader.properties?.model?.date1904 === true,
    isDateStyle: (style) => {
      let known = dateStyles.get(style);
      if (known === undefined) {
        known = isDateFormat(reader.styles.getStyleModel(style)?.numFmt);
        dateStyles.set(style, known);
      }
      return known;
    },
  });
  const decoder = new TextDecoder('utf-8');
  // One chunk of read-ahead: exceljs pauses the entry while a chunk is handed out, so without it
  // inflating and scanning would take turns instead of overlapping.
  const ahead = () => {
    const p = it.next();
    p.catch(() => undefined); // a failure surfaces when awaited, not as an unhandled rejection
    return p;
  };
  let pending = ahead();
  for (;;) {
    const next = await pending;
    if (next.done) return;
    pending = ahead();
    const out = newChunk();
    scanner.push(decoder.decode(next.value, { stream: true }), out);
    if (out.rows.length > 0) yield out;
  }
}
