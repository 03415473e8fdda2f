import { describe, expect, it } from 'vitest';
import { concentration } from '../../shared/analysis/concentration';
import { computeMatrix } from '../../shared/analysis/matrix';
import type { CustomerResult, Prediction } from '../../shared/analysis/result-types';
import { sensitivity } from '../../shared/analysis/sensitivity';
import { classifyAbc } from '../../shared/analysis/abc';

const NO_PREDICTION: Prediction = {
  pAlive: null, expectedPurchases90d: null, predictedRevenue12m: null, clv12m: null, actualPurchases90d: null,
  clvSteps: { repeatPurchases: null, expectedPurchases12m: null, expectedSpend: null, marginRate: null, reasons: {} },
};

function results(values: number[], xyz: (i: number) => CustomerResult['xyz'] = () => 'X'): CustomerResult[] {
  return classifyAbc(values.map((value, i) => ({ code: `C${String(i).padStart(3, '0')}`, value })), 80, 95).map((r, i) => ({
    ...r,
    name: null, seller: null, segment: null, region: null, abcRevenue: r.abc, abcMargin: null, bigButUnprofitable: false,
    xyz: xyz(i), cv: null, xyzPeriods: 12, revenue: r.value, margin: null, marginPct: null, quantity: 0, orders: 1,
    averageTicket: r.value, firstPurchase: null, lastPurchase: null, recencyDays: null, cycleDays: null, expectedNext: null,
    status: 'active', signals: [], types: [], trailingRevenue: r.value, ...NO_PREDICTION,
  }));
}

describe('derived views of a run', () => {
  it('matrix: nine cells plus the "new" row, with counts, value and share', () => {
    const rs = results([50, 30, 10, 5, 5], (i) => (i === 4 ? null : i % 2 === 0 ? 'X' : 'Z'));
    const cells = computeMatrix(rs, 100);
    expect(cells).toHaveLength(12);
    expect(cells.map((c) => `${c.abc}${c.xyz ?? '-'}:${c.customers}`).join(' ')).toBe(
      'AX:1 AY:0 AZ:1 BX:1 BY:0 BZ:1 CX:0 CY:0 CZ:0 A-:0 B-:0 C-:1',
    );
    expect(cells[0]).toMatchObject({ value: 50, share: 0.5, treatment: 'AX' });
  });

  it('concentration: top shares, HHI and the cost of losing each A customer', () => {
    const rs = results([60, 20, 10, 5, 5]);
    const c = concentration(rs, 100);
    expect(c.top[0]).toEqual({ percent: 1, customers: 1, share: 0.6 });
    expect(c.top[3]).toEqual({ percent: 20, customers: 1, share: 0.6 });
    expect(c.hhi).toBeCloseTo(3600 + 400 + 100 + 25 + 25, 9);
    expect(c.aCustomers.map((a) => [a.code, a.share])).toEqual([['C000', 0.6], ['C001', 0.2]]);
  });

  it('sensitivity: how many customers change class when A or B moves 5 points', () => {
    const rs = results([40, 30, 12, 8, 5, 3, 2]); // cumulative 40 70 82 90 95 98 100
    const s = sensitivity(rs, 80, 95);
    const row = (t: string, delta: number) => s.rows.find((r) => r.threshold === t && r.delta === delta)!;
    expect(row('a', -5)).toMatchObject({ value: 75, changed: 0 });
    expect(row('a', 5)).toMatchObject({ value: 85, changed: 1, A: 4 });
    expect(row('b', 5)).toMatchObject({ value: 100, changed: 2 });
    expect(row('b', -5)).toMatchObject({ value: 90, changed: 1 });
  });
});
