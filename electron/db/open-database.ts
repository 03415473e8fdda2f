// Opens (or creates) a workspace database: WAL, foreign keys, and the migrations applied in one
// transaction. A database written by a newer Clave is refused and left untouched.
import Database from 'better-sqlite3';
import { apiError } from '../../shared/api/errors';
import { migrations, type Migration } from './migrations/index';

export type Db = Database.Database;

export const schemaVersion = migrations[migrations.length - 1]!.version;

/** Marks the file as Clave's, so that "restore" and "open" can refuse other SQLite files. */
export const APPLICATION_ID = 0x436c6176; // 'Clav'

export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  let db: Db;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (e) {
    // SQLite's own message is English and technical: its code says enough (SQLITE_CANTOPEN…).
    throw apiError('workspace/cannot-open', { path, reason: String((e as { code?: unknown }).code ?? (e as Error).message) });
  }
  try {
    checkIsClave(db, path);
    if (!options.readonly) {
      // Before any pragma that writes: switching a file to WAL alters it. (Read-only, the caller
      // decides what a newer schema means: restore-workspace.ts.)
      refuseNewer(db, migrations, path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -65536'); // 64 MiB of page cache: the analysis reads every sale line
    db.pragma('temp_store = MEMORY');
    if (!options.readonly) migrate(db, migrations, path);
    return db;
  } catch (e) {
    db.close();
    // Not a database at all (random bytes, a truncated file): the first read says so.
    const code = (e as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw apiError('workspace/not-clave', { path });
    throw e;
  }
}

function checkIsClave(db: Db, path: string) {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const tables = db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number };
  if (appId !== APPLICATION_ID && (appId !== 0 || tables.n > 0)) {
    throw apiError('workspace/not-clave', { path });
  }
}

/** A database written by a newer Clave (a schema this one does not know) is refused, unaltered. */
function refuseNewer(db: Db, list: Migration[], path: string): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = list[list.length - 1]!.version;
  if (current > latest) {
    throw apiError('workspace/newer', { path, version: current, known: latest });
  }
  return current;
}

export function migrate(db: Db, list: Migration[], path = ':memory:') {
  const current = refuseNewer(db, list, path);
  const latest = list[list.length - 1]!.version;
  const pending = list.filter((m) => m.version > current);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${latest}`);
  }).immediate();
}
