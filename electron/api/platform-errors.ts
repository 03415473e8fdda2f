// Errors of the platform a user can act on, given their typed form before they cross the API.
// SQLite answers SQLITE_BUSY when another connection held the write lock for longer than the
// busy timeout (5 s): a note saved while a 5-million-line run writes its rows (2–4 s) on a slow
// machine. Shown as an internal error it read like a fault; it is "try again in a moment".
import { apiError } from '../../shared/api/errors';

export function platformError(error: unknown): Error | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_BUSY_SNAPSHOT') return apiError('workspace/write-busy');
  return null;
}
