// What every backend handler receives: the open workspace, the files the user chose, a way to
// push events to the screens, and the cancellable jobs under way.
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { apiError } from '../../shared/api/errors';
import type { ApiEvent } from '../../shared/api/events';
import type { FileId } from '../../shared/api/import-api';
import type { Db } from '../db/open-database';
import type { ReadAhead } from './read-calls';

export type FileEntry = { path: string; name: string; size: number };

/**
 * The only way a handler reaches a file: by an id the trusted side registered (a native
 * dialog's answer, an upload saved by the web host, the CLI's argument). The screens never pass
 * a path.
 */
export type FileRegistry = {
  add(path: string, name?: string): FileId;
  /** Registers under an id chosen elsewhere (the host's mirror of a backend process's files). */
  put(id: FileId, path: string, name?: string): void;
  get(id: FileId): FileEntry;
};

export function createFileRegistry(): FileRegistry {
  const files = new Map<FileId, { path: string; name: string }>();
  return {
    add(path, name = basename(path)) {
      const id = randomUUID();
      files.set(id, { path, name });
      return id;
    },
    put(id, path, name = basename(path)) {
      files.set(id, { path, name });
    },
    get(id) {
      const entry = files.get(id);
      if (!entry) throw apiError('workspace/unknown-file');
      let size = 0;
      try {
        size = statSync(entry.path).size;
      } catch {
        size = 0; // a save target that does not exist yet
      }
      return { ...entry, size };
    },
  };
}

/** Long jobs (imports) register an AbortController so that 'import/cancel' can stop them. */
export type JobRegistry = {
  start(jobId: string | undefined): { jobId: string; signal: AbortSignal; done(): void };
  cancel(jobId: string): boolean;
  /** How many jobs are under way (a restore or a switch of workspace waits for none). */
  running(): number;
};

export function createJobRegistry(): JobRegistry {
  const jobs = new Map<string, AbortController>();
  return {
    start(jobId = randomUUID()) {
      const controller = new AbortController();
      jobs.set(jobId, controller);
      return { jobId, signal: controller.signal, done: () => jobs.delete(jobId) };
    },
    cancel(jobId) {
      const controller = jobs.get(jobId);
      if (!controller) return false;
      controller.abort();
      return true;
    },
    running: () => jobs.size,
  };
}

export type Context = {
  /** Replaced in place by a restore ('workspace/restore'): handlers read it at each call. */
  db: Db;
  /** The workspace file: long imports write through a connection of their own to it. */
  dbPath: string;
  files: FileRegistry;
  jobs: JobRegistry;
  emit: (event: ApiEvent) => void;
  appVersion: string;
  /** Where temporary exports go when no save target was chosen (web host downloads, CLI). */
  tempDir: string;
  /**
   * Reads `what` ahead for the requests that will need it: on the read worker that answers them
   * (read-workers.ts), or on this thread once the current request is answered (read-calls.ts).
   */
  readAhead: (what: ReadAhead) => void;
};
