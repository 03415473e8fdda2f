// A refused row as the import stores and shows it: the row number, the column by its header (or
// its letter when the header cell is empty), the reason (its code, its message code and the
// pt-BR sentence the screens show), and the row's cells as text, bounded (a forged row may be
// 16,384 cells wide).
import type { Reject } from '../../shared/api/import-api';
import { wordError } from '../../shared/api/errors';
import { columnLetter } from '../../shared/format/column-letter';
import type { Cell } from '../../shared/import/detect-header';
import { cellText } from '../../shared/import/fold-text';
import type { RowReject } from '../../shared/import/parse-row';

const RAW_CELLS = 64;
const RAW_CHARS = 1000;

/** Column name for a reject: the header, or "coluna C" when the header cell is empty. */
export function columnName(headers: readonly string[], column: number | null): string | null {
  if (column === null) return null;
  const header = headers[column];
  if (header) return header;
  return `coluna ${columnLetter(column)}`;
}

export function toReject(headers: readonly string[], row: number, cells: readonly Cell[], r: RowReject): Reject {
  return {
    row,
    column: columnName(headers, r.column),
    code: r.code,
    reason: wordError({ type: 'bad-file', ...r.message }, 'pt'),
    message: r.message,
    raw: Array.from(cells.slice(0, RAW_CELLS), (c) => cellText(c).slice(0, RAW_CHARS)),
  };
}
