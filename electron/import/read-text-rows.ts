// A text file's rows: its bytes read in blocks, decoded (text-encoding.ts) and cut into records
// (csv-tokenizer.ts). The blocks are small enough that the rows of one die young, before the
// garbage collector promotes them; the file is read into one buffer used again and again.
import { open } from 'node:fs/promises';
import { apiError } from '../../shared/api/errors';
import type { CsvDialect } from './csv-dialect';
import { createCsvTokenizer } from './csv-tokenizer';
import { newChunk, type RowChunk } from './row-chunk';
import { createUtf8Check, decoderLabel, type TextEncoding } from './text-encoding';

const READ_BYTES = 1024 * 1024;
const DECODE_BYTES = 64 * 1024;

export type TextReadOptions = {
  path: string;
  fileName: string;
  encoding: TextEncoding;
  dialect: CsvDialect;
  /** Reads only this many bytes (a preview): the last record, maybe cut, is left out. */
  maxBytes?: number;
  onBytes?: (bytes: number) => void;
};

export type TextRows = {
  rows: AsyncGenerator<RowChunk>;
  /** For a file read as UTF-8: whether its bytes so far were UTF-8 (else it is Windows-1252). */
  utf8Valid(): boolean;
};

export function readTextRows(o: TextReadOptions): TextRows {
  const check = o.encoding === 'utf-8' ? createUtf8Check() : null;
  let ended = false;
  async function* rows(): AsyncGenerator<RowChunk> {
    const decoder = new TextDecoder(decoderLabel(o.encoding));
    const tokenizer = createCsvTokenizer(o.dialect, o.fileName);
    const limit = o.maxBytes ?? Number.POSITIVE_INFINITY;
    let handle;
    try {
      handle = await open(o.path, 'r');
    } catch {
      throw apiError('import/unreadable', { file: o.fileName });
    }
    try {
      const buffer = Buffer.allocUnsafe(READ_BYTES);
      let position = 0;
      for (;;) {
        const wanted = Math.min(READ_BYTES, limit - position);
        if (wanted <= 0) return;
        const { bytesRead } = await handle.read(buffer, 0, wanted, position);
        if (bytesRead === 0) break;
        position += bytesRead;
        for (let at = 0; at < bytesRead; at += DECODE_BYTES) {
          const bytes = buffer.subarray(at, Math.min(at + DECODE_BYTES, bytesRead));
          check?.add(bytes);
          o.onBytes?.(bytes.length);
          const out = newChunk();
          tokenizer.push(decoder.decode(bytes, { stream: true }), out);
          if (out.rows.length > 0) yield out;
        }
      }
      const out = newChunk();
      tokenizer.push(decoder.decode(), out);
      tokenizer.end(out);
      ended = true;
      if (out.rows.length > 0) yield out;
    } finally {
      await handle.close();
    }
  }
  return { rows: rows(), utf8Valid: () => check === null || check.valid(ended) };
}
