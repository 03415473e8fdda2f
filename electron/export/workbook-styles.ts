// The cell styles of an exported workbook, made once per workbook and shared by every cell of
// a kind. Sharing matters for speed: exceljs remembers the style id of a style object by its
// identity, so 50,000 rows cost one style lookup per kind instead of one per cell.
import type { Style } from 'exceljs';
import { argb, CLASS_COLORS } from '../../shared/analysis/class-colors';
import type { ColumnKind } from '../../shared/format/customer-columns';
import type { ExcelFormats } from '../../shared/format/excel-formats';

export type CellStyle = Partial<Style>;

export type StyleBook = {
  header: CellStyle;
  /** For cells left empty (a customer without margin): no value, no format. */
  empty: CellStyle;
  /** Labels of the key–value sheets (Parâmetros, Lote). */
  label: CellStyle;
  section: CellStyle;
  of(kind: Exclude<ColumnKind, 'class'>): CellStyle;
  /** A class cell: the class's light fill, its dark text, the letter centred. */
  ofClass(key: string): CellStyle;
  dateTime: CellStyle;
};

export function styleBook(formats: ExcelFormats): StyleBook {
  const byKind: Record<Exclude<ColumnKind, 'class'>, CellStyle> = {
    // '@' keeps user text as text even when someone edits the cell in Excel later.
    text: { numFmt: '@' },
    integer: { numFmt: formats.integer },
    money: { numFmt: formats.money },
    quantity: { numFmt: formats.quantity },
    percent: { numFmt: formats.percent },
    ratio: { numFmt: formats.ratio },
    decimal: { numFmt: formats.decimal },
    date: { numFmt: formats.date, alignment: { horizontal: 'center' } },
  };
  const classes = new Map<string, CellStyle>();
  for (const [key, color] of Object.entries(CLASS_COLORS)) {
    classes.set(key, {
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color.fill) } },
      font: { bold: true, color: { argb: argb(color.text) } },
      alignment: { horizontal: 'center' },
    });
  }
  const plainClass: CellStyle = { alignment: { horizontal: 'center' } };
  return {
    header: {
      font: { bold: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE9ECEF' } },
      alignment: { vertical: 'middle', wrapText: true },
      border: { bottom: { style: 'thin', color: { argb: 'FF9AA3AE' } } },
    },
    empty: {},
    label: { font: { bold: true } },
    section: { font: { bold: true, size: 13 } },
    of: (kind) => byKind[kind],
    ofClass: (key) => classes.get(key) ?? plainClass,
    dateTime: { numFmt: formats.dateTime },
  };
}
