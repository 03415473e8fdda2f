// An .xlsx file is a zip of XML parts. It is opened with yauzl, which reads the central directory
// (no scanning for local headers); each part read is bounded by the number of entries, by its
// unpacked size (LIMITS.partBytes: the size it declares, and then the bytes it actually inflates
// to) and by how many times it expands (LIMITS.expansion: a zip bomb expands a thousand times).
// yauzl hands over a part's stored bytes, which are inflated here in large blocks (zlib's default
// 16 KiB blocks cost a second of callbacks on a 500 MB sheet). Any damage (a truncated file, a
// bad directory, a broken deflate stream) is one message naming the file.
import type { Readable, TransformOptions } from 'node:stream';
import { createInflateRaw, type ZlibOptions } from 'node:zlib';
import type yauzl from 'yauzl';
import { apiError, isTypedError } from '../../shared/api/errors';
import { LIMITS } from './limits';

export type ZipArchive = {
  /** Whether the archive has a part of this name. */
  has(name: string): boolean;
  /** How many bytes of the file a part's unpacked byte stands for (for progress). */
  packedShare(name: string): number;
  /** The part's unpacked bytes, in blocks as they are inflated; at most `limit` bytes. */
  read(name: string, limit: number): AsyncGenerator<Buffer>;
  close(): void;
};

const MiB = 1024 * 1024;
const INFLATE_BLOCK = 256 * 1024;
/** zlib passes its options on to the stream: four blocks inflated ahead, so that the scanner never waits for one. */
const INFLATE: ZlibOptions & TransformOptions = { chunkSize: INFLATE_BLOCK, readableHighWaterMark: 4 * INFLATE_BLOCK };

export async function openZip(path: string, fileName: string): Promise<ZipArchive> {
  const damaged = () => apiError('import/damaged-zip', { file: fileName });
  // Loaded when an .xlsx is first read: not at every start of the command line and the backend.
  const { openPromise } = (await import('yauzl')).default;
  let zip: yauzl.ZipFile;
  try {
    zip = await openPromise(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: false });
  } catch {
    throw damaged();
  }
  const entries = new Map<string, yauzl.Entry>();
  try {
    if (zip.entryCount > LIMITS.zipEntries) throw apiError('import/too-many-entries', { file: fileName, limit: LIMITS.zipEntries });
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
  } catch (e) {
    zip.close();
    throw isTypedError(e) ? e : damaged();
  }
  const streams = new Set<Readable>();
  return {
    has: (name) => entries.has(name),
    packedShare: (name) => {
      const entry = entries.get(name);
      return entry && entry.uncompressedSize > 0 ? entry.compressedSize / entry.uncompressedSize : 0;
    },
    async *read(name, limit) {
      const entry = entries.get(name);
      if (!entry) throw damaged();
      if (entry.isEncrypted()) throw apiError('import/encrypted', { file: fileName });
      if (!entry.canDecodeFileData()) throw damaged();
      if (entry.uncompressedSize > limit) throw apiError('import/part-too-large', { file: fileName, part: name, limit });
      if (entry.uncompressedSize > MiB && entry.uncompressedSize > LIMITS.expansion * Math.max(1, entry.compressedSize)) {
        throw apiError('import/zip-bomb', { file: fileName, part: name, ratio: LIMITS.expansion });
      }
      let stored: Readable;
      try {
        stored = await zip.openReadStreamPromise(entry, { decodeFileData: false });
      } catch {
        throw damaged();
      }
      const stream = entry.compressionMethod === 8 ? stored.pipe(createInflateRaw(INFLATE)) : stored;
      stored.on('error', (e) => stream.destroy(e));
      streams.add(stream);
      let unpacked = 0;
      try {
        for await (const block of stream as AsyncIterable<Buffer>) {
          unpacked += block.length;
          if (unpacked > entry.uncompressedSize) throw damaged(); // more than it declares
          yield block;
        }
        if (unpacked !== entry.uncompressedSize) throw damaged(); // less
      } catch (e) {
        throw isTypedError(e) ? e : damaged();
      } finally {
        streams.delete(stream);
        stored.unpipe();
        stored.destroy();
        stream.destroy();
      }
    },
    close() {
      for (const stream of streams) stream.destroy();
      zip.close();
    },
  };
}
