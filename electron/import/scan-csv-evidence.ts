// The CSV import's first pass: the evidence for the per-column formats (column-formats.ts) from
// every line of the file, read as bytes. Delimiters, digits, separators and quotes are ASCII, the
// same bytes in UTF-8 and Windows-1252, so nothing is decoded and only the columns that need a
// decision are looked at. A line holding a quote is skipped (quoted fields prove nothing here
// that the other lines do not).
import { createReadStream } from 'node:fs';
import { createEvidenceCollector, type ColumnFormats } from '../../shared/import/column-formats';
import type { Cell } from '../../shared/import/detect-header';
import type { ColumnMapping, ImportLocale } from '../../shared/import/fields';
import type { CsvDialect } from './read-csv';

const READ_CHUNK = 1024 * 1024;
const QUOTE = 34;
const CR = 13;
const COMMA = 44;
const DOT = 46;
const SLASH = 47;
const DASH = 45;

export async function scanCsvEvidence(
  path: string,
  dialect: CsvDialect,
  headerRow: number,
  mapping: ColumnMapping,
  locale: ImportLocale,
  onBytes?: (bytes: number) => void,
): Promise<ColumnFormats> {
  const evidence = createEvidenceCollector(mapping);
  const wanted = [mapping.date, mapping.amount, mapping.quantity, mapping.unitPrice, mapping.cost, mapping.margin].filter(
    (c): c is number => c !== undefined,
  );
  const last = Math.max(...wanted);
  const want = new Uint8Array(last + 1);
  for (const c of wanted) want[c] = 1;
  const cells: Cell[] = new Array(last + 1).fill(null);
  const delimiter = dialect.delimiter.charCodeAt(0);
  const newline = dialect.newline.charCodeAt(0);
  let line = 0;
  let carry: Buffer | null = null;

  const refreshWanted = () => {
    for (const c of wanted) want[c] = evidence.wants(c) ? 1 : 0;
  };
  const scanLine = (b: Buffer, start: number, end: number) => {
    line++;
    if (line <= headerRow || end <= start) return;
    if (end > start && b[end - 1] === CR) end--;
    let column = 0;
    let from = start;
    let separators = false; // a value without , . / - proves nothing: not even sliced
    for (let i = start; i <= end && column <= last; i++) {
      const c = i === end ? delimiter : b[i]!;
      if (c === QUOTE) return;
      if (c === COMMA || c === DOT || c === SLASH || c === DASH) separators = true;
      if (c !== delimiter) continue;
      cells[column] = separators && want[column] === 1 ? b.toString('latin1', from, i) : null;
      column++;
      from = i + 1;
      separators = false;
    }
    if (column <= last) return; // a short line: not a data row worth judging
    evidence.add(cells);
  };

  const stream = createReadStream(path, { highWaterMark: READ_CHUNK });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      onBytes?.(chunk.length);
      const b: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
      let pos = 0;
      for (;;) {
        const nl = b.indexOf(newline, pos);
        if (nl === -1) break;
        scanLine(b, pos, nl);
        pos = nl + 1;
      }
      carry = pos < b.length ? b.subarray(pos) : null;
      if (evidence.settled()) return evidence.decide(locale);
      refreshWanted();
    }
    if (carry) scanLine(carry, 0, carry.length);
  } finally {
    stream.destroy();
  }
  return evidence.decide(locale);
}
