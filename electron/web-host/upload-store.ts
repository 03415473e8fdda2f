// The uploads of one web host session, bounded in total: a new upload that would take them past
// the limit removes the oldest first (a file uploaded for a preview and never imported is the
// usual one), and an upload is removed as soon as the import that read it is done. Whatever is
// left goes with the session's temporary folder when the host closes, and a killed host's folder
// is removed at the next start (leftovers.ts).
import { rmSync } from 'node:fs';
import type { FileId } from '../../shared/api/import-api';

/** The calls that consume an uploaded file: once one succeeds, the upload is no longer needed. */
const CONSUMING_CALLS = new Set(['import/run', 'surveys/import']);

export type UploadStore = {
  /** Makes room for `bytes` more, removing the oldest uploads as needed. */
  reserve(bytes: number): void;
  add(fileId: FileId, path: string, bytes: number): void;
  /** After a call: removes the upload it consumed, if any. */
  afterCall(name: string, arg: unknown, ok: boolean): void;
  totalBytes(): number;
};

export function createUploadStore(maxTotalBytes: number): UploadStore {
  // Insertion order is age order.
  const uploads = new Map<FileId, { path: string; bytes: number }>();
  let total = 0;
  const remove = (fileId: FileId) => {
    const upload = uploads.get(fileId);
    if (!upload) return;
    uploads.delete(fileId);
    total -= upload.bytes;
    rmSync(upload.path, { force: true });
  };
  return {
    reserve(bytes) {
      for (const fileId of uploads.keys()) {
        if (total + bytes <= maxTotalBytes) break;
        remove(fileId);
      }
    },
    add(fileId, path, bytes) {
      uploads.set(fileId, { path, bytes });
      total += bytes;
    },
    afterCall(name, arg, ok) {
      if (!ok || !CONSUMING_CALLS.has(name) || typeof arg !== 'object' || arg === null) return;
      const fileId = (arg as { fileId?: unknown }).fileId;
      if (typeof fileId === 'string') remove(fileId);
    },
    totalBytes: () => total,
  };
}
