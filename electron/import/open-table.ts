// Opens a file as one table of rows: the sheet (chosen, or the first whose header is recognised),
// the header row found among the first rows, and the rows after it. Shared by the preview and the
// import, so that both see the file the same way.
import type { SheetInfo } from '../../shared/api/import-api';
import { legacyError, isTypedError } from '../../shared/api/errors';
import { cellText } from '../../shared/import/fold-text';
import { detectHeader, HEADER_SCAN_ROWS, type Cell } from '../../shared/import/detect-header';
import type { ColumnMapping } from '../../shared/import/fields';
import { isBlankRow } from '../../shared/import/parse-row';
import type { FileKind } from './file-kind';
import { readCsvRows, sniffCsv, type CsvDialect, type CsvEncoding } from './read-csv';
import { readXlsxSheets } from './read-xlsx';
import { newChunk, type RowChunk } from './row-chunk';

export type OpenedTable = {
  kind: FileKind;
  sheets: SheetInfo[];
  sheet: string | null;
  dialect: CsvDialect | null;
  /** 1-based row number of the header in the file or sheet. */
  headerRow: number;
  headers: string[];
  /** The mapping recognised from the headers. */
  detected: ColumnMapping;
  /** Data rows already read past the header, then the rest of the table. */
  pending: RowChunk;
  rest: AsyncGenerator<RowChunk>;
  close(): Promise<void>;
};

export type OpenTableOptions = {
  path: string;
  fileName: string;
  kind: FileKind;
  sheet?: string;
  /** A mapping given by the user: the header may then be any first row. */
  mappingGiven?: boolean;
  /** Forces the encoding of a text file (the second try after UTF-8 proved wrong). */
  encoding?: CsvEncoding;
  /** Text files: read at most this many bytes (a preview). */
  maxBytes?: number;
  /** Text files: the first part of a file read in two parts: its end and, at the end, its records (read-csv.ts). */
  end?: number;
  onEnd?: (records: number) => void;
  onBytes?: (bytes: number) => void;
};

type Head = { found: boolean; headerRow: number; headers: string[]; detected: ColumnMapping; pending: RowChunk; empty: boolean };

/** Reads the first non-empty rows and finds the header among them. */
async function findHeader(rows: AsyncGenerator<RowChunk>, mappingGiven: boolean): Promise<Head> {
  const head: { cells: Cell[]; number: number }[] = [];
  const after = newChunk();
  while (head.length < HEADER_SCAN_ROWS) {
    const next = await rows.next();
    if (next.done) break;
    const { rows: chunkRows, numbers } = next.value;
    for (let i = 0; i < chunkRows.length; i++) {
      if (isBlankRow(chunkRows[i]!)) continue;
      if (head.length < HEADER_SCAN_ROWS) head.push({ cells: chunkRows[i]!, number: numbers[i]! });
      else {
        after.rows.push(chunkRows[i]!);
        after.numbers.push(numbers[i]!);
      }
    }
  }
  const found = detectHeader(head.map((h) => h.cells));
  const index = found ? found.index : mappingGiven && head.length > 0 ? 0 : -1;
  if (index === -1) return { found: false, headerRow: 0, headers: [], detected: {}, pending: after, empty: head.length === 0 };
  const pending = newChunk();
  for (const h of head.slice(index + 1)) {
    pending.rows.push(h.cells);
    pending.numbers.push(h.number);
  }
  pending.rows.push(...after.rows);
  pending.numbers.push(...after.numbers);
  const headerCells = head[index]!.cells;
  return {
    found: true,
    headerRow: head[index]!.number,
    headers: Array.from(headerCells, (c) => cellText(c).trim()),
    detected: found?.mapping ?? {},
    pending,
    empty: false,
  };
}

const noColumns = (where: string) =>
  legacyError(
    'bad-file',
    `Nenhuma coluna reconhecida em ${where}: esperava cabeçalhos como cliente, data e valor (ou quantidade e preço unitário) nas primeiras ${HEADER_SCAN_ROWS} linhas.`,
  );

export async function openTable(o: OpenTableOptions): Promise<OpenedTable> {
  return o.kind === 'csv' ? openCsv(o) : openXlsx(o);
}

async function openCsv(o: OpenTableOptions): Promise<OpenedTable> {
  const sniffed = await sniffCsv(o.path);
  const dialect: CsvDialect = { encoding: o.encoding ?? sniffed.encoding, delimiter: sniffed.delimiter, newline: sniffed.newline };
  const rows = readCsvRows(o.path, { ...dialect, onBytes: o.onBytes, maxBytes: o.maxBytes, end: o.end, onEnd: o.onEnd });
  const head = await findHeader(rows, o.mappingGiven ?? false);
  if (!head.found) {
    await rows.return(undefined);
    if (head.empty) throw legacyError('bad-file', `O arquivo ${o.fileName} não tem nenhuma linha com dados.`);
    throw noColumns(`${o.fileName}`);
  }
  return {
    kind: 'csv',
    sheets: [],
    sheet: null,
    dialect,
    ...head,
    rest: rows,
    close: async () => void (await rows.return(undefined)),
  };
}

async function openXlsx(o: OpenTableOptions): Promise<OpenedTable> {
  const sheets = readXlsxSheets(o.path, o.onBytes);
  const seen: { name: string; empty: boolean }[] = [];
  try {
    for (;;) {
      const next = await sheets.next();
      if (next.done) break;
      const sheet = next.value;
      if (o.sheet !== undefined && sheet.name !== o.sheet) continue;
      const head = await findHeader(sheet.rows, o.mappingGiven ?? false);
      if (!head.found) {
        seen.push({ name: sheet.name, empty: head.empty });
        if (o.sheet !== undefined) break;
        continue;
      }
      return {
        kind: 'xlsx',
        sheets: sheet.sheets,
        sheet: sheet.name,
        dialect: null,
        ...head,
        rest: sheet.rows,
        close: async () => void (await sheets.return(undefined)),
      };
    }
  } catch (e) {
    await sheets.return(undefined).catch(() => undefined);
    if (isTypedError(e)) throw e;
    throw legacyError('bad-file', `O arquivo ${o.fileName} não é uma planilha .xlsx legível: ${(e as Error).message}`);
  }
  await sheets.return(undefined).catch(() => undefined);
  if (o.sheet !== undefined && seen.length === 0) {
    throw legacyError('bad-file', `A planilha "${o.sheet}" não existe em ${o.fileName}.`);
  }
  if (seen.length === 0 || seen.every((s) => s.empty)) {
    const which = seen.length === 1 ? `A planilha "${seen[0]!.name}" de ${o.fileName} está vazia` : `O arquivo ${o.fileName} não tem planilha com dados`;
    throw legacyError('bad-file', `${which}: não há nada para importar.`);
  }
  const named = seen.filter((s) => !s.empty).map((s) => `"${s.name}"`).join(', ');
  throw noColumns(`${o.fileName} (planilha ${named})`);
}
