// Where an export lands. A file is written beside its destination under a temporary name and
// renamed into place only when complete, so a failed or interrupted export never leaves a
// half-written workbook where the user expects one (nor replaces a good one).
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { apiError, isTypedError } from '../../shared/api/errors';
import type { FileId } from '../../shared/api/import-api';
import type { Context } from '../api/context';
import { partFileName, removeDeadPartFiles } from '../api/leftovers';

/** Writes `path` through `write(tmpPath)`; returns the size in bytes of the file written. */
export async function writeFileAtomically(path: string, write: (tmpPath: string) => Promise<void>): Promise<number> {
  // Named with this process's id: the next export to the same file removes a killed one's part.
  removeDeadPartFiles(dirname(path), basename(path));
  const tmp = join(dirname(path), partFileName(basename(path), randomUUID().slice(0, 8)));
  try {
    await write(tmp);
    renameSync(tmp, path);
    return statSync(path).size;
  } catch (e) {
    rmSync(tmp, { force: true });
    if (isTypedError(e)) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string')
      throw apiError('export/cannot-write', { path, reason: code });
    throw e;
  }
}

export type OutputTarget = {
  path: string;
  fileName: string;
  /** The id to return once the file is written. */
  register(): FileId;
  /** After a failure: removes the temporary folder (a chosen target was never touched). */
  discard(): void;
};

/**
 * The file an export handler writes: the save dialog's answer when the caller passes its id,
 * else a new file named `defaultName` in a folder of its own under the context's temporary
 * directory (so two exports of the same run keep the same friendly download name). A temporary
 * file gets its id only once written, so a failed export registers nothing.
 */
export function outputTarget(ctx: Context, target: FileId | undefined, defaultName: string): OutputTarget {
  if (target !== undefined) {
    if (typeof target !== 'string') throw apiError('export/bad-target');
    const entry = ctx.files.get(target);
    return { path: entry.path, fileName: entry.name, register: () => target, discard: () => undefined };
  }
  mkdirSync(ctx.tempDir, { recursive: true });
  const dir = mkdtempSync(join(ctx.tempDir, 'export-'));
  const path = join(dir, defaultName);
  return {
    path,
    fileName: defaultName,
    register: () => ctx.files.add(path, defaultName),
    discard: () => rmSync(dir, { recursive: true, force: true }),
  };
}
