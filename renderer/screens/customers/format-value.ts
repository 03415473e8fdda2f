// A figure of the customer table as text in the user's locale, by its column kind
// (shared/format/customer-columns.ts): the grid's cells and the side panel read the same.
import type { CellValue, ColumnKind } from '../../../shared/format/customer-columns';
import { classText } from '../../../shared/format/customer-columns';
import type { Labels } from '../../../shared/format/labels';
import type { Formatters } from '../../i18n/format';

export function formatValue(kind: ColumnKind, value: CellValue | undefined, fmt: Formatters, labels: Labels): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return kind === 'class' ? classText(value, labels) : value;
  switch (kind) {
    case 'integer':
      return fmt.integer(value);
    case 'money':
      return fmt.money(value);
    case 'quantity':
      return fmt.number(value / 1000, value % 1000 === 0 ? 0 : 3);
    case 'percent':
      return fmt.percent(value, 2);
    case 'ratio':
      return fmt.number(value, 2);
    case 'decimal':
      return fmt.number(value, Number.isInteger(value) ? 0 : 1);
    case 'date':
      return fmt.day(value);
    default:
      return String(value);
  }
}

export const NUMERIC_KINDS: ReadonlySet<ColumnKind> = new Set(['integer', 'money', 'quantity', 'percent', 'ratio', 'decimal', 'date']);
