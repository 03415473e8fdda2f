// Parsed sale lines as they cross from the parsing thread to the writing one (parse-worker.ts):
// a column of customer codes, one of the other texts, and one Float64Array of the figures, which
// is transferred rather than copied. Texts that repeat from line to line (product, seller,
// segment, region, name) are sent once per batch and referred to by number, so that the thread
// that writes to SQLite spends little time receiving them.
import type { Reject } from '../../shared/api/import-api';
import type { SaleLine } from '../../shared/import/parse-row';

/** day, quantityMilli, amountCents, costCents, marginCents; NaN where the line has none. */
const FIGURES = 5;
/** orderId, then product, seller, segment, region, customerName as numbers into `words` (−1: none). */
const WORDS = 5;

export type LineBatch = {
  count: number;
  customers: string[];
  orders: (string | null)[];
  figures: Float64Array<ArrayBuffer>;
  wordRefs: Int32Array<ArrayBuffer>;
  words: string[];
  rejects: Reject[];
  /** Non-blank data rows this batch read, the rejected ones included. */
  rowsRead: number;
};

export type LineBatchBuilder = {
  push(line: SaleLine): void;
  reject(reject: Reject): void;
  /** A data row was read (whether it became a line or a reject). */
  read(): void;
  size(): number;
  /** The batch so far, and a fresh one started. */
  take(): LineBatch;
};

export function createLineBatchBuilder(capacity: number): LineBatchBuilder {
  let b = empty(capacity);
  let index = new Map<string, number>();
  const word = (s: string | null): number => {
    if (s === null) return -1;
    let n = index.get(s);
    if (n === undefined) {
      n = b.words.length;
      b.words.push(s);
      index.set(s, n);
    }
    return n;
  };
  return {
    push(line) {
      if (b.count === capacity) throw new Error('line batch full'); // a bug in the caller: figures would be lost
      const i = b.count++;
      b.customers.push(line.customer);
      b.orders.push(line.orderId);
      const f = i * FIGURES;
      b.figures[f] = line.day;
      b.figures[f + 1] = line.quantityMilli ?? Number.NaN;
      b.figures[f + 2] = line.amountCents;
      b.figures[f + 3] = line.costCents ?? Number.NaN;
      b.figures[f + 4] = line.marginCents ?? Number.NaN;
      const w = i * WORDS;
      b.wordRefs[w] = word(line.product);
      b.wordRefs[w + 1] = word(line.seller);
      b.wordRefs[w + 2] = word(line.segment);
      b.wordRefs[w + 3] = word(line.region);
      b.wordRefs[w + 4] = word(line.customerName);
    },
    reject(reject) {
      b.rejects.push(reject);
    },
    read() {
      b.rowsRead++;
    },
    size: () => b.count + b.rejects.length,
    take() {
      const done = b;
      b = empty(capacity);
      index = new Map();
      return { ...done, figures: done.figures.subarray(0, done.count * FIGURES), wordRefs: done.wordRefs.subarray(0, done.count * WORDS) };
    },
  };
}

function empty(capacity: number): LineBatch {
  return {
    count: 0,
    customers: [],
    orders: [],
    figures: new Float64Array(capacity * FIGURES),
    wordRefs: new Int32Array(capacity * WORDS),
    words: [],
    rejects: [],
    rowsRead: 0,
  };
}

const figure = (v: number): number | null => (Number.isNaN(v) ? null : v);

/** Line `i` of a batch into `out` (reused from line to line, as the parser does). */
export function readLine(b: LineBatch, i: number, out: SaleLine): void {
  const f = i * FIGURES;
  const w = i * WORDS;
  const text = (n: number) => (n === -1 ? null : b.words[n]!);
  out.customer = b.customers[i]!;
  out.orderId = b.orders[i]!;
  out.day = b.figures[f]!;
  out.quantityMilli = figure(b.figures[f + 1]!);
  out.amountCents = b.figures[f + 2]!;
  out.costCents = figure(b.figures[f + 3]!);
  out.marginCents = figure(b.figures[f + 4]!);
  out.product = text(b.wordRefs[w]!);
  out.seller = text(b.wordRefs[w + 1]!);
  out.segment = text(b.wordRefs[w + 2]!);
  out.region = text(b.wordRefs[w + 3]!);
  out.customerName = text(b.wordRefs[w + 4]!);
}
