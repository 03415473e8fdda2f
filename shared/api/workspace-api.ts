// The workspace file itself: which one is open (new, open, recent, the sample), a consistent
// backup while the app runs, a restore, and restarting the backend after a crash.
import type { ExportResult } from './export-api';
import type { FileId } from './import-api';

export type WorkspaceInfo = {
  /** The file's full path, shown to the user (the header, the start screen). */
  path: string;
  /** The file's name without `.clave`. */
  name: string;
  /** True for the sample workspace ("Experimentar com dados de exemplo"), never the user's. */
  sample: boolean;
  schemaVersion: number;
  appVersion: string;
};

export type RecentWorkspace = { path: string; name: string; exists: boolean; current: boolean };

export type WorkspaceList = {
  /** Most recently opened first; the sample workspace is never listed. */
  recent: RecentWorkspace[];
  /** Where a workspace created by name goes (a folder of Clave's own in the user-data folder). */
  folder: string;
  /** Whether this host accepts a typed path (the web host) or only the native dialog's (the desktop). */
  typedPaths: boolean;
};

export type WorkspaceHandlers = {
  /** SQLite's online backup into `target` (a save dialog's answer) or a temporary file to download. */
  'workspace/backup': (arg: { target?: FileId }) => Promise<ExportResult>;
  /**
   * Replaces the workspace with a backup, only once a copy of it has passed every check (it is a
   * Clave database, intact, not newer, migrates, has exactly Clave's schema); any refusal leaves
   * the workspace unchanged.
   */
  'workspace/restore': (arg: { fileId: FileId }) => Promise<{ customers: number; runs: number; schemaVersion: number }>;
  'workspace/info': (arg: Record<string, never>) => Promise<WorkspaceInfo>;
  /**
   * Creates an empty workspace and opens it: at the file a save dialog chose (`fileId`, desktop)
   * or, by `name`, in the workspaces folder. An existing file is never overwritten.
   */
  'workspace/new': (arg: { fileId?: FileId; name?: string }) => Promise<WorkspaceInfo>;
  /**
   * Opens an existing workspace: a file the open dialog chose (`fileId`, desktop), or a `path` from
   * the recent list, from the workspaces folder, or typed by the user (web host only).
   */
  'workspace/open': (arg: { fileId?: FileId; path?: string }) => Promise<WorkspaceInfo>;
  'workspace/recent': (arg: Record<string, never>) => Promise<WorkspaceList>;
  /** After the backend crashed: starts it again on the same workspace (in-process: reopens it). */
  'workspace/restart': (arg: Record<string, never>) => Promise<WorkspaceInfo>;
};
