// Handlers of 'workspace/*': backup, restore and what the workspace is.
import type { WorkspaceHandlers } from '../../shared/api/workspace-api';
import type { Context } from '../api/context';
import { backupWorkspace } from './backup-workspace';
import { restoreWorkspace } from './restore-workspace';

export function workspaceHandlers(ctx: Context) {
  return {
    'workspace/backup': async ({ target }) => backupWorkspace(ctx, target),
    'workspace/restore': async ({ fileId }) => restoreWorkspace(ctx, fileId),
    'workspace/info': async () => ({
      path: ctx.dbPath,
      schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
      appVersion: ctx.appVersion,
    }),
  } satisfies WorkspaceHandlers;
}
