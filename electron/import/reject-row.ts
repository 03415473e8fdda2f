// A refused row as the import stores and shows it: the row number, the column (its header's text,
// and its position, so that a column without a header is worded "coluna C" / "column C" in the
// reader's language: shared/format/reject-text.ts), the reason (its code, its message code with
// parameters, and the pt-BR sentence), and the row's cells as text, bounded (a forged row may be
// 16,384 cells wide).
import type { Reject } from '../../shared/api/import-api';
import { wordError } from '../../shared/api/errors';
import type { Cell } from '../../shared/import/detect-header';
import { cellText } from '../../shared/import/fold-text';
import type { RowReject } from '../../shared/import/parse-row';

const RAW_CELLS = 64;
const RAW_CHARS = 1000;

export function toReject(headers: readonly string[], row: number, cells: readonly Cell[], r: RowReject): Reject {
  return {
    sheet: null, // named by the writer when the batch reads several sheets
    row,
    column: r.column === null ? null : headers[r.column] || null,
    columnIndex: r.column,
    code: r.code,
    reason: wordError({ type: 'bad-file', ...r.message }, 'pt'),
    message: r.message,
    raw: Array.from(cells.slice(0, RAW_CELLS), (c) => cellText(c).slice(0, RAW_CHARS)),
  };
}
