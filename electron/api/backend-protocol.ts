// The messages between a host and its backend process (Electron's utility process, or a Node
// child process standing in for it in the web host and the tests). Plain data only: they cross
// a process boundary by structured clone.
import type { ApiError } from '../../shared/api/errors';
import type { ApiEvent } from '../../shared/api/events';
import type { FileId } from '../../shared/api/import-api';
import type { DispatchResult } from '../../shared/api/registry';
import type { WorkspaceInfo } from '../../shared/api/workspace-api';
import type { FileEntry } from './context';
import type { SessionOptions } from '../workspace/workspace-session';

export type OpenOptions = Omit<SessionOptions, 'emit'>;

export type ToBackend =
  | { kind: 'open'; options: OpenOptions }
  | { kind: 'call'; id: number; name: string; arg: unknown }
  | { kind: 'file'; fileId: FileId; path: string; name: string }
  | { kind: 'file-entry'; id: number; fileId: FileId }
  | { kind: 'close' };

export type FromBackend =
  | { kind: 'ready'; info: WorkspaceInfo }
  | { kind: 'open-failed'; error: ApiError }
  | { kind: 'reply'; id: number; result: DispatchResult }
  | { kind: 'file-entry'; id: number; entry: FileEntry | null }
  | { kind: 'event'; event: ApiEvent }
  | { kind: 'closed' };

/** One end of the pipe, whichever kind of process is at the other. */
export type BackendChannel = {
  send(message: ToBackend): void;
  onMessage(listener: (message: FromBackend) => void): void;
  /** Once, when the process is gone (code null: killed by a signal). */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
  readonly pid: number | undefined;
};
