// The workspace handlers' arguments (workspace-api.ts). A typed path is bounded in length here;
// where it may point is the session's rule (workspace-session.ts).
import { argChecksOf, nothing, object, optional, text } from './arg-checks';
import { fileId, LIMITS, line } from './common-arg-checks';
import type { WorkspaceHandlers } from './workspace-api';

export const workspaceArgChecks = argChecksOf<WorkspaceHandlers>()({
  'workspace/backup': object({ target: optional(fileId) }),
  'workspace/restore': object({ fileId }),
  'workspace/info': nothing,
  'workspace/new': object({ fileId: optional(fileId), name: optional(line) }),
  'workspace/open': object({ fileId: optional(fileId), path: optional(text(LIMITS.path)) }),
  'workspace/recent': nothing,
  'workspace/restart': nothing,
});
