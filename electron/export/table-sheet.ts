// Writes a table (columns of shared/format) as one worksheet through exceljs's streaming
// writer: a styled header row, then the items' rows as SheetML of our own (sheet-rows-xml.ts),
// or through exceljs's row objects where that cannot be done, handed to the zip as they go.
// Values are always plain: strings become string cells (never formulas), numbers numbers,
// days real Excel dates.
import { centsToMajor, fromMilli } from '../../shared/domain/money';
import { classText, type CellValue, type ColumnKind, type TableColumn } from '../../shared/format/customer-columns';
import type { Labels } from '../../shared/format/labels';
import type { WorkbookWriter } from './stream-workbook';

type Worksheet = ReturnType<WorkbookWriter['addWorksheet']>;
import { columnLetter } from '../../shared/format/column-letter';
import { CELL_TYPE, cellXml, rawSheetAccess, ROW_CLOSE, rowOpen, type RawSheetAccess } from './sheet-rows-xml';
import type { CellStyle, StyleBook } from './workbook-styles';

const MS_PER_DAY = 86_400_000;
/** Excel refuses longer cell text. */
const MAX_CELL_TEXT = 32_767;

/** A day as the Date exceljs turns into an Excel serial: its UTC midnight, so no time zone shifts it. */
export function excelDate(day: number): Date {
  return new Date(day * MS_PER_DAY);
}

/**
 * An instant (a Date or an ISO timestamp such as the database's created_at) as this machine's
 * wall-clock time, shaped as exceljs wants it (it writes a Date's UTC fields): Excel has no time
 * zones and its reader expects local time. Text that is not a timestamp stays text.
 */
export function excelDateTime(instant: Date | string): Date | string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) return String(instant);
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()));
}

/**
 * Text as a workbook keeps it: line breaks as LF (an XML reader turns a bare CR into LF anyway,
 * so writing LF makes what is read back what was written) and no more than Excel allows.
 */
export function excelText(text: string): string {
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return lf.length > MAX_CELL_TEXT ? lf.slice(0, MAX_CELL_TEXT) : lf;
}

/** A column's value in the unit the reader sees: money in major units, dates as dates. */
export function excelValue(kind: ColumnKind, value: CellValue, labels: Labels): string | number | Date | null {
  if (value === null) return null;
  if (typeof value === 'string') return excelText(kind === 'class' ? classText(value, labels) : value);
  if (!Number.isFinite(value)) return null;
  switch (kind) {
    case 'money':
      return centsToMajor(value);
    case 'quantity':
      return fromMilli(value);
    case 'date':
      return excelDate(value);
    default:
      return value;
  }
}

export type TableOptions = {
  /** Columns kept in view when scrolling right (code and name). */
  freezeColumns?: number;
  autoFilter?: boolean;
  /** Write the data rows through exceljs's row objects rather than as XML of our own (the tests compare both). */
  throughExceljsRows?: boolean;
};

/**
 * Rows between two pauses. The zip stream compresses and writes the committed rows only while
 * the event loop runs, and the process has other work (the window's calls in Electron, the web
 * host's requests): a 50,000-row sheet must not hold the main thread for seconds at a time.
 */
const ROWS_PER_PAUSE = 500;

export const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function writeTableSheet<Row>(
  wb: WorkbookWriter,
  name: string,
  columns: TableColumn<Row>[],
  rows: readonly Row[],
  styles: StyleBook,
  labels: Labels,
  options: TableOptions = {},
): Promise<void> {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: options.freezeColumns ?? 0, ySplit: 1, activeCell: 'A2' }],
  });
  ws.columns = columns.map((c) => ({ width: c.width }));

  const header = ws.addRow(columns.map((c) => c.title));
  header.height = 32;
  for (let j = 0; j < columns.length; j++) header.getCell(j + 1).style = styles.header;
  header.commit();

  const kindStyles: (CellStyle | null)[] = columns.map((c) => (c.kind === 'class' ? null : styles.of(c.kind)));
  const styleOf = (j: number, raw: CellValue) => kindStyles[j] ?? styles.ofClass(String(raw));
  const raw = options.throughExceljsRows ? null : rawSheetAccess(wb, ws);
  if (raw) await writeRowsXml(raw, columns, rows, styleOf, labels);
  else await writeRowsThroughExceljs(ws, columns, rows, styleOf, labels);
  if (options.autoFilter)
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: columns.length } };
  ws.commit();
}

type StyleOf = (column: number, raw: CellValue) => CellStyle;

/** The data rows as XML of our own, a pause every ROWS_PER_PAUSE rows (sheet-rows-xml.ts). */
async function writeRowsXml<Row>(raw: RawSheetAccess, columns: TableColumn<Row>[], rows: readonly Row[], styleOf: StyleOf, labels: Labels) {
  const letters = columns.map((_, j) => columnLetter(j));
  const ids = new Map<CellStyle, number>();
  const idOf = (style: CellStyle, value: string | number | Date) => {
    let id = ids.get(style);
    if (id === undefined) {
      id = raw.styleId(style, typeof value === 'number' ? CELL_TYPE.number : typeof value === 'string' ? CELL_TYPE.string : CELL_TYPE.date);
      ids.set(style, id);
    }
    return id;
  };
  let xml = '';
  for (let i = 0; i < rows.length; i++) {
    const item = rows[i]!;
    const r = i + 2;
    xml += rowOpen(r, columns.length);
    for (let j = 0; j < columns.length; j++) {
      const column = columns[j]!;
      const value = column.value(item, i);
      const cell = excelValue(column.kind, value, labels);
      if (cell === null) continue; // an empty figure is no cell at all
      xml += cellXml(`${letters[j]!}${r}`, idOf(styleOf(j, value), cell), cell);
    }
    xml += ROW_CLOSE;
    if (i % ROWS_PER_PAUSE === ROWS_PER_PAUSE - 1) {
      raw.write(xml);
      xml = '';
      await pause();
    }
  }
  if (xml !== '') raw.write(xml);
}

/** The same rows through exceljs's row and cell objects. */
async function writeRowsThroughExceljs<Row>(ws: Worksheet, columns: TableColumn<Row>[], rows: readonly Row[], styleOf: StyleOf, labels: Labels) {
  for (let i = 0; i < rows.length; i++) {
    const item = rows[i]!;
    const row = ws.addRow([]);
    for (let j = 0; j < columns.length; j++) {
      const column = columns[j]!;
      const raw = column.value(item, i);
      const value = excelValue(column.kind, raw, labels);
      // An empty figure is no cell at all: nothing to make, style or write.
      if (value === null) continue;
      const cell = row.getCell(j + 1);
      cell.value = value;
      // The same style object for every cell of a kind (see workbook-styles.ts).
      cell.style = styleOf(j, raw);
    }
    row.commit();
    if (i % ROWS_PER_PAUSE === ROWS_PER_PAUSE - 1) await pause();
  }
}
