// 'workspace/restore': replaces the workspace's content with a backup. The file is first opened
// read-only and refused (bad-file, workspace untouched) when it is not a Clave database, is
// damaged, or was written by a newer Clave. It is then copied onto the live workspace with
// SQLite's backup API through a connection of its own, so the open connection (ctx.db) stays
// valid and sees the restored content; pending migrations are applied last (an older backup is
// brought up to date).
import { realpathSync } from 'node:fs';
import { legacyError, isTypedError } from '../../shared/api/errors';
import type { FileId } from '../../shared/api/import-api';
import type { Context } from '../api/context';
import { migrations } from '../db/migrations/index';
import { migrate, openDatabase, schemaVersion, type Db } from '../db/open-database';

/** Tables every Clave workspace has since schema 1. */
const CORE_TABLES = ['customers', 'sale_lines', 'import_batches', 'analysis_runs', 'run_results'];

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

/** Opens the backup read-only and checks it; the caller closes it. */
export function openBackup(path: string, fileName: string): Db {
  let db: Db;
  try {
    db = openDatabase(path, { readonly: true });
  } catch (e) {
    throw legacyError('bad-file', `${fileName} não é um banco de dados do Clave: nada foi alterado.`, isTypedError(e) ? e.message : undefined);
  }
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > schemaVersion)
      throw legacyError(
        'bad-file',
        `${fileName} foi gravado por uma versão mais nova do Clave (esquema ${version}; esta versão conhece até ${schemaVersion}). Atualize o Clave para restaurá-lo; nada foi alterado.`,
      );
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    if (version < 1 || CORE_TABLES.some((t) => !tables.has(t)))
      throw legacyError('bad-file', `${fileName} não é uma cópia de segurança do Clave: nada foi alterado.`);
    const check = db.pragma('quick_check', { simple: true }) as string;
    if (check !== 'ok') throw legacyError('bad-file', `${fileName} está danificado (${check}): nada foi alterado.`);
    return db;
  } catch (e) {
    db.close();
    if (isTypedError(e)) throw e;
    throw legacyError('bad-file', `${fileName} não é um banco de dados do Clave legível (${(e as Error).message}): nada foi alterado.`);
  }
}

export async function restoreWorkspace(ctx: Context, fileId: FileId): Promise<{ customers: number; runs: number; schemaVersion: number }> {
  const file = ctx.files.get(fileId);
  if (sameFile(file.path, ctx.dbPath)) throw legacyError('bad-option', `${file.name} é o próprio espaço de trabalho aberto: escolha uma cópia de segurança.`);
  const source = openBackup(file.path, file.name);
  try {
    // All pages in one step: the workspace changes at once, inside one write transaction.
    await source.backup(ctx.dbPath, { progress: () => 0x7fffffff });
  } catch (e) {
    throw legacyError('bad-file', `Não foi possível restaurar ${file.name}: ${(e as Error).message}. O espaço de trabalho não foi alterado.`);
  } finally {
    source.close();
  }
  migrate(ctx.db, migrations, ctx.dbPath);
  return {
    customers: ctx.db.prepare('SELECT count(*) FROM customers').pluck().get() as number,
    runs: ctx.db.prepare('SELECT count(*) FROM analysis_runs').pluck().get() as number,
    schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
  };
}
