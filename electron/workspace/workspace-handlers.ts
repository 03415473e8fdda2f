// Handlers of 'workspace/*' that belong to one open workspace: backup and restore. Which
// workspace is open (new, open, recent, info) is the session's (workspace-session.ts).
import type { WorkspaceHandlers } from '../../shared/api/workspace-api';
import type { Context } from '../api/context';
import { backupWorkspace } from './backup-workspace';
import { restoreWorkspace } from './restore-workspace';

export function workspaceHandlers(ctx: Context) {
  return {
    'workspace/backup': async ({ target }) => backupWorkspace(ctx, target),
    'workspace/restore': async ({ fileId }) => restoreWorkspace(ctx, fileId),
  } satisfies Partial<WorkspaceHandlers>;
}
