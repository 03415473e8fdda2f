// Streams a .csv/.txt file as rows: encoding (UTF-8 with or without BOM, UTF-16LE with BOM, else
// Windows-1252) and delimiter (`;`, `,` or tab) detected from its beginning (SPEC "Import").
import { open } from 'node:fs/promises';
import type { Cell } from '../../shared/import/detect-header';
import { newChunk, type RowChunk } from './row-chunk';

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252';
export type CsvDialect = { encoding: CsvEncoding; delimiter: ',' | ';' | '\t'; newline: '\n' | '\r' };

const SNIFF_BYTES = 64 * 1024;
// Small blocks: the rows of one block die young, before the garbage collector promotes them.
const DECODE_CHUNK = 64 * 1024;
// Read in larger blocks, into one buffer used again and again: a stream's fresh 64 KiB buffers
// cost a quarter of a second of CPU per 100 MB.
const READ_CHUNK = 1024 * 1024;

/** Thrown when a file taken for UTF-8 turns out not to be: the import starts again as Windows-1252. */
export class NotUtf8Error extends Error {}

/** Thrown when a part of a file read on its own (`end`) does not end between two records: a quoted field runs on past it. */
export class PartMisalignedError extends Error {}

export function decoderLabel(encoding: CsvEncoding): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}

/** Reads the beginning of the file and decides its encoding, delimiter and line breaks. */
export async function sniffCsv(path: string): Promise<CsvDialect & { sample: string }> {
  const handle = await open(path, 'r');
  let bytes: Buffer;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    bytes = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const encoding = detectEncoding(bytes);
  const sample = new TextDecoder(decoderLabel(encoding)).decode(bytes);
  const newline = sample.includes('\n') || !sample.includes('\r') ? '\n' : '\r';
  return { encoding, delimiter: detectDelimiter(sample, newline), newline, sample };
}

export function detectEncoding(bytes: Uint8Array): CsvEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  try {
    // stream: true lets a character cut at the end of the sample pass.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

const CANDIDATES = [';', '\t', ','] as const;

/**
 * The delimiter whose count per line is the most regular over the first lines (outside quotes):
 * the one whose most frequent non-zero count occurs on the most lines, then the larger count.
 * A decimal comma in a `;` file varies from line to line; the `;` does not.
 */
export function detectDelimiter(sample: string, newline: '\n' | '\r' = '\n'): CsvDialect['delimiter'] {
  const lines = sample.split(newline).filter((l) => l.trim() !== '').slice(0, 40);
  if (lines.length > 1) lines.pop(); // may be cut short
  let best: CsvDialect['delimiter'] = ',';
  let bestLines = 0;
  let bestCount = 0;
  for (const d of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      let n = 0;
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '"') quoted = !quoted;
        else if (c === d && !quoted) n++;
      }
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    for (const [count, times] of counts) {
      if (times > bestLines || (times === bestLines && count > bestCount)) {
        best = d;
        bestLines = times;
        bestCount = count;
      }
    }
  }
  return best;
}

const QUOTE = 34;
const CR = 13;

/**
 * Splits decoded text into records. Lines without a quote take the fast path (String#split);
 * quoted fields (delimiters, quotes or line breaks inside) go through a small state machine.
 * Blank lines are skipped but counted, so row numbers match what a spreadsheet shows.
 */
export function createCsvTokenizer(dialect: Pick<CsvDialect, 'delimiter' | 'newline'>) {
  const delimiter = dialect.delimiter;
  const delimCode = delimiter.charCodeAt(0);
  const nlCode = dialect.newline.charCodeAt(0);
  let carry = '';
  let row = 0;

  const emit = (cells: Cell[], out: RowChunk) => {
    row++;
    if (cells.length === 1 && cells[0] === '') return; // blank line
    out.rows.push(cells);
    out.numbers.push(row);
  };

  /** Parses one record with quotes from `pos`; null when it does not end within `s` (and more may come). */
  const quotedRecord = (s: string, pos: number, final: boolean): { cells: Cell[]; end: number } | null => {
    const cells: Cell[] = [];
    let i = pos;
    for (;;) {
      let field = '';
      if (s.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        for (;;) {
          const k = s.indexOf('"', j);
          if (k === -1) {
            if (!final) return null;
            field += s.slice(j);
            i = s.length;
            break;
          }
          field += s.slice(j, k);
          if (k + 1 >= s.length && !final) return null;
          if (s.charCodeAt(k + 1) === QUOTE) {
            field += '"';
            j = k + 2;
          } else {
            i = k + 1;
            break;
          }
        }
      }
      // Unquoted text (or what follows a closing quote) up to the delimiter or the line break.
      let j = i;
      while (j < s.length) {
        const c = s.charCodeAt(j);
        if (c === delimCode || c === nlCode) break;
        j++;
      }
      if (j >= s.length && !final) return null;
      let tail = s.slice(i, j);
      if (j < s.length && s.charCodeAt(j) === nlCode && tail.charCodeAt(tail.length - 1) === CR) tail = tail.slice(0, -1);
      cells.push(field + tail);
      if (j >= s.length) return { cells, end: s.length };
      if (s.charCodeAt(j) === nlCode) return { cells, end: j + 1 };
      i = j + 1; // past the delimiter
    }
  };

  const run = (s: string, out: RowChunk, final: boolean) => {
    let pos = 0;
    let nextQuote = s.indexOf('"');
    while (pos < s.length) {
      if (nextQuote !== -1 && nextQuote < pos) nextQuote = s.indexOf('"', pos);
      const nl = s.indexOf(dialect.newline, pos);
      if (nextQuote === -1 || (nl !== -1 && nextQuote > nl)) {
        if (nl === -1 && !final) break;
        const end = nl === -1 ? s.length : nl;
        const lineEnd = end > pos && s.charCodeAt(end - 1) === CR ? end - 1 : end;
        emit(s.slice(pos, lineEnd).split(delimiter), out);
        pos = end + 1;
        continue;
      }
      const record = quotedRecord(s, pos, final);
      if (!record) break;
      emit(record.cells, out);
      pos = record.end;
    }
    carry = pos >= s.length ? '' : s.slice(pos);
  };

  return {
    push(text: string, out: RowChunk) {
      run(carry.length === 0 ? text : carry + text, out, false);
    },
    /** Records so far, blank ones included: the number of the last row. */
    records: () => row,
    /** Whether text is left that does not end a record yet. */
    pending: () => carry.length > 0,
    end(out: RowChunk) {
      if (carry.length > 0) run(carry, out, true);
      carry = '';
    },
  };
}

export type CsvReadOptions = CsvDialect & {
  /** Called with the number of bytes of each block read, for progress. */
  onBytes?: (bytes: number) => void;
  /** Reads only this many bytes (a preview); the last, possibly cut, record is dropped. */
  maxBytes?: number;
  /**
   * A part of the file (the import reads a large file in two parts at once): from byte `start`,
   * which must begin a record (rows are numbered from there), to byte `end` (exclusive), where
   * a record must end, else PartMisalignedError.
   */
  start?: number;
  end?: number;
  /** Called at the end of the file or part with the number of records read, blank ones included. */
  onEnd?: (records: number) => void;
};

/** The file's records, a chunk per block read. UTF-8 that proves invalid throws NotUtf8Error. */
export async function* readCsvRows(path: string, options: CsvReadOptions): AsyncGenerator<RowChunk> {
  const utf8 = options.encoding === 'utf-8' || options.encoding === 'utf-8-bom';
  const decoder = new TextDecoder(decoderLabel(options.encoding), { fatal: utf8 });
  const tokenizer = createCsvTokenizer(options);
  const from = options.start ?? 0;
  const to = options.maxBytes ?? options.end ?? Number.POSITIVE_INFINITY;
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new NotUtf8Error('not UTF-8');
    }
  };
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_CHUNK);
    let position = from;
    for (;;) {
      const wanted = Math.min(READ_CHUNK, to - position);
      if (wanted <= 0) break;
      const { bytesRead } = await handle.read(buffer, 0, wanted, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      for (let at = 0; at < bytesRead; at += DECODE_CHUNK) {
        const bytes = buffer.subarray(at, Math.min(at + DECODE_CHUNK, bytesRead));
        options.onBytes?.(bytes.length);
        const out = newChunk();
        tokenizer.push(decode(bytes), out);
        if (out.rows.length > 0) yield out;
      }
    }
    if (options.maxBytes !== undefined) return;
    const out = newChunk();
    tokenizer.push(decode(), out);
    if (options.end === undefined) tokenizer.end(out);
    else if (tokenizer.pending()) throw new PartMisalignedError(`no record ends at byte ${options.end}`);
    if (out.rows.length > 0) yield out;
    options.onEnd?.(tokenizer.records());
  } finally {
    await handle.close();
  }
}
