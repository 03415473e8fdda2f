// What a killed Clave leaves behind: its temporary folder (uploads, downloads, a CLI run's scratch
// workspace) and the half-written `.part` file of an export. Each is named with the process id
// that made it, so the next Clave removes those whose process is gone and never one in use.
import { readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
}

/** Removes `<prefix>-<pid>-XXXXXX` folders in `dir` whose process is gone; returns how many. */
export function removeDeadTempDirs(prefix: string, dir = tmpdir()): number {
  const pattern = new RegExp(`^${prefix.replace(/[-]/g, '\\-')}-(\\d+)-[A-Za-z0-9]{6}$`);
  let removed = 0;
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!pid || isAlive(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

/** The temporary name an export is written under beside its target (renamed when complete). */
export function partFileName(target: string, unique: string): string {
  return `.${target}.${process.pid}-${unique}.part`;
}

/** Removes the `.part` files of `target` in `dir` left by processes that are gone. */
export function removeDeadPartFiles(dir: string, target: string): void {
  const prefix = `.${target}.`;
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.part')) continue;
    const pid = Number(/^(\d+)-[^.]+$/.exec(name.slice(prefix.length, -'.part'.length))?.[1]);
    if (pid && !isAlive(pid)) rmSync(join(dir, name), { force: true });
  }
}
