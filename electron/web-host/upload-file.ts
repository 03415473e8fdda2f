// Saves an upload to a temporary file as it arrives (never the whole file in memory), with a
// size limit: past it the partial file is deleted and the caller answers 413. The uploads of a
// session are bounded in total too (upload-store.ts).
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { extname, join } from 'node:path';
import { apiError } from '../../shared/api/errors';

/** Where an upload named `name` is kept: a fresh name in `dir`, keeping a plain extension (.xlsx, .csv). */
export function uploadPath(dir: string, name: string): string {
  const ext = extname(name).toLowerCase();
  return join(dir, `upload-${randomUUID()}${/^\.[a-z0-9]{1,8}$/.test(ext) ? ext : ''}`);
}

export function tooLargeError(maxBytes: number) {
  return apiError('host/too-large', { mb: Math.round(maxBytes / (1024 * 1024)) });
}

export function isTooLarge(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'host/too-large';
}

/**
 * Streams the request body to `path`; rejects with a too-large error past `maxBytes`. The request
 * itself is left open (not destroyed) so that the caller can still answer 413.
 */
export function saveUpload(req: IncomingMessage, path: string, maxBytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const file = createWriteStream(path, { flags: 'wx', mode: 0o600 });
    let bytes = 0;
    let settled = false;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('close', onClose);
    };
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      stop();
      const removeFile = () => {
        rm(path, { force: true }).then(
          () => reject(e),
          () => reject(e),
        );
      };
      // Removed once closed: a file still being opened would otherwise reappear after the rm.
      if (file.closed) removeFile();
      else file.once('close', removeFile).destroy();
    };
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > maxBytes) return fail(tooLargeError(maxBytes));
      if (!file.write(chunk)) {
        req.pause();
        file.once('drain', () => req.resume());
      }
    };
    const onEnd = () => {
      stop();
      file.end(() => {
        if (settled) return;
        settled = true;
        resolve(bytes);
      });
    };
    const onClose = () => {
      if (!req.complete) fail(new Error('upload interrupted'));
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('close', onClose);
    req.on('error', fail);
    file.on('error', fail);
  });
}
