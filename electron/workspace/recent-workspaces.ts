// The recent workspaces, most recent first, in a small JSON file in the user-data folder (the same
// for the desktop and the web host). The first one is where Clave opens next time.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const MAX_RECENT = 10;

export function recentFile(userDataDir: string): string {
  return join(userDataDir, 'recent-workspaces.json');
}

export function readRecent(userDataDir: string): string[] {
  try {
    const raw: unknown = JSON.parse(readFileSync(recentFile(userDataDir), 'utf8'));
    if (!Array.isArray(raw)) return [];
    return raw.filter((p): p is string => typeof p === 'string' && p.length < 4096).slice(0, MAX_RECENT);
  } catch {
    return []; // first run, or a damaged file: no recent workspaces
  }
}

/** Puts `path` first; never throws (a read-only profile only loses the list). */
export function rememberRecent(userDataDir: string, path: string): void {
  const list = [path, ...readRecent(userDataDir).filter((p) => p !== path)].slice(0, MAX_RECENT);
  const file = recentFile(userDataDir);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify(list, null, 1));
    renameSync(`${file}.tmp`, file);
  } catch {
    // the list is a convenience
  }
}
