// A large CSV read in two parts at once, each on a thread of its own: where the second part
// starts, and the parts' batches taken as they come (import-file.ts).
import { open as openFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { LineBatch } from './line-batch';
import type { ParseEnd } from './parse-lines';
import { NotUtf8Error, PartMisalignedError, type CsvDialect } from './read-csv';

/** A CSV at least this large is read in two parts at once, each on a thread of its own. */
const SPLIT_BYTES = 8 * 1024 * 1024;

/** How many parts a file of this kind and size may be read in (splitPoint decides whether it is). */
export const partsFor = (kind: string, size: number): number => (kind === 'csv' && size >= SPLIT_BYTES && availableParallelism() >= 2 ? 2 : 1);

/**
 * Where the second part of a large CSV starts: just past the first line break after the middle.
 * A record starts there unless a quoted field with a line break in it runs across it, which the
 * first part finds out at its end (PartMisalignedError: the import reads the file whole). Null:
 * read it in one part (a small file, UTF-16, one core).
 */
export async function splitPoint(path: string, size: number, dialect: CsvDialect | null): Promise<number | null> {
  if (dialect === null || dialect.encoding === 'utf-16le' || size < SPLIT_BYTES || availableParallelism() < 2) return null;
  const middle = Math.floor(size / 2);
  const handle = await openFile(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, middle);
    // In UTF-8 and Windows-1252 alike, this byte is a line break and nothing else.
    const at = buffer.subarray(0, bytesRead).indexOf(dialect.newline.charCodeAt(0));
    return at === -1 || middle + at + 1 >= size ? null : middle + at + 1;
  } finally {
    await handle.close();
  }
}

/**
 * Starts the parts at once, so that they start reading while the file is hashed, and returns
 * what hands their batches to `take` as they come and gives each part's end. A later part that
 * fails may have started inside a record: the import then reads the file whole.
 */
export function startParts(parsers: AsyncGenerator<LineBatch, ParseEnd>[]): (take: (batch: LineBatch, part: number) => void) => Promise<ParseEnd[]> {
  type Next = { part: number; next?: IteratorResult<LineBatch, ParseEnd>; error?: unknown };
  const pending = new Map<number, Promise<Next>>();
  const pull = (part: number) =>
    pending.set(
      part,
      parsers[part]!.next().then(
        (next) => ({ part, next }),
        (error: unknown) => ({ part, error }),
      ),
    );
  parsers.forEach((_, part) => pull(part));
  return async (take) => {
    const ends: ParseEnd[] = [];
    while (pending.size > 0) {
      const { part, next, error } = await Promise.race(pending.values());
      pending.delete(part);
      if (error !== undefined) {
        if (part > 0 && !(error instanceof NotUtf8Error)) throw new PartMisalignedError(`the later part failed: ${(error as Error).message}`);
        throw error;
      }
      if (next!.done) ends[part] = next!.value;
      else {
        take(next!.value, part);
        pull(part);
      }
    }
    return ends;
  };
}
