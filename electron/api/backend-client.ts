// The host's side of a backend process: calls become messages (backend-protocol.ts), replies
// resolve them. When the process dies unexpectedly, the calls waiting for it get
// 'host/backend-crashed' with a reference (the exit is written to the workspace's log), the
// screens are told ('backend/crashed'), and 'workspace/restart' starts a new process on the same
// workspace, with the files the host had registered. Everything committed before the crash is in
// the workspace file: SQLite's transactions see to that.
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { apiError, toApiError, type ApiError } from '../../shared/api/errors';
import type { ClaveEvent } from '../../shared/api/events';
import type { FileId } from '../../shared/api/import-api';
import type { DispatchResult } from '../../shared/api/registry';
import type { WorkspaceInfo } from '../../shared/api/workspace-api';
import type { Backend } from './backend';
import type { BackendChannel, FromBackend, OpenOptions } from './backend-protocol';
import type { FileEntry } from './context';
import { appendErrorLog, errorLogPath } from './error-log';

/** How long a backend may take to open its workspace (a large one runs its migrations). */
const OPEN_TIMEOUT_MS = 120_000;
/** How long a closing backend has to close its workspace before it is killed. */
const CLOSE_TIMEOUT_MS = 5_000;

export type BackendClient = Backend & {
  /** The process id of the running backend (tests kill it to stand for a crash). */
  pid(): number | undefined;
  /** The workspace open now, as the backend last said. */
  info(): WorkspaceInfo;
};

/** A request waiting for its reply, and what it gets instead if the process dies first. */
type Pending = { resolve(value: unknown): void; onCrash(error: ApiError): unknown };

export type BackendClientOptions = {
  spawn: () => BackendChannel;
  open: OpenOptions;
  emit: (event: ClaveEvent) => void;
};

export async function startBackendClient(options: BackendClientOptions): Promise<BackendClient> {
  const files = new Map<FileId, { path: string; name: string }>();
  let channel: BackendChannel;
  let info: WorkspaceInfo;
  let crash: ApiError | null = null;
  let closing = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const crashed = (): ApiError => crash ?? toApiError(apiError('host/backend-crashed', { ref: '' }));

  /** Starts a process, opens `dbPath` in it, and resolves once it is ready (or rejects with why not). */
  const launch = (dbPath: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const next = options.spawn();
      next.send({ kind: 'open', options: { ...options.open, dbPath } });
      let ready = false;
      const timer = setTimeout(() => {
        next.kill();
        reject(apiError('host/backend-crashed', { ref: '' }));
      }, OPEN_TIMEOUT_MS);
      next.onMessage((message: FromBackend) => {
        switch (message.kind) {
          case 'ready':
            ready = true;
            clearTimeout(timer);
            channel = next;
            info = message.info;
            crash = null;
            for (const [fileId, file] of files) next.send({ kind: 'file', fileId, path: file.path, name: file.name });
            resolve();
            return;
          case 'open-failed':
            clearTimeout(timer);
            next.kill();
            reject(Object.assign(new Error(message.error.code), message.error));
            return;
          case 'reply':
          case 'file-entry': {
            const waiting = pending.get(message.id);
            pending.delete(message.id);
            waiting?.resolve(message.kind === 'reply' ? message.result : message.entry);
            return;
          }
          case 'event':
            if (message.event.type === 'workspace/changed') info = { ...info, path: message.event.path, name: message.event.name, sample: message.event.sample };
            options.emit(message.event);
            return;
          case 'closed':
            return;
        }
      });
      next.onExit((code) => {
        clearTimeout(timer);
        if (!ready) return reject(apiError('host/backend-crashed', { ref: '' }));
        if (closing || next !== channel) return;
        // An exit nobody asked for: a crash. The log beside the workspace says how it ended.
        const { ref } = toApiError(new Error(`backend process ${next.pid} exited (code ${code})`), (error, logRef) =>
          appendErrorLog(errorLogPath(info.path), { ref: logRef, call: 'backend', error }),
        ).params;
        const error = toApiError(apiError('host/backend-crashed', { ref: String(ref) }));
        crash = error;
        for (const waiting of pending.values()) waiting.resolve(waiting.onCrash(error));
        pending.clear();
        options.emit({ type: 'backend/crashed', ref: String(ref) });
      });
    });

  const request = <T>(send: (id: number) => void, onCrash: (error: ApiError) => T): Promise<T> => {
    const id = nextId++;
    return new Promise<T>((resolve) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, onCrash });
      send(id);
    });
  };
  const failed = (error: ApiError): DispatchResult => ({ ok: false, error });

  const restart = async (): Promise<DispatchResult> => {
    if (crash === null) return { ok: true, value: info }; // running: nothing to restart
    try {
      // The workspace open at the time of the crash, which may not be the one first opened.
      await launch(info.path);
    } catch (e) {
      return { ok: false, error: toApiError(e) };
    }
    options.emit({ type: 'backend/restarted' });
    return { ok: true, value: info };
  };

  await launch(options.open.dbPath);

  return {
    tempDir: options.open.tempDir,
    dbPath: () => info.path,
    pid: () => channel.pid,
    info: () => info,
    dispatch: async (name, arg) => {
      if (name === 'workspace/restart') return restart();
      if (crash !== null) return { ok: false, error: crashed() };
      return request<DispatchResult>((id) => channel.send({ kind: 'call', id, name, arg }), failed);
    },
    addFile: async (path, name) => {
      const fileId = randomUUID();
      const file = { path, name: name ?? path.split(/[\\/]/).pop() ?? path };
      files.set(fileId, file);
      if (crash === null) channel.send({ kind: 'file', fileId, ...file });
      return fileId;
    },
    fileEntry: async (fileId) => {
      if (crash !== null) return null;
      return request<FileEntry | null>((id) => channel.send({ kind: 'file-entry', id, fileId }), () => null);
    },
    close: async () => {
      closing = true;
      if (crash === null) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(() => {
            channel.kill();
            resolve();
          }, CLOSE_TIMEOUT_MS);
          channel.onExit(() => {
            clearTimeout(timer);
            resolve();
          });
          channel.send({ kind: 'close' });
        });
      }
      for (const waiting of pending.values()) waiting.resolve(waiting.onCrash(crashed()));
      pending.clear();
      rmSync(options.open.tempDir, { recursive: true, force: true });
    },
  };
}
