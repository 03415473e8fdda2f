import { describe, expect, it } from 'vitest';
import { analyze, type CustomerInput, type CustomerMeta } from '../../shared/analysis/analyze';
import type { SaleGroup } from '../../shared/analysis/sale-columns';
import { DEFAULT_PARAMS, type AnalysisParams } from '../../shared/analysis/params';
import { resolveWindow } from '../../shared/analysis/periods';
import type { CustomerResult } from '../../shared/analysis/result-types';
import { addMonths, dayOfIso } from '../../shared/domain/calendar';

const d = (iso: string) => dayOfIso(iso)!;

/** A sale of `reais` on `iso`; each call is its own order unless `order` is given. */
let nextOrder = 1;
function sale(iso: string, reais: number, extra: Partial<SaleGroup> = {}): SaleGroup {
  return { order: `O${nextOrder++}`, day: d(iso), amount: Math.round(reais * 100), quantity: 1000, margin: null, ...extra };
}
type TestCustomer = CustomerInput & { sales: SaleGroup[] };
function customer(code: string, sales: SaleGroup[], extra: Partial<CustomerMeta> = {}): TestCustomer {
  return { code, name: `Cliente ${code}`, seller: null, segment: null, region: null, sales, ...extra };
}
/** One sale on the 15th of each month from `first` (YYYY-MM) for `months` months. */
function monthly(first: string, months: number, reais: number | ((i: number) => number)): SaleGroup[] {
  return Array.from({ length: months }, (_, i) => {
    const day = addMonths(d(`${first}-15`), i);
    return { order: `M${nextOrder++}`, day, amount: Math.round((typeof reais === 'number' ? reais : reais(i)) * 100), quantity: 1000, margin: null };
  });
}

/** The latest sale date the workspace would store: the last day of any sale, and at least `atLeast`. */
function latestOf(customers: TestCustomer[], atLeast = -Infinity): number | null {
  const days = customers.flatMap((c) => c.sales.map((s) => s.day));
  return days.length === 0 && atLeast === -Infinity ? null : Math.max(atLeast, ...days);
}

/**
 * The run of the window ending `to`, the workspace's sales reaching that day (another customer
 * bought on it): the reference date is the window's end. test/analysis/reference-date.test.ts
 * has the data ending earlier.
 */
function run(customers: TestCustomer[], params: Partial<AnalysisParams> = {}, to = '2026-10-31', from?: string) {
  const p = { ...DEFAULT_PARAMS, ...params };
  const window = resolveWindow(p.period, d(to), from ? d(from) : undefined, d(to));
  return analyze({ customers, window, latestSale: latestOf(customers, window.to), params: p, previous: null });
}
const byCode = (customers: CustomerResult[]) => new Map(customers.map((c) => [c.code, c]));

describe('analysis run', () => {
  it('takes only customers with a sale line in the window, and nothing after the reference date', () => {
    const r = run([
      customer('OLD', [sale('2024-01-10', 500)]),
      customer('IN', [sale('2026-03-10', 100), sale('2026-11-05', 9999)]),
    ]);
    expect(r.customers.map((c) => c.code)).toEqual(['IN']);
    expect(r.customers[0]).toMatchObject({ revenue: 10000, orders: 1, lastPurchase: d('2026-03-10') });
  });

  it('does not count a return or a credit note as an order nor as a purchase date', () => {
    const r = run([
      customer('R', [
        sale('2026-09-01', 300),
        sale('2026-09-20', -50), // a credit note: changes revenue, not orders
        sale('2026-10-02', 200, { order: 'P9' }),
        sale('2026-10-02', -200, { order: 'P9' }), // an order whose lines sum to 0
      ]),
    ]);
    expect(r.customers[0]).toMatchObject({ revenue: 25000, orders: 1, lastPurchase: d('2026-09-01'), averageTicket: 25000 });
  });

  it('without an order id, one order per (customer, date)', () => {
    const r = run([customer('D', [sale('2026-10-01', 10, { order: '@1' }), sale('2026-10-01', 15, { order: '@1' })])]);
    expect(r.customers[0]!.orders).toBe(1);
  });

  it('classifies XYZ with the population standard deviation over periods with zeros', () => {
    const steady = monthly('2025-11', 12, 1000);
    const alternate = monthly('2025-11', 12, (i) => (i % 2 === 0 ? 1500 : 500)); // CV = 0.5 exactly
    const spiky = [...monthly('2025-11', 1, 12000), sale('2026-10-20', 1)];
    const r = byCode(run([customer('S', steady), customer('A', alternate), customer('K', spiky)]).customers);
    expect(r.get('S')).toMatchObject({ xyz: 'X', cv: 0 });
    expect(r.get('A')!.cv).toBeCloseTo(0.5, 12);
    expect(r.get('A')!.xyz).toBe('X'); // X if CV ≤ 0.5
    expect(r.get('K')!.xyz).toBe('Z');
    const classic = byCode(run([customer('A', alternate)], { x: 0.1, y: 0.25 }).customers);
    expect(classic.get('A')!.xyz).toBe('Z');
  });

  it('counts periods from the first purchase ever; too little history means "new"', () => {
    const r = byCode(
      run([customer('N', monthly('2026-09', 2, 100)), customer('T', monthly('2026-08', 3, 100))]).customers,
    );
    expect(r.get('N')).toMatchObject({ xyz: null, cv: null, xyzPeriods: 2 });
    expect(r.get('T')).toMatchObject({ xyz: 'X', xyzPeriods: 3 });
    // A customer whose first purchase was before the window uses the whole window.
    const old = byCode(run([customer('O', [sale('2020-01-05', 10), ...monthly('2026-10', 1, 100)])]).customers);
    expect(old.get('O')!.xyzPeriods).toBe(12);
  });

  it('is Z without a CV when the mean is ≤ 0', () => {
    const r = run([customer('M', [sale('2026-01-10', 100), sale('2026-02-10', -150), sale('2026-03-10', 20)])]);
    expect(r.customers[0]).toMatchObject({ xyz: 'Z', cv: null, nonPositive: true, abc: 'C' });
  });

  it('computes the cycle as the median gap (mean of the two middle ones for an even count)', () => {
    const odd = run([customer('O', [sale('2026-10-01', 1), sale('2026-10-11', 1), sale('2026-10-14', 1), sale('2026-10-30', 1)])]);
    expect(odd.customers[0]!.cycleDays).toBe(10); // gaps 10, 3, 16
    const even = run([customer('E', [sale('2026-10-01', 1), sale('2026-10-11', 1), sale('2026-10-14', 1), sale('2026-10-18', 1), sale('2026-10-30', 1)])]);
    expect(even.customers[0]!.cycleDays).toBe(7); // gaps 10, 3, 4, 12 → (4 + 10) / 2
    expect(even.customers[0]!.expectedNext).toBe(d('2026-11-06'));
    const two = run([customer('T', [sale('2026-10-01', 1), sale('2026-10-11', 1)])]);
    expect(two.customers[0]!.cycleDays).toBeNull(); // needs at least 2 gaps
  });

  it('gives each status at the reference date', () => {
    const r = byCode(
      run(
        [
          customer('ACT', monthly('2025-11', 12, 100)),
          customer('INA', [...monthly('2025-11', 4, 100)]), // last purchase 2026-02-15: 258 days
          customer('LOST', [sale('2025-10-20', 100), sale('2025-10-25', 100), sale('2025-11-01', -10)]),
          customer('PROS', [sale('2026-05-01', -40)]), // only a credit note: no purchase ever
          customer('RISK', [sale('2026-01-01', 100), sale('2026-01-11', 100), sale('2026-01-21', 100), sale('2026-06-01', 100)]),
        ],
        {},
      ).customers,
    );
    expect(r.get('ACT')!.status).toBe('active');
    expect(r.get('INA')!.status).toBe('inactive');
    expect(r.get('LOST')!.status).toBe('lost'); // 371 days
    expect(r.get('PROS')).toMatchObject({ status: 'prospect', recencyDays: null, firstPurchase: null });
    expect(r.get('RISK')!.status).toBe('at risk'); // 152 days against a 10-day cycle: overdue
    expect(r.get('RISK')!.signals[0]).toEqual({ kind: 'overdue', recencyDays: 152, cycleDays: 10 });
  });

  it('flags "declining" when the last 3 periods average under half the earlier ones', () => {
    const falling = monthly('2025-11', 12, (i) => (i < 9 ? 1000 : 400));
    const steady = monthly('2025-11', 12, (i) => (i < 9 ? 1000 : 600));
    const short = monthly('2026-06', 5, (i) => (i < 2 ? 1000 : 1)); // only 2 earlier periods
    const r = byCode(run([customer('F', falling), customer('S', steady), customer('H', short)]).customers);
    expect(r.get('F')!.signals).toEqual([{ kind: 'declining', recentMean: 40000, earlierMean: 100000 }]);
    expect(r.get('F')!.status).toBe('at risk');
    expect(r.get('S')!.signals).toEqual([]);
    expect(r.get('H')!.signals).toEqual([]);
  });

  it('flags "dropped class" against the previous run with the same parameters', () => {
    const customers = [customer('BIG', monthly('2025-11', 12, 1000)), customer('SMALL', monthly('2025-11', 12, 10))];
    const p = DEFAULT_PARAMS;
    const window = resolveWindow('month', d('2026-10-31'));
    const r = analyze({ customers, window, latestSale: window.to, params: p, previous: { runId: 7, classes: new Map([['SMALL', 'A'], ['BIG', 'A']]) } });
    const small = byCode(r.customers).get('SMALL')!;
    expect(small.signals).toEqual([{ kind: 'dropped class', from: 'A', to: 'C', previousRunId: 7 }]);
    expect(byCode(r.customers).get('BIG')!.signals).toEqual([]);
    expect(r.previousRunId).toBe(7);
  });

  it('finds breadwinners (≥ 10 % of the margin) and rising newcomers, and keeps manual types', () => {
    const withMargin = (sales: SaleGroup[], pct: number) => sales.map((s) => ({ ...s, margin: Math.round(s.amount * pct) }));
    const customers = [
      customer('BREAD', withMargin(monthly('2025-11', 12, 1000), 0.3)), // margin 3,600 of 4,662
      customer('THIN', withMargin(monthly('2025-11', 12, 1000), 0.001)), // big revenue, tiny margin
      customer('NEW', withMargin(monthly('2026-08', 3, 1500), 0.1), { manualTypes: ['image maker'] }),
      ...Array.from({ length: 10 }, (_, i) => customer(`T${i}`, withMargin(monthly('2025-11', 12, 50), 0.1))),
    ];
    const r = byCode(run(customers).customers);
    expect(r.get('BREAD')!.types).toEqual(['breadwinner']);
    expect(r.get('THIN')!.types).toEqual([]);
    expect(r.get('THIN')).toMatchObject({ abcRevenue: 'A', abcMargin: 'C', bigButUnprofitable: true });
    // 4,500 since mid-August ≈ 2.5 months → 1,800 a month → 21,600 a year ≥ the smallest A (12,000).
    expect(r.get('NEW')!.types).toEqual(['rising', 'image maker']);
  });

  it('works on ISO weeks and quarters', () => {
    const sales = [sale('2026-10-05', 100), sale('2026-10-12', 100), sale('2026-10-19', 100), sale('2026-10-26', 100)];
    const weekly = run([customer('W', sales)], { period: 'week' }, '2026-10-31', '2026-10-01');
    expect(weekly.window).toMatchObject({ from: d('2026-09-28'), to: d('2026-11-01') });
    expect(weekly.customers[0]).toMatchObject({ xyz: 'X', xyzPeriods: 4 }); // first purchase in the 2nd week
    const quarterly = run([customer('Q', monthly('2025-11', 12, 100))], { period: 'quarter' });
    expect(quarterly.window).toMatchObject({ from: d('2025-10-01'), to: d('2026-12-31') });
    expect(quarterly.customers[0]!.xyzPeriods).toBe(5);
  });

  it('ranks by margin, quantity or orders when asked, and refuses margin without margin data', () => {
    const a = customer('A', [sale('2026-10-01', 100, { quantity: 5000 })]);
    const b = customer('B', [sale('2026-10-01', 50, { quantity: 1000 }), sale('2026-10-02', 50, { quantity: 1000 })]);
    expect(run([a, b], { basis: 'quantity' }).customers.map((c) => [c.code, c.value])).toEqual([['A', 5000], ['B', 2000]]);
    expect(run([a, b], { basis: 'orders' }).customers.map((c) => [c.code, c.value])).toEqual([['B', 2], ['A', 1]]);
    expect(() => run([a, b], { basis: 'margin' })).toThrow(/margem/);
  });

  it('sums the known margins of a customer whose lines only partly have one (docs/decisions.md #4)', () => {
    const partly = customer('P', [sale('2026-10-01', 100, { margin: 3000 }), sale('2026-10-02', 100), sale('2026-10-03', 100, { margin: -500 })]);
    const none = customer('N', [sale('2026-10-01', 100)]);
    const r = byCode(run([partly, none]).customers);
    expect(r.get('P')).toMatchObject({ revenue: 30000, margin: 2500 });
    expect(r.get('N')!.margin).toBeNull();
  });

  it('judges XYZ on quantity or on orders per period when asked', () => {
    // The same revenue every month, but the quantity alternates 1 and 3 and the orders 1 and 2.
    const sales = monthly('2025-11', 12, 100).flatMap((s, i) =>
      i % 2 === 0 ? [{ ...s, quantity: 1000 }] : [{ ...s, quantity: 1500 }, { ...s, order: `${s.order}b`, amount: 0, quantity: 1500 }],
    );
    const byRevenue = run([customer('Q', sales)]).customers[0]!;
    expect(byRevenue.cv).toBeCloseTo(0, 12);
    const byQuantity = run([customer('Q', sales)], { xyzMeasure: 'quantity' }).customers[0]!;
    expect(byQuantity.cv).toBeCloseTo(0.5, 12); // 1 and 3 alternating: mean 2, sd 1
    expect(byQuantity.xyz).toBe('X');
    // An order of 0 is no purchase: the orders per period stay 1 every month.
    const byOrders = run([customer('Q', sales)], { xyzMeasure: 'orders' }).customers[0]!;
    expect(byOrders.cv).toBeCloseTo(0, 12);
  });
});
