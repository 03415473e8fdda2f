// The models' input (x, t_x, T, m of each customer) as one array of numbers, to cross to the
// writer thread that fits them (write-run.ts): one typed array crosses in a copy of its bytes,
// 200,000 objects each on their own. m is NaN where it is null (no repeat purchase).
import type { CustomerSummary } from '../../shared/models';

const FIELDS = 4;

export function packSummaries(summaries: readonly CustomerSummary[]): Float64Array {
  const packed = new Float64Array(summaries.length * FIELDS);
  summaries.forEach((s, i) => packed.set([s.x, s.tx, s.T, s.m ?? Number.NaN], i * FIELDS));
  return packed;
}

export function unpackSummaries(packed: Float64Array): CustomerSummary[] {
  const summaries: CustomerSummary[] = [];
  for (let i = 0; i < packed.length; i += FIELDS) {
    const m = packed[i + 3]!;
    summaries.push({ x: packed[i]!, tx: packed[i + 1]!, T: packed[i + 2]!, m: Number.isNaN(m) ? null : m });
  }
  return summaries;
}
