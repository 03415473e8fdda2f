// Checks a backup before it may replace the workspace, on a copy of it (the user's file and the
// workspace are never written): it is a SQLite database that passes integrity_check, it is a
// Clave workspace of this version or an older one, its migrations succeed, and its schema is then
// exactly the one Clave creates (schema-shape.ts). Each failure is one typed error naming the file.
import Database from 'better-sqlite3';
import { apiError, isTypedError } from '../../shared/api/errors';
import { migrations } from '../db/migrations/index';
import { APPLICATION_ID, migrate, schemaVersion, type Db } from '../db/open-database';
import { referenceShape, schemaShape, shapeDifference } from './schema-shape';

/** Tables every Clave workspace has since schema 1: without them a file is no backup of Clave's. */
const CORE_TABLES = ['customers', 'sale_lines', 'import_batches', 'analysis_runs', 'run_results'];

const sqliteCode = (e: unknown) => String((e as { code?: unknown }).code ?? '');

/**
 * integrity_check's first complaints, as one short line; null when intact. Should the check itself
 * stop on the damage (SQLITE_CORRUPT), quick_check, which reads less, may still say where.
 */
function integrityProblem(db: Db): string | null {
  const run = (pragma: string) => (db.pragma(pragma, { simple: false }) as Record<string, string>[]).map((r) => Object.values(r)[0] ?? '');
  let lines: string[];
  try {
    try {
      lines = run('integrity_check(3)');
    } catch (e) {
      if (!sqliteCode(e).startsWith('SQLITE_CORRUPT')) throw e;
      lines = run('quick_check(3)');
    }
  } catch (e) {
    // Damage that stops the check itself: SQLite's own words ("database disk image is malformed").
    if (!sqliteCode(e).startsWith('SQLITE_CORRUPT')) throw e;
    return (e as Error).message.slice(0, 200);
  }
  if (lines.length === 1 && lines[0] === 'ok') return null;
  const said = lines.flatMap((l) => l.split('\n')).filter((l) => l.trim() !== '' && !l.startsWith('***'));
  return said.join('; ').slice(0, 200);
}

function checkOpened(db: Db, file: string): void {
  const damaged = integrityProblem(db);
  if (damaged !== null) throw apiError('workspace/restore-damaged', { file, detail: damaged });
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
  if (appId !== APPLICATION_ID) {
    throw apiError(tables.size === 0 ? 'workspace/restore-not-backup' : 'workspace/restore-not-database', { file });
  }
  if (version > schemaVersion) throw apiError('workspace/restore-newer', { file, version, known: schemaVersion });
  if (version < 1 || CORE_TABLES.some((t) => !tables.has(t))) throw apiError('workspace/restore-not-backup', { file });
  try {
    migrate(db, migrations);
  } catch {
    throw apiError('workspace/restore-migration', { file, version });
  }
  const difference = shapeDifference(schemaShape(db), referenceShape());
  if (difference !== null) throw apiError('workspace/restore-schema', { file, ...difference });
  // The migrations may have found what integrity_check could not (a row breaking a new rule).
  const after = integrityProblem(db);
  if (after !== null) throw apiError('workspace/restore-damaged', { file, detail: after });
}

/**
 * Checks (and brings up to date) the copy at `copyPath` of the backup named `file`. Throws a
 * typed error saying why it cannot be restored; on success the copy is closed and ready to move.
 */
export function checkBackupCopy(copyPath: string, file: string): void {
  let db: Db;
  try {
    db = new Database(copyPath, { fileMustExist: true });
  } catch {
    throw apiError('workspace/restore-not-database', { file });
  }
  try {
    checkOpened(db, file);
  } catch (e) {
    if (isTypedError(e)) throw e;
    const code = sqliteCode(e);
    // Random bytes, a truncated file: SQLite says so at the first read.
    if (code === 'SQLITE_NOTADB') throw apiError('workspace/restore-not-database', { file });
    if (code.startsWith('SQLITE_CORRUPT')) throw apiError('workspace/restore-damaged', { file, detail: code });
    if (code === '') throw e; // not SQLite's: a bug, logged under the reference the user sees
    throw apiError('workspace/restore-failed', { file, reason: code });
  } finally {
    db.close();
  }
}
