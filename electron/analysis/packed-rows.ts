// A batch of run rows as a reader thread sends them to the main thread (analysis-worker.ts,
// read-run.ts): their numbers in one typed array, moved without a copy, and their texts in one
// array. Sent as 2,048 objects of 25 fields and three nested objects each, the 200,000 rows of a
// 5M-line run cost the main thread about 2 s of rebuilding while the readers wanted both cores.
// A number field that is null is NaN here (no field of a row is NaN: SQLite would not keep one).
import type { RunRow } from '../../shared/analysis/analyze';
import type { KeyAccountType, XyzClass } from '../../shared/analysis/result-types';

const NUMBERS = 21;
const TEXTS = 6;

export type PackedRows = {
  numbers: Float64Array<ArrayBuffer>;
  texts: (string | null)[];
  /** The rows' hand-set types, where a row has them: [row index, types]. */
  manualTypes: [number, KeyAccountType[]][];
};

const num = (v: number | null) => (v === null ? Number.NaN : v);
const orNull = (v: number) => (Number.isNaN(v) ? null : v);

export function packRows(rows: readonly RunRow[]): PackedRows {
  const numbers = new Float64Array(rows.length * NUMBERS);
  const texts: (string | null)[] = new Array(rows.length * TEXTS);
  const manualTypes: [number, KeyAccountType[]][] = [];
  rows.forEach((r, i) => {
    let n = i * NUMBERS;
    numbers[n++] = num(r.firstPurchase);
    numbers[n++] = num(r.lastPurchase);
    numbers[n++] = r.purchaseDays;
    numbers[n++] = num(r.cycleDays);
    numbers[n++] = r.summary === null ? Number.NaN : r.summary.x;
    numbers[n++] = r.summary === null ? Number.NaN : r.summary.tx;
    numbers[n++] = r.summary === null ? Number.NaN : r.summary.T;
    numbers[n++] = r.summary === null ? Number.NaN : num(r.summary.m);
    numbers[n++] = r.history.revenue;
    numbers[n++] = num(r.history.margin);
    numbers[n++] = num(r.actualPurchases90d);
    numbers[n++] = r.revenue;
    numbers[n++] = num(r.margin);
    numbers[n++] = r.quantity;
    numbers[n++] = r.orders;
    numbers[n++] = r.revenueSinceFirst;
    numbers[n++] = r.trailingRevenue;
    numbers[n++] = num(r.cv);
    numbers[n++] = r.xyzPeriods;
    numbers[n++] = r.declining === null ? Number.NaN : r.declining.recentMean;
    numbers[n++] = r.declining === null ? Number.NaN : r.declining.earlierMean;
    let t = i * TEXTS;
    texts[t++] = r.code;
    texts[t++] = r.name;
    texts[t++] = r.seller;
    texts[t++] = r.segment;
    texts[t++] = r.region;
    texts[t++] = r.xyz;
    if (r.manualTypes !== undefined) manualTypes.push([i, r.manualTypes]);
  });
  return { numbers, texts, manualTypes };
}

/**
 * The texts many rows share (sellers, segments, regions, XYZ classes), one copy each: a text
 * arrives as a string of its own in every row, 20 MB of copies for a 5M-line run's main thread.
 */
export type SharedTexts = Map<string, string>;

const shared = (texts: SharedTexts, text: string | null): string | null => {
  if (text === null) return null;
  const kept = texts.get(text);
  if (kept !== undefined) return kept;
  texts.set(text, text);
  return text;
};

/** The rows of a packed batch, appended to `into` (fields in the order rowOf makes them). */
export function unpackRows({ numbers, texts, manualTypes }: PackedRows, into: RunRow[], common: SharedTexts = new Map()): void {
  const manual = new Map(manualTypes);
  const count = numbers.length / NUMBERS;
  for (let i = 0; i < count; i++) {
    const n = i * NUMBERS;
    const t = i * TEXTS;
    const x = numbers[n + 4]!;
    const recentMean = numbers[n + 19]!;
    into.push({
      code: texts[t]!,
      name: texts[t + 1]!,
      seller: shared(common, texts[t + 2]!),
      segment: shared(common, texts[t + 3]!),
      region: shared(common, texts[t + 4]!),
      manualTypes: manual.get(i),
      firstPurchase: orNull(numbers[n]!),
      lastPurchase: orNull(numbers[n + 1]!),
      purchaseDays: numbers[n + 2]!,
      cycleDays: orNull(numbers[n + 3]!),
      summary: Number.isNaN(x) ? null : { x, tx: numbers[n + 5]!, T: numbers[n + 6]!, m: orNull(numbers[n + 7]!) },
      history: { revenue: numbers[n + 8]!, margin: orNull(numbers[n + 9]!) },
      actualPurchases90d: orNull(numbers[n + 10]!),
      revenue: numbers[n + 11]!,
      margin: orNull(numbers[n + 12]!),
      quantity: numbers[n + 13]!,
      orders: numbers[n + 14]!,
      revenueSinceFirst: numbers[n + 15]!,
      trailingRevenue: numbers[n + 16]!,
      xyz: shared(common, texts[t + 5]!) as XyzClass | null,
      cv: orNull(numbers[n + 17]!),
      xyzPeriods: numbers[n + 18]!,
      declining: Number.isNaN(recentMean) ? null : { recentMean, earlierMean: numbers[n + 20]! },
    });
  }
}
