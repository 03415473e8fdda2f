// The order of a long list's column (shared/paging/list-order.ts), which the customer grid and the
// portfolio sort 200,000 customers by: numbers go through a radix sort of their bits, texts through
// a comparison sort. Both must give what a plain comparison gives: empty values last either way,
// ties in the list's own order (decision #186).
import { describe, expect, it } from 'vitest';
import { descendingFrom, sortedPositions, type SortValue } from '../../shared/paging/list-order';

/** The order as the rule says it, by a plain comparison: the oracle. */
function expectedOrder(values: SortValue[], desc: boolean): number[] {
  const empty = (v: SortValue) => v === null || v === '' || (typeof v === 'number' && Number.isNaN(v));
  const positions = values.map((_, i) => i);
  const filled = positions.filter((i) => !empty(values[i]!));
  filled.sort((a, b) => {
    const x = values[a]!;
    const y = values[b]!;
    const c = x < y ? -1 : x > y ? 1 : 0;
    return (desc ? -c : c) || a - b;
  });
  return [...filled, ...positions.filter((i) => empty(values[i]!))];
}

/** A small pseudo-random generator (the same numbers at every run). */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('the order of a column', () => {
  it('sorts figures as a comparison does: negatives, zero and minus zero, fractions, cents beyond 2^32, ties and empties', () => {
    const next = random(7);
    // Neighbours that differ only in the low bits of their number (beyond the first 20 of the fraction).
    const close = [1.0000000001, 1.0000000002, -1.0000000001, -1.0000000002, -(2 ** 40) - 1, -(2 ** 40) - 2, 2 ** 40 + 1, 2 ** 40 + 2];
    const pool: SortValue[] = [0, -0, 1, -1, 0.5, -0.5, 1e-9, -1e-9, 2 ** 40 + 3, -(2 ** 40), 123_456_789_012, 7, 7, 7, null, Number.NaN, 3.25, ...close];
    for (const n of [0, 1, 2, 17, 500, 5000]) {
      const values = Array.from({ length: n }, () => (next() < 0.3 ? pool[Math.floor(next() * pool.length)]! : Math.round((next() - 0.4) * 1e6) / 100));
      for (const desc of [false, true]) expect([...sortedPositions(values, desc)], `${n} ${desc}`).toEqual(expectedOrder(values, desc));
    }
  });

  it('sorts whole days, shares and counts with many ties, the ties in the list order', () => {
    const next = random(11);
    const days = Array.from({ length: 3000 }, () => (next() < 0.1 ? null : 20_000 + Math.floor(next() * 60)));
    const shares = Array.from({ length: 3000 }, () => Math.floor(next() * 10) / 7);
    for (const values of [days, shares]) for (const desc of [false, true]) expect([...sortedPositions(values, desc)]).toEqual(expectedOrder(values, desc));
  });

  it('sorts texts by their keys, empty last, ties in the list order', () => {
    const texts: SortValue[] = ['loja 000000000010', 'loja 000000000009', '', null, 'abc', 'abc', 'b'];
    for (const desc of [false, true]) expect([...sortedPositions(texts, desc)]).toEqual(expectedOrder(texts, desc));
  });

  it('turns an order up into the order down as sorting down gives it: ties still in the list order, empties still last', () => {
    const next = random(13);
    const pool: SortValue[] = [0, -0, 7, 7, -1, null, Number.NaN, 2 ** 40 + 1];
    const mixed = Array.from({ length: 4000 }, () => (next() < 0.4 ? pool[Math.floor(next() * pool.length)]! : Math.floor(next() * 50) / 4));
    const typed = Float64Array.from(mixed, (v) => (v === null ? Number.NaN : (v as number)));
    const texts: SortValue[] = ['b', 'a', '', null, 'a', 'c', 'b', null];
    for (const values of [mixed, typed, texts, [], [null, null], [5, 5, 5]] as ArrayLike<SortValue>[]) {
      expect([...descendingFrom(sortedPositions(values, false), values)]).toEqual(expectedOrder(Array.from(values), true));
    }
  });
});
