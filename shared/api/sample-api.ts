// "Experimentar com dados de exemplo": a generated sales history a new user can import in one
// click, in a workspace of its own (never the user's).
import type { FileId } from './import-api';
import type { WorkspaceInfo } from './workspace-api';

export type SampleHandlers = {
  /** Writes a generated sample sales file (a Brazilian ERP CSV) and returns its id, ready to import. */
  'sample/create': (arg: { lines?: number; customers?: number }) => Promise<{ fileId: FileId; fileName: string }>;
  /** Opens the sample workspace (created empty the first time); the user's workspaces are left alone. */
  'sample/workspace': (arg: Record<string, never>) => Promise<WorkspaceInfo>;
};
