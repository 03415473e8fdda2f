// A rejected row's column and reason in the reader's language, for the screens and the rejects
// export alike: a column by its header, or by its letter when it has none ("coluna C" / "column
// C"); a reason from its message code and parameters (the value quoted), or, for a reject stored
// before schema 10, from its code alone (its stored pt-BR sentence in Portuguese).
import type { Reject } from '../api/import-api';
import { wordError } from '../api/errors';
import { columnLetter } from './column-letter';
import type { Labels } from './labels';
import type { Lang } from './locale';

export function rejectColumnText(r: Pick<Reject, 'column' | 'columnIndex'>, labels: Labels): string | null {
  if (r.column !== null) return r.column;
  return r.columnIndex === null || r.columnIndex === undefined ? null : labels.rejects.columnLetter(columnLetter(r.columnIndex));
}

export function rejectReasonText(r: Pick<Reject, 'code' | 'reason' | 'message'>, lang: Lang, labels: Labels): string {
  if (r.message) return wordError({ type: 'bad-file', ...r.message }, lang);
  return lang === 'pt' ? r.reason : (labels.rejects.codes[r.code] ?? r.reason);
}
