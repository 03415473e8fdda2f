// SPEC "Analysis run": the reference date is the earlier of the window's last day and the latest
// stored sale date; recency is counted to it, nothing after it is used, and a period it does not
// complete is left out of XYZ, the minimum history and the declining signal (its sales still
// count in the ABC value). SPEC "ABC" 1: the workspace's other customers get a status at that
// date. Every figure below is worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { analyze, type CustomerInput } from '../../shared/analysis/analyze';
import { DEFAULT_PARAMS, type AnalysisParams } from '../../shared/analysis/params';
import { resolveWindow } from '../../shared/analysis/periods';
import type { CustomerResult, OtherCustomer } from '../../shared/analysis/result-types';
import { completePeriodsOf, referenceDayOf } from '../../shared/analysis/run-plan';
import type { SaleGroup } from '../../shared/analysis/sale-columns';
import { dayOfIso, isoOfDay } from '../../shared/domain/calendar';

const d = (iso: string) => dayOfIso(iso)!;
let orderNumber = 1;
const sale = (iso: string, reais: number): SaleGroup => ({ order: `O${orderNumber++}`, day: d(iso), amount: Math.round(reais * 100), quantity: 1000, margin: null });
const customer = (code: string, sales: SaleGroup[]): CustomerInput => ({ code, name: `Cliente ${code}`, seller: null, segment: null, region: null, sales });
/** `reais(i)` on day `dayOfMonth` of each of `months` months from `first` (YYYY-MM). */
const monthly = (first: string, months: number, dayOfMonth: number, reais: (i: number) => number): SaleGroup[] =>
  Array.from({ length: months }, (_, i) => {
    const [y, m] = first.split('-').map(Number) as [number, number];
    const month = m - 1 + i;
    const iso = `${y + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
    return sale(iso, reais(i));
  });

/** The run as the workspace would make it: the latest stored sale date is the last day of any sale given. */
function run(customers: CustomerInput[], params: Partial<AnalysisParams> = {}, from?: string, to?: string) {
  const p = { ...DEFAULT_PARAMS, ...params };
  const days = customers.flatMap((c) => (c.sales as SaleGroup[]).map((s) => s.day));
  const latestSale = days.length === 0 ? null : Math.max(...days);
  const window = resolveWindow(p.period, latestSale!, from ? d(from) : undefined, to ? d(to) : undefined);
  return analyze({ customers, window, latestSale, params: p, previous: null });
}
const byCode = <T extends { code: string }>(list: T[]) => new Map(list.map((c) => [c.code, c]));

describe('the reference date', () => {
  it('is the earlier of the window\'s last day and the latest sale; a period it does not complete is left out', () => {
    const october = resolveWindow('month', d('2026-10-15'));
    expect(referenceDayOf(october, d('2026-10-15'))).toBe(d('2026-10-15'));
    expect(referenceDayOf(october, d('2027-01-05'))).toBe(d('2026-10-31'));
    expect(referenceDayOf(october, null)).toBe(d('2026-10-31'));
    expect(completePeriodsOf(october, d('2026-10-15'))).toBe(11); // November … September
    expect(completePeriodsOf(october, d('2026-10-31'))).toBe(12);
    const quarters = resolveWindow('quarter', d('2026-10-28'));
    expect([isoOfDay(quarters.from), isoOfDay(quarters.to)]).toEqual(['2025-10-01', '2026-12-31']);
    expect(completePeriodsOf(quarters, d('2026-10-28'))).toBe(4); // Q4 2025 … Q3 2026
  });

  it('a history ending mid-month: recency to the last sale, October out of XYZ and declining, still in the value', () => {
    // HALF buys on the 28th: 1 000,00 from November 2025 to July 2026, 400,00 in August and
    // September; nothing in October up to the 20th, the day the export was taken (OTHER's sale).
    const half = monthly('2025-11', 11, 28, (i) => (i < 9 ? 1000 : 400));
    const r = run([customer('HALF', half), customer('OTHER', [sale('2026-10-20', 50)])]);
    expect(isoOfDay(r.referenceDay)).toBe('2026-10-20');
    expect(r.lastPeriodLeftOut).toBe(true);
    expect(r.window).toMatchObject({ from: d('2025-11-01'), to: d('2026-10-31') });
    const c = byCode(r.customers).get('HALF')!;
    // 2026-09-28 → 2026-10-20: 22 days.
    expect(c).toMatchObject({ recencyDays: 22, lastPurchase: d('2026-09-28'), revenue: 980_000, xyzPeriods: 11, xyz: 'X' });
    // November … September: 9 × 1 000 and 2 × 400; mean 9 800 / 11 = 890,909…; the squares
    // 9 × 109,0909² + 2 × 490,9091² = 589 090,9; sd = √(589 090,9 / 11) = 231,4168; CV = 0,259754.
    expect(c.cv).toBeCloseTo(0.2597535114562828, 9);
    // July … September (600) against November … June (1 000): not under half. With October's
    // empty half month as a 0, August … October would average 266,67: "declining" by mistake.
    expect(c.signals).toEqual([]);
    expect(c.status).toBe('active');
  });

  it('a window reaching past the data: November and December begin after the reference date', () => {
    const steady = monthly('2025-06', 17, 15, () => 1000); // June 2025 … October 2026
    const r = run([customer('S', steady), customer('END', [sale('2026-10-31', 10)])], {}, undefined, '2026-12-31');
    expect(r.window).toMatchObject({ from: d('2026-01-01'), to: d('2026-12-31') });
    expect(isoOfDay(r.referenceDay)).toBe('2026-10-31');
    expect(r.lastPeriodLeftOut).toBe(true);
    // January … October: 10 complete months of 1 000,00; recency 2026-10-15 → 10-31 = 16 days.
    expect(byCode(r.customers).get('S')).toMatchObject({ xyzPeriods: 10, cv: 0, xyz: 'X', recencyDays: 16, revenue: 1_000_000 });
  });

  it('a quarter run: the quarter holding the reference date is left out of XYZ, its sales still in the value', () => {
    // Q buys on the 10th of each month, October 2025 … October 2026: 2 000,00 in Q1 2026's three
    // months, 1 000,00 in the others. The latest sale is Z's, on 2026-10-28.
    const q = monthly('2025-10', 13, 10, (i) => (i >= 3 && i <= 5 ? 2000 : 1000));
    const r = run([customer('Q', q), customer('Z', [sale('2026-10-28', 10)])], { period: 'quarter' });
    expect(r.window).toMatchObject({ from: d('2025-10-01'), to: d('2026-12-31'), period: 'quarter' });
    expect(isoOfDay(r.referenceDay)).toBe('2026-10-28');
    const c = byCode(r.customers).get('Q')!;
    // Q4 2025, Q1, Q2, Q3 2026: 3 000, 6 000, 3 000, 3 000; mean 3 750; squares 3 × 750² + 2 250²
    // = 6 750 000; sd = √1 687 500 = 1 299,04; CV = 0,34641. Q4 2026 (1 000 so far) is left out.
    expect(c.xyzPeriods).toBe(4);
    expect(c.cv).toBeCloseTo(Math.sqrt(1_687_500) / 3750, 12);
    expect(c.xyz).toBe('X');
    // The value: all 13 months, 10 × 1 000 + 3 × 2 000 = 16 000,00, October 2026 included.
    expect(c.revenue).toBe(1_600_000);
    // Recency to 2026-10-28, not to the window's end 2026-12-31: 18 days. The twelve gaps between
    // the 10ths sort 28, 30 ×4, 31 ×7: the middle two are 31 and 31.
    expect(c).toMatchObject({ recencyDays: 18, cycleDays: 31, status: 'active', signals: [] });
  });
});

describe('the other customers', () => {
  // A quarter's window, August–October 2026, whose reference date is 2026-10-31 (IN's sale).
  const customers = [
    customer('IN', [sale('2026-10-31', 100)]),
    customer('ACT', [sale('2026-07-15', 300)]), // one purchase, 108 days before: no cycle, active
    customer('RISK', [sale('2026-05-01', 100), sale('2026-06-01', 100), sale('2026-07-01', 100)]), // cycle (31 + 30) / 2 = 30,5
    customer('INACT', [sale('2025-12-01', 500), sale('2026-03-01', 500)]), // 244 days: inactive
    customer('LOST', [sale('2025-06-30', 800), sale('2025-09-30', 200)]), // 396 days: lost
    customer('NOTE', [sale('2026-01-10', -40)]), // a credit note only: no purchase ever
    customer('PROS', []), // no sale line at all: a prospect
    customer('LATE', [sale('2026-11-05', 70)]), // its first line is after the reference date
  ];
  const r = run(customers, {}, '2026-08-01', '2026-10-31');
  const others = byCode<OtherCustomer>(r.others);

  it('lists the customers without a line in the window by code, each with its status at the reference date', () => {
    expect(isoOfDay(r.referenceDay)).toBe('2026-10-31');
    expect(r.customers.map((c: CustomerResult) => c.code)).toEqual(['IN']);
    // LATE bought only after the reference date: not listed.
    expect(r.others.map((o) => [o.code, o.status])).toEqual([
      ['ACT', 'active'],
      ['INACT', 'inactive'],
      ['LOST', 'lost'],
      ['NOTE', 'prospect'],
      ['PROS', 'prospect'],
      ['RISK', 'at risk'],
    ]);
  });

  it('gives first and last purchase, recency and cycle; overdue is their only signal', () => {
    expect(others.get('ACT')).toMatchObject({ firstPurchase: d('2026-07-15'), lastPurchase: d('2026-07-15'), recencyDays: 108, cycleDays: null, signals: [] });
    // 2026-07-01 → 10-31: 122 days > 1,5 × 30,5 = 45,75: overdue, so "at risk".
    expect(others.get('RISK')).toMatchObject({ recencyDays: 122, cycleDays: 30.5, expectedNext: d('2026-08-01') }); // 07-01 + 31 (30,5 rounded up)
    expect(others.get('RISK')!.signals).toEqual([{ kind: 'overdue', recencyDays: 122, cycleDays: 30.5 }]);
    expect(others.get('INACT')).toMatchObject({ firstPurchase: d('2025-12-01'), lastPurchase: d('2026-03-01'), recencyDays: 244, cycleDays: null });
    expect(others.get('LOST')).toMatchObject({ recencyDays: 396, status: 'lost' });
    expect(others.get('NOTE')).toMatchObject({ firstPurchase: null, lastPurchase: null, recencyDays: null, cycleDays: null, signals: [] });
    expect(others.get('PROS')).toMatchObject({ name: 'Cliente PROS', firstPurchase: null, recencyDays: null, status: 'prospect', trailingRevenue: 0 });
  });

  it('keeps what each used to bring in: the revenue of the 12 months up to its last purchase', () => {
    // LOST: (2024-09-30, 2025-09-30]: 800 + 200. INACT: 500 + 500.
    expect(others.get('LOST')!.trailingRevenue).toBe(100_000);
    expect(others.get('INACT')!.trailingRevenue).toBe(100_000);
    expect(others.get('RISK')!.trailingRevenue).toBe(30_000);
  });
});
