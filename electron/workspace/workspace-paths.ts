// Where workspaces live in the user-data folder, and which paths a caller may open or create.
// The desktop opens what its native dialogs chose; the web host, whose page could be made to
// send anything, opens only: a recent workspace, one in Clave's own workspaces folder, or a path
// the user typed that names an existing .clave file which is a Clave database (checked on open,
// never created). New workspaces from a typed name go to the workspaces folder, never elsewhere.
import { statSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { apiError } from '../../shared/api/errors';

export const WORKSPACE_EXTENSION = '.clave';

export function defaultWorkspacePath(userDataDir: string): string {
  return join(userDataDir, 'workspace.clave');
}

/** The folder where a workspace created by name goes. */
export function workspacesFolder(userDataDir: string): string {
  return join(userDataDir, 'workspaces');
}

/** The sample workspace: a file of its own, so the sample never mixes with the user's data. */
export function sampleWorkspacePath(userDataDir: string): string {
  return join(userDataDir, 'exemplo', 'exemplo.clave');
}

export function workspaceName(path: string): string {
  return basename(path).replace(/\.clave$/i, '');
}

export function isInside(folder: string, path: string): boolean {
  const rel = relative(resolve(folder), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.includes(`..${sep}`);
}

/** A name typed for a new workspace, as a file name: letters (any script), digits, spaces, `-`, `_`, `.`. */
export function pathForName(userDataDir: string, name: unknown): string {
  const clean = typeof name === 'string' ? name.trim().replace(/\.clave$/i, '').trim() : '';
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,79}$/u.test(clean) || clean.endsWith('.')) throw apiError('workspace/bad-name');
  return join(workspacesFolder(userDataDir), `${clean}${WORKSPACE_EXTENSION}`);
}

/** A typed path: absolute, ending in .clave, naming an existing regular file. */
export function checkTypedPath(path: unknown): string {
  if (typeof path !== 'string' || path.length > 4096 || /[\u0000-\u001f]/.test(path)) throw apiError('workspace/path-refused', { path: String(path).slice(0, 200) });
  if (!isAbsolute(path) || !path.toLowerCase().endsWith(WORKSPACE_EXTENSION)) throw apiError('workspace/path-refused', { path });
  const resolved = resolve(path);
  let isFile = false;
  try {
    isFile = statSync(resolved).isFile();
  } catch {
    throw apiError('workspace/missing', { path: resolved });
  }
  if (!isFile) throw apiError('workspace/path-refused', { path: resolved });
  return resolved;
}
