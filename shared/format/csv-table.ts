// A table (the columns of customer-columns.ts) as CSV records in a locale: numbers bare with the
// locale's decimal separator and no grouping, dates in the locale's order, text quoted and
// guarded against formulas. Percentages are written as percent points ("12,5" for 12.5 %) with
// "(%)" in the title, which is what a reader of the file expects to see.
import { csvRecord, csvTextField } from './csv-fields';
import { classText, type CellValue, type ColumnKind, type TableColumn } from './customer-columns';
import type { Labels } from './labels';
import type { LocaleFormat } from './locale';
import { dayText, decimalText, scaledText, shortNumberText } from './numbers';

export function csvField(kind: ColumnKind, value: CellValue, loc: LocaleFormat, labels: Labels): string {
  if (value === null) return '';
  if (typeof value === 'string') return csvTextField(kind === 'class' ? classText(value, labels) : value);
  if (!Number.isFinite(value)) return '';
  switch (kind) {
    case 'money':
      return scaledText(value, 2, loc);
    case 'quantity':
      return scaledText(value, 3, loc);
    case 'percent':
      return decimalText(value * 100, 4, loc);
    case 'ratio':
      return decimalText(value, 4, loc);
    case 'date':
      return dayText(value, loc);
    case 'integer':
      return String(Math.round(value));
    default:
      return shortNumberText(value, loc, 2);
  }
}

/** A percent column says so in its title ("Participação (%)"), unless it already does ("Margem %"). */
export function csvTitle<Row>(column: TableColumn<Row>): string {
  return column.kind === 'percent' && !column.title.includes('%') ? `${column.title} (%)` : column.title;
}

/** The header record, then one record per row. */
export function* csvRecords<Row>(columns: TableColumn<Row>[], rows: Iterable<Row>, loc: LocaleFormat, labels: Labels): Generator<string> {
  const sep = loc.csvSeparator;
  yield csvRecord(columns.map((c) => csvTextField(csvTitle(c))), sep);
  let index = 0;
  for (const row of rows) {
    const i = index++;
    yield csvRecord(columns.map((c) => csvField(c.kind, c.value(row, i), loc, labels)), sep);
  }
}
