// The CSV import's fast path: records split and rows read from the file's bytes, for a UTF-8 or
// Windows-1252 file with `\n` line breaks. A record is a line and a field lies between two
// delimiters, or between two quotes when it starts with one, as long as no quoting says
// otherwise (a doubled quote, text after a closing quote, a line break in quotes), so the bytes
// can be split as they are; each row then goes to the byte row parser (parse-row-bytes.ts), and
// the rows it leaves, and every row from the first record quoted otherwise on, are decoded and
// read the general way (read-csv.ts, parse-lines.ts).
// The result is the same as reading the whole file the general way: the same rows, the same
// row numbers, the same errors (NotUtf8Error, PartMisalignedError).
import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import type { LineBatch } from './line-batch';
import type { ByteRowParser, Fields } from './parse-row-bytes';
import { decoderLabel, NotUtf8Error, PartMisalignedError, readCsvRows, type CsvDialect } from './read-csv';

const READ_CHUNK = 1024 * 1024;
const MAX_FIELDS = 512;
const NEWLINE = 10;
const CR = 13;
const QUOTE = 34;

/** Whether a file of this dialect can be read from its bytes (UTF-16 and `\r` line breaks cannot). */
export const readsAsBytes = (dialect: CsvDialect): boolean => dialect.newline === '\n' && dialect.encoding !== 'utf-16le';

export type CsvBytesJob = {
  path: string;
  dialect: CsvDialect;
  /** The byte the part starts at, which starts a record (rows are numbered from there). */
  start: number;
  /** The byte the part ends at, where a record must end; the end of the file when absent. */
  end?: number;
  /** Records numbered up to this one were read already (the header and the rows held for the formats). */
  skip: number;
  /** The bytes of the records read, as they are read. */
  onBytes: (bytes: number) => void;
  fast: ByteRowParser;
  /** A row read the general way: its cells as the CSV reader gives them, and its number. */
  slow: (cells: string[], row: number) => void;
  /** A full batch to hand on after a row, or null. */
  full: () => LineBatch | null;
};

/** The part's batches; returns its records, blank ones included (the number of its last row). */
export async function* parseCsvBytes(job: CsvBytesJob): AsyncGenerator<LineBatch, number> {
  const { dialect, fast, slow, full, skip } = job;
  const utf8 = dialect.encoding === 'utf-8' || dialect.encoding === 'utf-8-bom';
  const decoder = new TextDecoder(decoderLabel(dialect.encoding), { ignoreBOM: true });
  const delimiter = dialect.delimiter.charCodeAt(0);
  const to = job.end ?? Number.POSITIVE_INFINITY;
  const starts = new Int32Array(MAX_FIELDS);
  const ends = new Int32Array(MAX_FIELDS);
  let buffer = Buffer.allocUnsafe(READ_CHUNK);
  const fields: Fields = { bytes: buffer, starts, ends, count: 0 };
  let filled = 0;
  /** The file offset of buffer[0] (always the start of a record) and of buffer[filled]. */
  let bufferAt = job.start;
  let position = job.start;
  let row = 0;
  /** Batches filled by the block just read. */
  const done: LineBatch[] = [];
  /** Where in the block the first record the byte reader cannot split begins (−1: none). */
  let stopAt = -1;
  /** The cells of a record as the general reader gives them, from its fields. */
  const cellsOf = (block: Buffer, count: number): string[] => {
    const cells: string[] = [];
    for (let k = 0; k < count; k++) cells.push(decoder.decode(block.subarray(starts[k], ends[k])));
    return cells;
  };
  /**
   * The records of a block of whole records, numbered on from `row`; returns the last number.
   * A field that starts with a quote is read to the next quote, which must end it; any other
   * quoting (a doubled quote, text after the closing one, a line break inside) stops the reading
   * at that record (stopAt), for the general reader. A plain function, not part of the
   * generator: V8 optimises its loops far better there.
   */
  const readRecords = (block: Buffer, row: number): number => {
    const limit = block.length;
    let pos = 0;
    while (pos < limit) {
      let nl = block.indexOf(NEWLINE, pos);
      if (nl === -1) nl = limit;
      const lineEnd = nl > pos && block[nl - 1] === CR ? nl - 1 : nl;
      let count = 0;
      let quoted = false;
      if (lineEnd > pos) {
        // Fields: starts[k]…ends[k], without the quotes of a quoted one.
        for (let i = pos; ; i++) {
          let from = i;
          let end: number;
          if (i < lineEnd && block[i] === QUOTE) {
            const close = block.indexOf(QUOTE, i + 1);
            if (close === -1 || close >= lineEnd || (close + 1 < lineEnd && block[close + 1] !== delimiter)) {
              stopAt = pos;
              return row;
            }
            quoted = true;
            from = i + 1;
            end = close;
            i = close + 1;
          } else {
            while (i < lineEnd && block[i] !== delimiter) i++;
            end = i;
          }
          if (count < MAX_FIELDS) {
            starts[count] = from;
            ends[count] = end;
          }
          count++;
          if (i >= lineEnd) break;
        }
        if (count > MAX_FIELDS && quoted) {
          stopAt = pos;
          return row;
        }
      }
      row++;
      if (row > skip && lineEnd > pos) {
        fields.count = count;
        if (count > MAX_FIELDS) slow(decoder.decode(block.subarray(pos, lineEnd)).split(dialect.delimiter), row);
        else if (!fast(fields)) slow(cellsOf(block, count), row);
        const batch = full();
        if (batch) done.push(batch);
      }
      pos = nl + 1;
    }
    return row;
  };
  const handle = await open(job.path, 'r');
  try {
    for (;;) {
      if (filled === buffer.length) {
        // A record longer than the buffer.
        const bigger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(bigger, 0, 0, filled);
        buffer = bigger;
        fields.bytes = buffer;
      }
      const wanted = Math.min(buffer.length - filled, to - position);
      const { bytesRead } = wanted > 0 ? await handle.read(buffer, filled, wanted, position) : { bytesRead: 0 };
      position += bytesRead;
      filled += bytesRead;
      const atEnd = bytesRead === 0;
      // Whole records only; at the end of the file the last one needs no line break.
      const limit = atEnd && job.end === undefined ? filled : buffer.subarray(0, filled).lastIndexOf(NEWLINE) + 1;
      if (limit === 0 && !atEnd) continue;
      const block = buffer.subarray(0, limit);
      if (utf8 && !isUtf8(block)) throw new NotUtf8Error('not UTF-8');
      row = readRecords(block, row);
      for (const batch of done) yield batch;
      done.length = 0;
      if (stopAt !== -1) {
        // Quoting the byte reader does not split: the general reader, from that record on.
        job.onBytes(stopAt);
        let records = 0;
        const rest = readCsvRows(job.path, { ...dialect, start: bufferAt + stopAt, end: job.end, onBytes: job.onBytes, onEnd: (n) => void (records = n) });
        for await (const chunk of rest) {
          for (let i = 0; i < chunk.rows.length; i++) {
            const number = row + chunk.numbers[i]!;
            if (number > skip) slow(chunk.rows[i] as string[], number);
            const batch = full();
            if (batch) yield batch;
          }
        }
        return row + records;
      }
      job.onBytes(limit);
      buffer.copyWithin(0, limit, filled);
      filled -= limit;
      bufferAt += limit;
      if (atEnd) {
        // A part ends between two records (the text left would be the start of one).
        if (filled > 0) throw new PartMisalignedError(`no record ends at byte ${job.end}`);
        return row;
      }
    }
  } finally {
    await handle.close();
  }
}
