// A table sheet's data rows as SheetML, written straight into the sheet's stream of exceljs's
// streaming writer. exceljs makes an object per cell and its XML through a generic serializer,
// about 1.3 µs a cell: two million cells of a 50,000-customer workbook took 2.5 s of the export's
// 4.5. This writes the very XML exceljs writes for these cells (`t="str"` text, numbers, dates
// as serials, the same style ids from its own style table) at a tenth of the cost. It reaches
// two undocumented parts of exceljs (the sheet's stream, the workbook's style table); where
// they are not what it expects, `rawSheetAccess` says null and the caller writes through
// exceljs's rows (the result is the same: test/export/run-workbook.test.ts compares them).
import type { CellStyle } from './workbook-styles';

/** exceljs's Enums.ValueType, for the style table's default number format. */
export const CELL_TYPE = { number: 2, string: 3, date: 4 } as const;

export type RawSheetAccess = {
  write(xml: string): void;
  /** The style id exceljs gives `style` (it remembers a style object by identity). */
  styleId(style: CellStyle, cellType: number): number;
};

const hasFunction = <K extends string>(x: unknown, key: K): x is Record<K, (...args: never[]) => unknown> =>
  typeof x === 'object' && x !== null && typeof (x as Record<string, unknown>)[key] === 'function';

/** Call once the header row is committed (the sheet data is open). */
export function rawSheetAccess(workbook: object, worksheet: object): RawSheetAccess | null {
  const stream: unknown = Reflect.get(worksheet, 'stream');
  const styles: unknown = Reflect.get(workbook, 'styles');
  if (!hasFunction(stream, 'write') || !hasFunction(styles, 'addStyleModel') || Reflect.get(worksheet, 'startedData') !== true) return null;
  return {
    write: (xml) => void Reflect.apply(stream.write, stream, [xml]),
    styleId: (style, cellType) => Number(Reflect.apply(styles.addStyleModel, styles, [style, cellType])),
  };
}

const NEEDS_ESCAPE = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
const ESCAPES = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;
const ENTITY: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' };

/** Text as exceljs encodes it: the five entities, control characters XML cannot hold dropped. */
export function xmlText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPES, (c) => ENTITY[c] ?? '') : text;
}

const MS_PER_DAY = 86_400_000;

/** One cell: a number, text (never a formula), or a date (its UTC midnight, as exceljs reads a Date). */
export function cellXml(ref: string, styleId: number, value: string | number | Date): string {
  const s = styleId ? ` s="${styleId}"` : '';
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'string') return `<c r="${ref}"${s} t="str"><v>${xmlText(value)}</v></c>`;
  return `<c r="${ref}"${s}><v>${25569 + value.getTime() / MS_PER_DAY}</v></c>`;
}

export const rowOpen = (row: number, columns: number) => `<row r="${row}" spans="1:${columns}" x14ac:dyDescent="0.25">`;
export const ROW_CLOSE = '</row>';
