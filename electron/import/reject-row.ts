// A refused row as the import stores and shows it: the row number, the column by its header (or
// its letter when the header cell is empty), the reason, and the raw cells as text.
import type { Reject } from '../../shared/api/import-api';
import { columnLetter } from '../../shared/format/column-letter';
import { cellText } from '../../shared/import/fold-text';
import type { RowReject } from '../../shared/import/parse-row';

/** Column name for a reject: the header, or "coluna C" when the header cell is empty. */
export function columnName(headers: readonly string[], column: number | null): string | null {
  if (column === null) return null;
  const header = headers[column];
  if (header) return header;
  return `coluna ${columnLetter(column)}`;
}

export function toReject(headers: readonly string[], row: number, cells: readonly unknown[], r: RowReject): Reject {
  return {
    row,
    column: columnName(headers, r.column),
    code: r.code,
    reason: r.reason,
    raw: Array.from(cells, (c) => cellText(c as string | number | null)),
  };
}
