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

/**
 * Classifies customers by value. `a` and `b` are cumulative thresholds in percent. A customer is
 * A while the cumulative value of those above it is below a % of the total, so the customer whose
 * value crosses the threshold is still A. Values are integers (cents, thousandths, counts), so
 * comparing `before × 100 < a × total` is exact for integer thresholds.
 */
export function classifyAbc(items: AbcInput[], a: number, b: number): AbcRow[] {
  const sorted = [...items].sort(compareAbc);
  let total = 0;
  for (const item of sorted) if (item.value > 0) total += item.value;
  let before = 0;
  return sorted.map(({ code, value }) => {
    const share = total > 0 ? value / total : null;
    if (value <= 0) return { code, value, abc: 'C', nonPositive: true, share, cumulativeShare: null };
    const abc: AbcClass = before * 100 < a * total ? 'A' : before * 100 < b * total ? 'B' : 'C';
    before += value;
    return { code, value, abc, nonPositive: false, share, cumulativeShare: before / total };
  });
}

/** Just the classes, for side-by-side views (ABC by revenue and by margin). */
export function abcClasses(items: AbcInput[], a: number, b: number): Map<string, AbcClass> {
  return new Map(classifyAbc(items, a, b).map((r) => [r.code, r.abc]));
}
