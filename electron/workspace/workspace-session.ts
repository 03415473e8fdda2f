// One backend session: the workspace open now, and switching to another (new, open, recent,
// the sample). The files chosen, the jobs and the temporary folder belong to the session, so a
// switch keeps them. Calls go to the session's own handlers (which workspace is open) or to the
// open workspace's API table, or, for the slow reads, to the open workspace's read workers
// (read-workers.ts), which open and close with it.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { apiError } from '../../shared/api/errors';
import type { ApiEvent } from '../../shared/api/events';
import type { FileId } from '../../shared/api/import-api';
import { createRegistry, type DispatchResult } from '../../shared/api/registry';
import { sampleArgChecks } from '../../shared/api/sample-arg-checks';
import { workspaceArgChecks } from '../../shared/api/workspace-arg-checks';
import type { SampleHandlers } from '../../shared/api/sample-api';
import type { WorkspaceHandlers, WorkspaceInfo } from '../../shared/api/workspace-api';
import { APP_VERSION } from '../app-version';
import { createFileRegistry, createJobRegistry, type FileRegistry } from '../api/context';
import { logInternalErrors } from '../api/error-log';
import { openWorkspace, type Workspace } from '../api/open-workspace';
import { readAheadSoon } from '../api/read-calls';
import { startReadWorkers, type ReadWorkers } from '../api/read-workers';
import { readRecent, rememberRecent } from './recent-workspaces';
import { removeDatabaseFiles } from './restore-files';
import { checkTypedPath, isInside, pathForName, sampleWorkspacePath, workspaceName, workspacesFolder } from './workspace-paths';

export type SessionOptions = {
  dbPath: string;
  /** Where the recent list, the workspaces folder and the sample workspace are. */
  userDataDir: string;
  tempDir: string;
  emit?: (event: ApiEvent) => void;
  /** The desktop: `fileId`s come from native dialogs, so a chosen file may be any path. */
  dialogFiles: boolean;
  /** The web host: a path the user typed may be opened (see workspace-paths.ts). */
  typedPaths: boolean;
  /** dist/read-worker.js: the slow reads are answered on threads of their own. Absent: all on this one (the CLI, most tests). */
  readWorker?: string;
};

export type Session = {
  /** The workspace open now. */
  readonly workspace: Workspace;
  readonly files: FileRegistry;
  dispatch(name: string, arg: unknown): Promise<DispatchResult>;
  info(): WorkspaceInfo;
  /** The open workspace's read workers (null: none), for tests. */
  readers(): ReadWorkers | null;
  close(): Promise<void>;
};

export function openSession(options: SessionOptions): Session {
  const files = createFileRegistry();
  const jobs = createJobRegistry();
  const emit = options.emit ?? (() => {});
  const open = (dbPath: string) => openWorkspace({ dbPath, emit, tempDir: options.tempDir, files, jobs });
  const sample = sampleWorkspacePath(options.userDataDir);
  /** The read workers of `w`, its read aheads sent to them (when a lane has none: read on this thread, as before). */
  const startReaders = (w: Workspace): ReadWorkers | null => {
    if (options.readWorker === undefined) return null;
    const readers = startReadWorkers({ script: options.readWorker, dbPath: w.ctx.dbPath, tempDir: options.tempDir, local: (name, arg) => w.api.dispatch(name, arg) });
    const here = readAheadSoon(() => w);
    w.ctx.readAhead = (what) => {
      if (!readers.readAhead(what)) here(what);
    };
    return readers;
  };
  let current = open(resolve(options.dbPath));
  let readers = startReaders(current);
  /** Closes the workspace open now and its read workers (their calls waiting are answered by it first). */
  const closeCurrent = async () => {
    if (readers) {
      await readers.close();
      readers = null;
    }
    current.close(); // at once where there are no workers (callers that do not wait see it closed)
  };
  if (current.ctx.dbPath !== sample) rememberRecent(options.userDataDir, current.ctx.dbPath);

  const info = (): WorkspaceInfo => ({
    path: current.ctx.dbPath,
    name: workspaceName(current.ctx.dbPath),
    sample: current.ctx.dbPath === sample,
    schemaVersion: current.ctx.db.pragma('user_version', { simple: true }) as number,
    appVersion: APP_VERSION,
  });

  /** Opens `path` (creating it when `create`), then closes the one open now; on failure nothing changes. */
  const switchTo = async (path: string, create: boolean): Promise<WorkspaceInfo> => {
    if (jobs.running() > 0) throw apiError('workspace/busy');
    if (create && existsSync(path) && statSync(path).size > 0) throw apiError('workspace/exists', { path });
    if (!create && !existsSync(path)) throw apiError('workspace/missing', { path });
    if (path === current.ctx.dbPath) return info();
    let next: Workspace;
    try {
      if (create) mkdirSync(dirname(path), { recursive: true });
      next = open(path);
    } catch (e) {
      if (create) removeDatabaseFiles(path);
      throw e;
    }
    await closeCurrent();
    current = next;
    readers = startReaders(current);
    const now = info();
    if (!now.sample) rememberRecent(options.userDataDir, path);
    emit({ type: 'workspace/changed', path: now.path, name: now.name, sample: now.sample });
    return now;
  };

  const chosenPath = (fileId: FileId | undefined): string | null => {
    if (fileId === undefined) return null;
    // A web host's ids name uploads: a workspace is never opened from the temporary folder.
    if (!options.dialogFiles) throw apiError('workspace/path-refused', { path: String(fileId).slice(0, 80) });
    return resolve(files.get(fileId).path);
  };

  /** A path the caller may open: recent, in the workspaces folder, or typed (web host). */
  const openablePath = (path: string): string => {
    const resolved = resolve(path);
    if (readRecent(options.userDataDir).includes(resolved) || isInside(workspacesFolder(options.userDataDir), resolved)) return resolved;
    if (options.typedPaths) return checkTypedPath(path);
    throw apiError('workspace/path-refused', { path });
  };

  const handlers = {
    'workspace/info': async () => info(),
    'workspace/new': async ({ fileId, name }) => switchTo(chosenPath(fileId) ?? pathForName(options.userDataDir, name), true),
    'workspace/open': async ({ fileId, path }) => {
      const chosen = chosenPath(fileId);
      if (chosen !== null) return switchTo(chosen, false);
      if (typeof path !== 'string') throw apiError('workspace/path-refused', { path: '' });
      return switchTo(openablePath(path), false);
    },
    'workspace/recent': async () => ({
      recent: readRecent(options.userDataDir).map((path) => ({
        path,
        name: workspaceName(path),
        exists: existsSync(path),
        current: path === current.ctx.dbPath,
      })),
      folder: workspacesFolder(options.userDataDir),
      typedPaths: options.typedPaths,
    }),
    // In one process nothing crashed on its own: reopening the same file is all a restart can do.
    'workspace/restart': async () => {
      if (jobs.running() > 0) throw apiError('workspace/busy');
      const path = current.ctx.dbPath;
      await closeCurrent();
      current = open(path);
      readers = startReaders(current);
      return info();
    },
    'sample/workspace': async () => switchTo(sample, !existsSync(sample)),
  } satisfies Partial<WorkspaceHandlers & SampleHandlers>;

  /** A restore replaces the file under the workspace's connections: the read workers' close before and open again after. */
  const restore = async (arg: unknown): Promise<DispatchResult> => {
    await readers?.close();
    try {
      return await current.api.dispatch('workspace/restore', arg);
    } finally {
      readers = startReaders(current);
    }
  };

  const registry = createRegistry({ onInternal: (error, ref, call) => logInternalErrors(current.ctx.dbPath)(error, ref, call) });
  registry.registerAll(handlers, { ...workspaceArgChecks, ...sampleArgChecks });

  return {
    get workspace() {
      return current;
    },
    files,
    dispatch: (name, arg) => {
      if (registry.has(name)) return registry.dispatch(name, arg);
      if (name === 'workspace/restore') return restore(arg);
      return readers?.dispatch(name, arg) ?? current.api.dispatch(name, arg);
    },
    info,
    readers: () => readers,
    close: closeCurrent,
  };
}
