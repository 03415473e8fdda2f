// Opens a workspace file and wires its API: what the Electron shell, the web host and the CLI
// each do at start-up.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ApiEvent } from '../../shared/api/events';
import type { Registry } from '../../shared/api/registry';
import { APP_VERSION } from '../app-version';
import { openDatabase } from '../db/open-database';
import { createFileRegistry, createJobRegistry, type Context } from './context';
import { createApi } from './create-api';

export type Workspace = { ctx: Context; api: Registry; close(): void };

export function openWorkspace(options: { dbPath: string; emit?: (event: ApiEvent) => void; tempDir?: string }): Workspace {
  mkdirSync(dirname(options.dbPath), { recursive: true });
  const db = openDatabase(options.dbPath);
  const ctx: Context = {
    db,
    dbPath: options.dbPath,
    files: createFileRegistry(),
    jobs: createJobRegistry(),
    emit: options.emit ?? (() => {}),
    appVersion: APP_VERSION,
    tempDir: options.tempDir ?? mkdtempSync(join(tmpdir(), 'clave-')),
  };
  return { ctx, api: createApi(ctx), close: () => db.close() };
}
