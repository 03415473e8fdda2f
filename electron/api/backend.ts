// What a host (Electron's main process, the web host) talks to: the API of whichever workspace
// is open, and the files it registers for it. In one process (the web host by default, tests)
// it is a session called directly; in another (Electron's utility process, the web host's
// `--backend process`) the same session runs behind backend-client.ts, with the same table.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiEvent } from '../../shared/api/events';
import type { FileId } from '../../shared/api/import-api';
import type { DispatchResult } from '../../shared/api/registry';
import { openSession, type Session, type SessionOptions } from '../workspace/workspace-session';
import type { FileEntry } from './context';

export type Backend = {
  dispatch(name: string, arg: unknown): Promise<DispatchResult>;
  /** Registers a file the host obtained (a dialog's answer, an upload) and returns its id. */
  addFile(path: string, name?: string): Promise<FileId>;
  /** A registered file (for a download), or null for an id never given out. */
  fileEntry(id: FileId): Promise<FileEntry | null>;
  /** The session's temporary folder (uploads, downloads), removed by close(). */
  readonly tempDir: string;
  /** The workspace open now (its log is where the host writes its own unexpected errors). */
  dbPath(): string;
  close(): Promise<void>;
};

export type BackendOptions = Omit<SessionOptions, 'tempDir' | 'emit'> & { emit?: (event: ApiEvent) => void };

/** A temporary folder for one host's session; the host removes it on close. */
export function sessionTempDir(): string {
  return mkdtempSync(join(tmpdir(), `clave-${process.pid}-`));
}

/** The session in this very process; `session` stays reachable for tests that seed data. */
export function inProcessBackend(options: BackendOptions): Backend & { session: Session } {
  const tempDir = sessionTempDir();
  let session: Session;
  try {
    session = openSession({ ...options, tempDir });
  } catch (e) {
    rmSync(tempDir, { recursive: true, force: true });
    throw e;
  }
  return {
    session,
    tempDir,
    dbPath: () => session.workspace.ctx.dbPath,
    dispatch: (name, arg) => session.dispatch(name, arg),
    addFile: async (path, name) => {
      const id = randomUUID();
      session.files.put(id, path, name);
      return id;
    },
    fileEntry: async (id) => {
      try {
        return session.files.get(id);
      } catch {
        return null;
      }
    },
    close: async () => {
      await session.close();
      rmSync(tempDir, { recursive: true, force: true });
    },
  };
}
