// The workspace file itself: a consistent backup while the app runs, and a restore.
import type { ExportResult } from './export-api';
import type { FileId } from './import-api';

export type WorkspaceHandlers = {
  /** SQLite's online backup into `target` (a save dialog's answer) or a temporary file to download. */
  'workspace/backup': (arg: { target?: FileId }) => Promise<ExportResult>;
  /** Replaces the workspace with a backup; refuses a file that is not a Clave database or is from a newer version. */
  'workspace/restore': (arg: { fileId: FileId }) => Promise<{ customers: number; runs: number; schemaVersion: number }>;
  'workspace/info': (arg: Record<string, never>) => Promise<{ path: string; schemaVersion: number; appVersion: string }>;
};
