// The file moves of a restore. The backup is checked on a copy written beside the workspace (same
// folder, so the final move is a rename on one file system). The swap is two renames: the
// workspace to `<name>.anterior`, the checked copy to the workspace's name. The previous
// workspace stays there until the restored one has opened; a restore interrupted between the
// two renames (power cut) is undone the next time the workspace is opened.
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where the previous workspace waits while the restored one opens. */
export function keptWorkspacePath(dbPath: string): string {
  return `${dbPath}.anterior`;
}

/** SQLite's companion files of a database in WAL mode. */
export function sidecars(path: string): string[] {
  return [`${path}-wal`, `${path}-shm`, `${path}-journal`];
}

export function removeDatabaseFiles(path: string): void {
  for (const p of [path, ...sidecars(path)]) rmSync(p, { force: true });
}

/** Copies `source` to a hidden file beside `dbPath`; the caller removes it (removeDatabaseFiles). */
export function copyBesideWorkspace(source: string, dbPath: string): string {
  const copy = join(dirname(dbPath), `.${basename(dbPath)}.restaurando-${randomUUID().slice(0, 8)}`);
  copyFileSync(source, copy);
  return copy;
}

/** Moves the workspace aside and the checked copy into its place. */
export function swapIn(copy: string, dbPath: string): void {
  const kept = keptWorkspacePath(dbPath);
  removeDatabaseFiles(kept);
  renameSync(dbPath, kept);
  try {
    renameSync(copy, dbPath);
  } catch (e) {
    renameSync(kept, dbPath);
    throw e;
  }
}

/** The restored workspace did not open: the previous one goes back. */
export function swapBack(dbPath: string): void {
  for (const p of sidecars(dbPath)) rmSync(p, { force: true });
  renameSync(keptWorkspacePath(dbPath), dbPath);
}

/** The restored workspace opened: the previous one can go. */
export function forgetKept(dbPath: string): void {
  removeDatabaseFiles(keptWorkspacePath(dbPath));
}

/** Before opening: a restore cut off between its two renames left only `<name>.anterior`. */
export function recoverInterruptedRestore(dbPath: string): void {
  const kept = keptWorkspacePath(dbPath);
  if (!existsSync(dbPath) && existsSync(kept)) renameSync(kept, dbPath);
}
