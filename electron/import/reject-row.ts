// A refused row as the import stores and shows it: the row number, the column by its header (or
// its letter when the header cell is empty), the reason, and the raw cells as text.
import type { Reject } from '../../shared/api/import-api';
import { cellText } from '../../shared/import/fold-text';
import type { RowReject } from '../../shared/import/parse-row';

/** Column name for a reject: the header, or "coluna C" when the header cell is empty. */
export function columnName(headers: readonly string[], column: number | null): string | null {
  if (column === null) return null;
  const header = headers[column];
  if (header) return header;
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `coluna ${letters}`;
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
