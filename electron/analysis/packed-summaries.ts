// The models' input (x, t_x, T, m of each customer) as one array of numbers, to cross to the
// writer thread that fits them (write-run.ts): one typed array crosses in a copy of its bytes,
// 200,000 objects each on their own. m is NaN where it is null (no repeat purchase).
import type { CustomerSummary } from '../../shared/models';

const FIELDS = 4;

export function packSummaries(summaries: readonly CustomerSummary[]): Float64Array {
  const packed = new Float64Array(summaries.length * FIELDS);
  summaries.forEach((s, i) => {
    const at = i * FIELDS;
    packed[at] = s.x;
    packed[at + 1] = s.tx;
    packed[at + 2] = s.T;
    packed[at + 3] = s.m ?? Number.NaN;
  });
  return packed;
}

/**
 * The summaries of a packed array, each made as it is read, as often as it is read (fitModels reads
 * them twice): 200,000 of them at once grew the writer thread's heap by about 20 MB.
 */
export function unpackSummaries(packed: Float64Array): Iterable<CustomerSummary> {
  return {
    *[Symbol.iterator]() {
      for (let i = 0; i < packed.length; i += FIELDS) {
        const m = packed[i + 3]!;
        yield { x: packed[i]!, tx: packed[i + 1]!, T: packed[i + 2]!, m: Number.isNaN(m) ? null : m };
      }
    },
  };
}
