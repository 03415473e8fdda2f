// Opens a workspace file and wires its API: what the Electron backend, the web host and the CLI
// each do at start-up. The file registry, the jobs and the temporary folder may be shared by
// the workspaces one session opens in turn (workspace-session.ts), so that a file chosen before
// a switch is still known after it.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ApiEvent } from '../../shared/api/events';
import type { Registry } from '../../shared/api/registry';
import { APP_VERSION } from '../app-version';
import { openDatabase } from '../db/open-database';
import { recoverInterruptedRestore } from '../workspace/restore-files';
import { createFileRegistry, createJobRegistry, type Context, type FileRegistry, type JobRegistry } from './context';
import { createApi } from './create-api';
import { logInternalErrors } from './error-log';
import { readAheadSoon, type ReadAhead } from './read-calls';

export type Workspace = { ctx: Context; api: Registry; close(): void };

export type OpenWorkspaceOptions = {
  dbPath: string;
  emit?: (event: ApiEvent) => void;
  tempDir?: string;
  files?: FileRegistry;
  jobs?: JobRegistry;
  /** A read worker's connection (read-worker.ts): the file exists and is migrated by the backend's. */
  readonly?: boolean;
  /** Default: on this thread once the current request is answered. */
  readAhead?: (what: ReadAhead) => void;
};

export function openWorkspace(options: OpenWorkspaceOptions): Workspace {
  if (!options.readonly) {
    mkdirSync(dirname(options.dbPath), { recursive: true });
    recoverInterruptedRestore(options.dbPath);
  }
  const db = openDatabase(options.dbPath, { readonly: options.readonly ?? false });
  let workspace: Workspace;
  const ctx: Context = {
    db,
    dbPath: options.dbPath,
    files: options.files ?? createFileRegistry(),
    jobs: options.jobs ?? createJobRegistry(),
    emit: options.emit ?? (() => {}),
    appVersion: APP_VERSION,
    tempDir: options.tempDir ?? mkdtempSync(join(tmpdir(), 'clave-')),
    readAhead: options.readAhead ?? readAheadSoon(() => workspace),
  };
  // An unexpected error: the user reads a reference, the log beside the workspace the details.
  workspace = { ctx, api: createApi(ctx, { onInternal: logInternalErrors(options.dbPath) }), close: () => ctx.db.close() };
  return workspace;
}
