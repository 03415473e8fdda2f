// The content hash that recognises a file imported before, whatever its name. A cancel or a file
// that cannot be read becomes the import's own message.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { apiError } from '../../shared/api/errors';

export async function hashFile(path: string, fileName: string, signal?: AbortSignal): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024, signal }) as AsyncIterable<Buffer>) hash.update(chunk);
  } catch {
    throw signal?.aborted ? apiError('import/cancelled') : apiError('import/unreadable', { file: fileName });
  }
  return hash.digest('hex');
}
