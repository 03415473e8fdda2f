// Threshold sensitivity: how many customers would change class if A or B moved ±5 points.
import { classifyAbc } from './abc';
import type { Sensitivity } from './matrix-types';
import type { CustomerResult } from './result-types';

export function sensitivity(customers: Pick<CustomerResult, 'code' | 'value' | 'abc'>[], a: number, b: number, step = 5): Sensitivity {
  const items = customers.map((c) => ({ code: c.code, value: c.value }));
  const current = new Map(customers.map((c) => [c.code, c.abc]));
  const rows: Sensitivity['rows'] = [];
  const variants: { threshold: 'a' | 'b'; delta: number; a: number; b: number }[] = [
    { threshold: 'a', delta: -step, a: a - step, b },
    { threshold: 'a', delta: step, a: a + step, b },
    { threshold: 'b', delta: -step, a, b: b - step },
    { threshold: 'b', delta: step, a, b: b + step },
  ];
  for (const v of variants) {
    if (!(v.a > 0 && v.a < v.b && v.b <= 100)) continue; // the moved threshold would be invalid
    const classes = classifyAbc(items, v.a, v.b);
    const counts = { A: 0, B: 0, C: 0 };
    let changed = 0;
    for (const r of classes) {
      counts[r.abc]++;
      if (current.get(r.code) !== r.abc) changed++;
    }
    rows.push({ threshold: v.threshold, delta: v.delta, value: v.threshold === 'a' ? v.a : v.b, changed, ...counts });
  }
  return { rows };
}
