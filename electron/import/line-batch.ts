// Parsed sale lines as they go from the parsing (parse-lines.ts, on its own thread) to the writing
// (write-batch.ts): numbers in typed arrays, which are transferred rather than copied, and the
// texts that repeat from line to line — the customer's code, product, seller, segment, region,
// the customer's name — each sent once per import and referred to by number afterwards. The
// writer then spends its time in SQLite, not in receiving strings or looking them up.
//
// The builder also keeps, for each customer of the file, its most recent non-empty name, seller,
// segment and region (by sale day; on a tie the later line wins), so that the writer only merges
// one summary per customer with what the workspace already knows.
import type { Reject } from '../../shared/api/import-api';
import type { SaleLine } from '../../shared/import/parse-row';

/** day, quantityMilli, amountCents, costCents, marginCents; NaN where the line has none. */
export const FIGURES = 5;
/** product, seller, segment, region, customerName as numbers into the import's texts (−1: none). */
export const TEXTS = 5;
export const PRODUCT = 0;
export const SELLER = 1;
export const SEGMENT = 2;
export const REGION = 3;
export const NAME = 4;

/** The customer attributes kept as "the most recent non-empty one", in `latest` order. */
export const ATTRIBUTE_TEXTS = [NAME, SELLER, SEGMENT, REGION] as const;
/** Per customer in `latest`: for each attribute, its text number (−1: none) and its day. */
export const LATEST_STRIDE = ATTRIBUTE_TEXTS.length * 2;

export type LineBatch = {
  count: number;
  /** Customer codes met for the first time in this batch; the import numbers them in order from 0. */
  newCustomers: string[];
  /** Per line, the customer's number in the import. */
  customerRefs: Int32Array<ArrayBuffer>;
  /** The batch's order ids, each once per run of consecutive lines that share it (an order's lines). */
  orders: string[];
  /** Per line, its order id's place in `orders` (−1: the line has none). */
  orderRefs: Int32Array<ArrayBuffer>;
  figures: Float64Array<ArrayBuffer>;
  /** Texts met for the first time in this batch; the import numbers them in order from 0. */
  newTexts: string[];
  /** Per line, TEXTS numbers into the import's texts. */
  textRefs: Int32Array<ArrayBuffer>;
  rejects: Reject[];
  /** Non-blank data rows this batch read, the rejected ones included. */
  rowsRead: number;
};

/** A line whose texts are numbered already (see LineBatchBuilder.customerNumber and textNumber). */
export type NumberedLine = {
  customer: number;
  /** The order id; the same string object as the line before's where they share it (fast to compare). */
  orderId: string | null;
  day: number;
  quantityMilli: number | null;
  amountCents: number;
  costCents: number | null;
  marginCents: number | null;
  /** Text numbers in TEXTS order (−1: none). */
  product: number;
  seller: number;
  segment: number;
  region: number;
  customerName: number;
};

export const emptyNumberedLine = (): NumberedLine => ({
  customer: 0,
  orderId: null,
  day: 0,
  quantityMilli: null,
  amountCents: 0,
  costCents: null,
  marginCents: null,
  product: -1,
  seller: -1,
  segment: -1,
  region: -1,
  customerName: -1,
});

export type LineBatchBuilder = {
  push(line: SaleLine): void;
  /** The number of a customer code, given it the first time it is met. */
  customerNumber(code: string): number;
  /** The number of a text of `column` (PRODUCT…NAME), given it the first time it is met. */
  textNumber(text: string, column: number): number;
  /** push, for a line whose texts were numbered with the two functions above. */
  pushNumbered(line: NumberedLine): void;
  reject(reject: Reject): void;
  /** A data row was read (whether it became a line or a reject). */
  read(): void;
  size(): number;
  /** The batch so far, and a fresh one started. */
  take(): LineBatch;
  /** Per customer number, LATEST_STRIDE numbers: see ATTRIBUTE_TEXTS. */
  latest(): Int32Array<ArrayBuffer>;
};

/**
 * A copy of a string that shares no memory with the text it was cut from. The readers cut cell
 * values out of large chunks of XML or CSV, and V8 keeps a whole chunk alive for as long as any
 * slice of it lives: the codes and names kept for the whole import would hold most of a
 * million-line file in memory (435 bytes a line on the benchmark's .xlsx).
 */
const detached = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

/**
 * Numbers strings in the order they are first met. Looking a string up in a map costs about a
 * tenth of a microsecond, six times a line, so two cheaper checks come first: the column's last
 * value (the lines of one order repeat customer, seller, region…), then a small direct-mapped
 * cache keyed on the string's length and ends, which holds small domains (products, segments)
 * whole. Both keep the map's own copies (see `detached`), never the file's text.
 */
function createNumbering(columns: number) {
  const numbers = new Map<string, number>();
  const kept: string[] = [];
  const lastText: (string | null)[] = new Array(columns).fill(null);
  const lastNumber = new Int32Array(columns);
  const cacheText: (string | null)[] = new Array(CACHE_SIZE).fill(null);
  const cacheNumber = new Int32Array(CACHE_SIZE);
  let fresh: string[] = [];
  return {
    number(s: string, column: number): number {
      if (s === lastText[column]) return lastNumber[column]!;
      const slot = (s.length * 31 + s.charCodeAt(0) * 7 + s.charCodeAt(s.length - 1) + column * 13) & (CACHE_SIZE - 1);
      let n: number;
      if (s === cacheText[slot]) n = cacheNumber[slot]!;
      else {
        const known = numbers.get(s);
        if (known === undefined) {
          n = kept.length;
          const copy = detached(s);
          numbers.set(copy, n);
          kept.push(copy);
          fresh.push(copy);
        } else n = known;
        cacheText[slot] = kept[n]!;
        cacheNumber[slot] = n;
      }
      lastText[column] = kept[n]!;
      lastNumber[column] = n;
      return n;
    },
    size: () => kept.length,
    /** The strings numbered since the last call. */
    takeFresh(): string[] {
      const done = fresh;
      fresh = [];
      return done;
    },
  };
}

const CACHE_SIZE = 256;
const NO_DAY = -0x80000000;

export function createLineBatchBuilder(capacity: number): LineBatchBuilder {
  let b = empty(capacity);
  const customers = createNumbering(1);
  const texts = createNumbering(TEXTS);
  let latest = new Int32Array(1024 * LATEST_STRIDE);
  const text = (s: string | null, column: number): number => (s === null ? -1 : texts.number(s, column));
  /** Customers whose `latest` entries are set up: numbers are given in order, so those below. */
  let started = 0;
  const numbered = emptyNumberedLine();
  const pushNumbered = (line: NumberedLine) => {
    if (b.count === capacity) throw new Error('line batch full'); // a bug in the caller: figures would be lost
    const i = b.count++;
    const c = line.customer;
    if (c === started) {
      started++;
      if ((c + 1) * LATEST_STRIDE > latest.length) {
        const grown = new Int32Array(latest.length * 2);
        grown.set(latest);
        latest = grown;
      }
      for (let k = 0; k < LATEST_STRIDE; k += 2) {
        latest[c * LATEST_STRIDE + k] = -1;
        latest[c * LATEST_STRIDE + k + 1] = NO_DAY;
      }
    }
    b.customerRefs[i] = c;
    const order = line.orderId;
    if (order === null) b.orderRefs[i] = -1;
    else {
      if (order !== b.orders[b.orders.length - 1]) b.orders.push(order);
      b.orderRefs[i] = b.orders.length - 1;
    }
    const day = line.day;
    const f = i * FIGURES;
    b.figures[f] = day;
    b.figures[f + 1] = line.quantityMilli ?? Number.NaN;
    b.figures[f + 2] = line.amountCents;
    b.figures[f + 3] = line.costCents ?? Number.NaN;
    b.figures[f + 4] = line.marginCents ?? Number.NaN;
    const w = i * TEXTS;
    b.textRefs[w + PRODUCT] = line.product;
    b.textRefs[w + SELLER] = line.seller;
    b.textRefs[w + SEGMENT] = line.segment;
    b.textRefs[w + REGION] = line.region;
    b.textRefs[w + NAME] = line.customerName;
    for (let a = 0; a < ATTRIBUTE_TEXTS.length; a++) {
      const ref = b.textRefs[w + ATTRIBUTE_TEXTS[a]!]!;
      const at = c * LATEST_STRIDE + a * 2;
      // The most recent by sale day; `>=`: on a tie the later line of the file wins.
      if (ref !== -1 && day >= latest[at + 1]!) {
        latest[at] = ref;
        latest[at + 1] = day;
      }
    }
  };
  return {
    push(line) {
      numbered.customer = customers.number(line.customer, 0);
      numbered.orderId = line.orderId;
      numbered.day = line.day;
      numbered.quantityMilli = line.quantityMilli;
      numbered.amountCents = line.amountCents;
      numbered.costCents = line.costCents;
      numbered.marginCents = line.marginCents;
      numbered.product = text(line.product, PRODUCT);
      numbered.seller = text(line.seller, SELLER);
      numbered.segment = text(line.segment, SEGMENT);
      numbered.region = text(line.region, REGION);
      numbered.customerName = text(line.customerName, NAME);
      pushNumbered(numbered);
    },
    customerNumber: (code) => customers.number(code, 0),
    textNumber: (s, column) => texts.number(s, column),
    pushNumbered,
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
      return {
        ...done,
        newCustomers: customers.takeFresh(),
        newTexts: texts.takeFresh(),
        customerRefs: done.customerRefs.subarray(0, done.count),
        orderRefs: done.orderRefs.subarray(0, done.count),
        figures: done.figures.subarray(0, done.count * FIGURES),
        textRefs: done.textRefs.subarray(0, done.count * TEXTS),
      };
    },
    latest: () => latest.slice(0, customers.size() * LATEST_STRIDE),
  };
}

function empty(capacity: number): LineBatch {
  return {
    count: 0,
    newCustomers: [],
    customerRefs: new Int32Array(capacity),
    orders: [],
    orderRefs: new Int32Array(capacity),
    figures: new Float64Array(capacity * FIGURES),
    newTexts: [],
    textRefs: new Int32Array(capacity * TEXTS),
    rejects: [],
    rowsRead: 0,
  };
}

/** Customer `c`'s latest text for attribute `a` (in ATTRIBUTE_TEXTS order): its number (−1: none) and day. */
export function latestOf(latest: Int32Array, c: number, a: number): { ref: number; day: number | null } {
  const at = c * LATEST_STRIDE + a * 2;
  const day = latest[at + 1]!;
  return { ref: latest[at]!, day: day === NO_DAY ? null : day };
}
