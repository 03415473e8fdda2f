// 'workspace/restore': replaces the workspace with a backup, only once the backup is known to be
// sound. The backup is copied beside the workspace and checked there (check-backup.ts); any
// refusal leaves the workspace exactly as it was, byte for byte. Then the open connection is
// closed, the copy is swapped in by renames (restore-files.ts), and the restored file is opened;
// should it not open, the previous workspace is put back. Handlers read `ctx.db` at each call,
// so they all see the restored workspace through the new connection.
import { existsSync, realpathSync } from 'node:fs';
import { apiError, isTypedError } from '../../shared/api/errors';
import type { FileId } from '../../shared/api/import-api';
import type { Context } from '../api/context';
import { openDatabase } from '../db/open-database';
import { checkBackupCopy } from './check-backup';
import { copyBesideWorkspace, forgetKept, removeDatabaseFiles, sidecars, swapBack, swapIn } from './restore-files';

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

const errnoCode = (e: unknown) => String((e as { code?: unknown }).code ?? 'erro');

export type RestoreResult = { customers: number; runs: number; schemaVersion: number };

export async function restoreWorkspace(ctx: Context, fileId: FileId): Promise<RestoreResult> {
  const file = ctx.files.get(fileId);
  if (sameFile(file.path, ctx.dbPath)) throw apiError('workspace/restore-self', { file: file.name });
  if (ctx.jobs.running() > 0) throw apiError('workspace/busy');
  let copy: string;
  try {
    copy = copyBesideWorkspace(file.path, ctx.dbPath);
  } catch (e) {
    throw apiError('workspace/restore-failed', { file: file.name, reason: errnoCode(e) });
  }
  try {
    checkBackupCopy(copy, file.name);
    swapInAndOpen(ctx, copy, file.name);
  } finally {
    removeDatabaseFiles(copy);
  }
  return {
    customers: ctx.db.prepare('SELECT count(*) FROM customers').pluck().get() as number,
    runs: ctx.db.prepare('SELECT count(*) FROM analysis_runs').pluck().get() as number,
    schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
  };
}

function swapInAndOpen(ctx: Context, copy: string, fileName: string): void {
  // Closing the last connection checkpoints the WAL into the file and removes it. A WAL still
  // there means another connection (an import's) is open: a renamed file under it would be damaged.
  ctx.db.close();
  if (sidecars(ctx.dbPath).some((p) => existsSync(p))) {
    ctx.db = openDatabase(ctx.dbPath);
    throw apiError('workspace/busy');
  }
  try {
    swapIn(copy, ctx.dbPath);
  } catch (e) {
    ctx.db = openDatabase(ctx.dbPath);
    throw apiError('workspace/restore-failed', { file: fileName, reason: errnoCode(e) });
  }
  try {
    ctx.db = openDatabase(ctx.dbPath);
  } catch (e) {
    swapBack(ctx.dbPath);
    ctx.db = openDatabase(ctx.dbPath);
    throw isTypedError(e) ? apiError('workspace/restore-failed', { file: fileName, reason: e.code }) : e;
  }
  forgetKept(ctx.dbPath);
}
