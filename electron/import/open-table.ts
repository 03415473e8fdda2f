// The table stage: a file opened as rows (a text file, or a workbook's sheets), the sheet chosen
// (the one asked for, else the first whose header is recognised, else the first with data), and
// its header found among the first rows (title rows may stand above it). A header that is not
// recognised is not an error here: the table says so, with its first rows, so that the user can
// name the columns. Shared by the preview and the import, which see a file the same way.
import type { SheetInfo } from '../../shared/api/import-api';
import { apiError } from '../../shared/api/errors';
import { cellText } from '../../shared/import/fold-text';
import { detectHeader, headerKey, HEADER_SCAN_ROWS, type Cell } from '../../shared/import/detect-header';
import type { ColumnMapping } from '../../shared/import/fields';
import { isBlankRow } from '../../shared/import/parse-row';
import { detectDialect, type Delimiter } from './csv-dialect';
import type { FileKind } from './file-kind';
import { openWorkbook, sheetRows, type Workbook } from './read-xlsx';
import { readTextRows } from './read-text-rows';
import { newChunk, type RowChunk } from './row-chunk';
import { decoderLabel, sniffText, type TextEncoding } from './text-encoding';

/** The first rows a table shows as they are, for the user to name columns by (SPEC "Import"). */
export const FIRST_ROWS = 20;
const FIRST_ROW_CELLS = 256;
const FIRST_ROW_CHARS = 200;

/** A reading of one sheet (or of the text file) from its start. */
export type Reading = { rows: AsyncGenerator<RowChunk>; utf8Valid(): boolean };

export type ReadingOptions = { encoding?: TextEncoding; maxBytes?: number; onBytes?: (bytes: number) => void };

/** A file opened as rows: a text file has one table (sheet null), a workbook one per sheet. */
export type Source = {
  kind: FileKind;
  fileName: string;
  sheets: SheetInfo[];
  encoding: TextEncoding | null;
  delimiter: Delimiter | null;
  read(sheet: string | null, o?: ReadingOptions): Reading;
  close(): void;
};

/** Opens a file as rows; a text file's `encoding` may be given (else it is detected). */
export async function openSource(path: string, fileName: string, kind: FileKind, given?: TextEncoding): Promise<Source> {
  if (kind === 'csv') {
    const sniffed = await sniffText(path, fileName);
    const encoding = given ?? sniffed.encoding;
    const dialect = detectDialect(new TextDecoder(decoderLabel(encoding)).decode(sniffed.head));
    return {
      kind,
      fileName,
      sheets: [],
      encoding,
      delimiter: dialect.delimiter,
      read: (_sheet, o = {}) => readTextRows({ path, fileName, encoding: o.encoding ?? encoding, dialect, maxBytes: o.maxBytes, onBytes: o.onBytes }),
      close() {},
    };
  }
  const wb: Workbook = await openWorkbook(path, fileName);
  return {
    kind,
    fileName,
    sheets: wb.sheets.map(({ name, index }) => ({ name, index })),
    encoding: null,
    delimiter: null,
    read: (sheet, o = {}) => ({ rows: sheetRows(wb, sheet ?? '', o.onBytes), utf8Valid: () => true }),
    close: () => wb.zip.close(),
  };
}

export type HeadOptions = {
  /** The file has no header row: every row is data, columns are named by the user. */
  noHeader?: boolean;
  /** A mapping was given: a header not recognised is still the first row. */
  mappingGiven?: boolean;
};

export type Head = {
  /** A header was found, or none is expected (noHeader), or a mapping was given for it. */
  usable: boolean;
  /** Whether the header's names were recognised (the mapping was detected from them). */
  recognised: boolean;
  /** 1-based row number of the header; 0 without one. */
  headerRow: number;
  headers: string[];
  detected: ColumnMapping;
  /** The widest of the first rows. */
  columnCount: number;
  /** The first rows as they are, header included. */
  firstRows: { row: number; cells: string[] }[];
  /** Nothing but blank rows. */
  empty: boolean;
};

/** A head and the reading past it: the rows already read after the header, then the rest. */
export type OpenedTable = { sheet: string | null; head: Head; pending: RowChunk; rest: Reading };

/** Reads a sheet's first non-empty rows and finds the header among them. */
export async function readHead(reading: Reading, o: HeadOptions): Promise<{ head: Head; pending: RowChunk }> {
  const first: { cells: Cell[]; number: number }[] = [];
  const after = newChunk();
  while (first.length < HEADER_SCAN_ROWS) {
    const next = await reading.rows.next();
    if (next.done) break;
    const { rows, numbers } = next.value;
    for (let i = 0; i < rows.length; i++) {
      if (isBlankRow(rows[i]!)) continue;
      if (first.length < HEADER_SCAN_ROWS) first.push({ cells: rows[i]!, number: numbers[i]! });
      else {
        after.rows.push(rows[i]!);
        after.numbers.push(numbers[i]!);
      }
    }
  }
  const found = o.noHeader ? null : detectHeader(first.map((r) => r.cells));
  const index = o.noHeader ? -1 : found ? found.index : 0;
  const head: Head = {
    usable: o.noHeader === true || found !== null || (o.mappingGiven === true && first.length > 0),
    recognised: found !== null,
    headerRow: index === -1 || first.length === 0 ? 0 : first[index]!.number,
    headers: index === -1 || first.length === 0 ? [] : Array.from(first[index]!.cells, (c) => cellText(c).trim()),
    detected: found?.mapping ?? {},
    columnCount: first.reduce((n, r) => Math.max(n, r.cells.length), 0),
    firstRows: first.slice(0, FIRST_ROWS).map((r) => ({
      row: r.number,
      cells: Array.from(r.cells.slice(0, FIRST_ROW_CELLS), (c) => cellText(c).slice(0, FIRST_ROW_CHARS)),
    })),
    empty: first.length === 0,
  };
  const pending = newChunk();
  for (const r of first.slice(index + 1)) {
    pending.rows.push(r.cells);
    pending.numbers.push(r.number);
  }
  pending.rows.push(...after.rows);
  pending.numbers.push(...after.numbers);
  return { head, pending };
}

/**
 * The table to read: the sheet asked for, else the first whose header is recognised, else (no
 * header, a mapping given, or none recognised) the first with data. A workbook or sheet with no
 * data at all is refused.
 */
export async function openTable(source: Source, o: HeadOptions & ReadingOptions & { sheet?: string }): Promise<OpenedTable> {
  const open = async (sheet: string | null): Promise<OpenedTable> => {
    const rest = source.read(sheet, o);
    try {
      const { head, pending } = await readHead(rest, o);
      return { sheet, head, pending, rest };
    } catch (e) {
      await rest.rows.return(undefined);
      throw e;
    }
  };
  if (source.kind === 'csv') {
    const table = await open(null);
    if (table.head.empty) throw apiError('import/no-data', { file: source.fileName });
    return table;
  }
  const names = source.sheets.map((s) => s.name);
  if (o.sheet !== undefined) {
    if (!names.includes(o.sheet)) throw apiError('import/no-such-sheet', { file: source.fileName, sheet: o.sheet, sheets: names });
    const table = await open(o.sheet);
    if (table.head.empty) throw apiError('import/sheet-empty', { file: source.fileName, sheet: o.sheet });
    return table;
  }
  const wantsRecognised = !o.noHeader && !o.mappingGiven;
  let firstWithData: string | null = null;
  for (const name of names) {
    const table = await open(name);
    if (!table.head.empty && (!wantsRecognised || table.head.recognised)) return table;
    await table.rest.rows.return(undefined);
    if (!table.head.empty) firstWithData ??= name;
  }
  if (firstWithData === null) {
    if (names.length === 1) throw apiError('import/sheet-empty', { file: source.fileName, sheet: names[0]! });
    throw apiError('import/no-data', { file: source.fileName });
  }
  return open(firstWithData);
}

/**
 * The sheets, in workbook order, whose header is the same as `table`'s (a year or a month per
 * sheet), `table`'s own included, each with its header row. A text file, or a file read without
 * a header, has only its own.
 */
export async function sameHeaderSheets(source: Source, table: OpenedTable, o: HeadOptions): Promise<{ name: string; headerRow: number }[]> {
  const own = { name: table.sheet ?? '', headerRow: table.head.headerRow };
  if (source.kind === 'csv' || o.noHeader || table.sheet === null) return [own];
  const key = headerKey(table.head.headers);
  const same: { name: string; headerRow: number }[] = [];
  for (const { name } of source.sheets) {
    if (name === table.sheet) {
      same.push(own);
      continue;
    }
    const reading = source.read(name);
    try {
      const { head } = await readHead(reading, o);
      if (!head.empty && headerKey(head.headers) === key) same.push({ name, headerRow: head.headerRow });
    } finally {
      await reading.rows.return(undefined);
    }
  }
  return same;
}
