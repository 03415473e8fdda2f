// Opening another workspace from the screens: the desktop's dialogs, then the page starts over
// (start-over.ts) since everything the screens hold belongs to the workspace left.
import type { WorkspaceInfo } from '../../shared/api/workspace-api';
import type { FileFilter } from '../../shared/api/transport';
import { client } from './index';

export { startOver } from './start-over';

export const WORKSPACE_FILTERS = (name: string): FileFilter[] => [{ name, extensions: ['clave'] }];

/** Desktop: the native save dialog, then a new workspace there. null when cancelled. */
export async function newWorkspaceByDialog(defaultName: string, filterName: string): Promise<WorkspaceInfo | null> {
  let info: WorkspaceInfo | null = null;
  const saved = await client.saveFile(defaultName, WORKSPACE_FILTERS(filterName), async (target) => {
    info = await client.invoke('workspace/new', { fileId: target });
    return { fileId: target ?? '', fileName: info.name };
  });
  return saved === null ? null : info;
}

/** Desktop: the native open dialog, then that workspace. null when cancelled. */
export async function openWorkspaceByDialog(filterName: string): Promise<WorkspaceInfo | null> {
  const chosen = await client.openFile(WORKSPACE_FILTERS(filterName));
  return chosen === null ? null : client.invoke('workspace/open', { fileId: chosen.fileId });
}
