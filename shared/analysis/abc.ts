// ABC (Pareto) classification, SPEC "ABC (Pareto)".
import type { AbcClass } from './result-types';

export type AbcInput = { code: string; value: number };
export type AbcRow = {
  code: string;
  value: number;
  abc: AbcClass;
  nonPositive: boolean;
  share: number | null;
  cumulativeShare: number | null;
};

/** Value descending, then code ascending in plain code-unit order (not locale collation). */
export function compareAbc(a: AbcInput, b: AbcInput): number {
  if (a.value !== b.value) return b.value - a.value;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** The indices of `values` in ABC order (value descending, then code ascending), as compareAbc orders them. */
export function abcOrder(codes: readonly string[], values: ArrayLike<number>): Int32Array {
  const order = Int32Array.from({ length: values.length }, (_, i) => i);
  // A typed array sorts with a comparator like an array does, without boxing the indices.
  return order.sort((i, j) => {
    const vi = values[i]!;
    const vj = values[j]!;
    if (vi !== vj) return vj - vi;
    const ci = codes[i]!;
    const cj = codes[j]!;
    return ci < cj ? -1 : ci > cj ? 1 : 0;
  });
}

/** The sum of the positive values: the ABC total. */
export function abcTotal(values: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > 0) total += values[i]!;
  return total;
}

/**
 * Walks the values in ABC order and gives each its class. `a` and `b` are cumulative thresholds
 * in percent. A customer is A while the cumulative value of those above it is below a % of the
 * total, so the customer whose value crosses the threshold is still A. Values are integers
 * (cents, thousandths, counts), so comparing `before × 100 < a × total` is exact for integer
 * thresholds. A value ≤ 0 is C and does not enter the cumulative sum.
 */
export function* abcWalk(
  values: ArrayLike<number>,
  order: Int32Array,
  a: number,
  b: number,
  total = abcTotal(values),
): Generator<{ index: number; abc: AbcClass; nonPositive: boolean; share: number | null; cumulativeShare: number | null }> {
  let before = 0;
  for (const index of order) {
    const value = values[index]!;
    const share = total > 0 ? value / total : null;
    if (value <= 0) {
      yield { index, abc: 'C', nonPositive: true, share, cumulativeShare: null };
      continue;
    }
    const abc: AbcClass = before * 100 < a * total ? 'A' : before * 100 < b * total ? 'B' : 'C';
    before += value;
    yield { index, abc, nonPositive: false, share, cumulativeShare: before / total };
  }
}

const CLASS_CODES: AbcClass[] = ['A', 'B', 'C'];

/** Each index's class only (0 = A, 1 = B, 2 = C), for side-by-side views (ABC by revenue and by margin); `order`: the values' abcOrder, when known. */
export function abcClassCodes(codes: readonly string[], values: ArrayLike<number>, a: number, b: number, order = abcOrder(codes, values)): Uint8Array {
  const classes = new Uint8Array(values.length);
  for (const w of abcWalk(values, order, a, b)) classes[w.index] = CLASS_CODES.indexOf(w.abc);
  return classes;
}

export const abcOfCode = (code: number): AbcClass => CLASS_CODES[code]!;

/** Classifies customers by value, in ABC order (see abcWalk). */
export function classifyAbc(items: AbcInput[], a: number, b: number): AbcRow[] {
  const codes = items.map((i) => i.code);
  const values = items.map((i) => i.value);
  return [...abcWalk(values, abcOrder(codes, values), a, b)].map(({ index, ...w }) => ({ code: codes[index]!, value: values[index]!, ...w }));
}
