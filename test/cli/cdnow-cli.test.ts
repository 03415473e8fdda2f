// The CDNOW sample through the command line as a user runs it (dist/clave.js, a process):
// `clave analyze cdnow-amostra.csv --to 1997-09-30 --json` must give the figures of
// shared/samples/cdnow/README.md to its tolerances, and the 90 days after as the backtest.
import { describe, expect, it } from 'vitest';
import { dayOfIso } from '../../shared/domain/calendar';
import { CDNOW_CSV, cdnowOrders } from '../models/cdnow';
import { clave } from './run-clave';

type Figures = { code: string; pAlive: number | null; expectedPurchases90d: number | null; predictedRevenue12m: number | null; clv12m: number | null; actualPurchases90d: number | null };
type Json = {
  window: { referenceDate: string };
  totals: { customers: number };
  model: Record<'r' | 'alpha' | 'a' | 'b' | 'logLikelihood' | 'p' | 'q' | 'v' | 'customers', number> | null;
  customers: Figures[];
  others: Figures[];
};

let cached: Json | null = null;
async function cdnow(): Promise<Json> {
  if (cached) return cached;
  const r = await clave(['analyze', CDNOW_CSV, '--to', '1997-09-30', '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return (cached = JSON.parse(r.stdout) as Json);
}

const within = (got: number, want: number, tolerance: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(tolerance);

/** Each customer's purchase days from 1997-10-01 to 1997-12-29 (days whose lines sum to > 0), counted from the CSV itself. */
function actualFromCsv(): Map<string, number | null> {
  const from = dayOfIso('1997-10-01')!;
  const to = dayOfIso('1997-12-29')!;
  const reference = dayOfIso('1997-09-30')!;
  const out = new Map<string, number | null>();
  for (const [code, orders] of cdnowOrders()) {
    const bought = orders.filter((o) => o.total > 0);
    out.set(code, bought.some((o) => o.day <= reference) ? bought.filter((o) => o.day >= from && o.day <= to).length : null);
  }
  return out;
}

describe('clave analyze on the CDNOW sample, --to 1997-09-30', () => {
  it("prints the README's model: r, alpha, a, b within 0.001; log-likelihood within 0.5; p, q, v within 1 %; 2,349 customers", async () => {
    const { model, window } = await cdnow();
    expect(window.referenceDate).toBe('1997-09-30');
    expect(model).not.toBeNull();
    const m = model!;
    within(m.r, 0.2439, 0.001);
    within(m.alpha, 4.4224, 0.001);
    within(m.a, 0.7925, 0.001);
    within(m.b, 2.4229, 0.001);
    within(m.logLikelihood, -9578.1966, 0.5);
    within(m.p, 6.2496, 0.01 * 6.2496);
    within(m.q, 3.7442, 0.01 * 3.7442);
    within(m.v, 15.4435, 0.01 * 15.4435);
    expect(m.customers).toBe(2349);
    expect(Object.keys(m).sort()).toEqual(['a', 'alpha', 'b', 'customers', 'logLikelihood', 'p', 'q', 'r', 'v']);
  });

  it('gives every customer its actual purchase days of 1997-10-01 to 1997-12-29; null for the eight whose only line is $0.00', async () => {
    const run = await cdnow();
    const listed = [...run.customers, ...run.others];
    expect(listed).toHaveLength(2357);
    const want = actualFromCsv();
    for (const c of listed) expect(c.actualPurchases90d, c.code).toBe(want.get(c.code));
    const empty = listed.filter((c) => c.actualPurchases90d === null).map((c) => c.code).sort();
    expect(empty).toEqual(['01101', '01753', '02556', '03134', '11270', '12366', '13408', '16921']);
    expect(listed.reduce((s, c) => s + (c.actualPurchases90d ?? 0), 0)).toBe(718);
  });

  it('gives P(alive), expected purchases and predicted revenue as an independent implementation does; no CLV without a margin', async () => {
    const byCode = new Map((await cdnow()).customers.map((c) => [c.code, c]));
    // test/models/cdnow.test.ts: the independent implementation at the fitted parameters.
    const c = byCode.get('00004')!;
    within(c.pAlive!, 0.726517642337423, 0.002);
    within(c.expectedPurchases90d!, 0.452581501838354, 0.01 * 0.452581501838354);
    within(c.predictedRevenue12m!, 36.3028193789714, 0.01 * 36.3028193789714);
    expect(c.clv12m).toBeNull();
    const zero = byCode.get('01101')!;
    expect([zero.pAlive, zero.expectedPurchases90d, zero.predictedRevenue12m, zero.clv12m]).toEqual([null, null, null, null]);
  });

  it('discounts the predicted revenue by --discount (0 gives more than the default 1 % a month); a bad discount is exit 2 and writes nothing', async () => {
    const undiscounted = await clave(['analyze', CDNOW_CSV, '--to', '1997-09-30', '--json', '--discount', '0%']);
    expect(undiscounted.code).toBe(0);
    const plain = new Map((JSON.parse(undiscounted.stdout) as Json).customers.map((c) => [c.code, c.predictedRevenue12m]));
    const discounted = (await cdnow()).customers.find((c) => c.code === '00004')!;
    expect(plain.get('00004')!).toBeGreaterThan(discounted.predictedRevenue12m!);
    for (const bad of ['abc', '-0.01', '1', '150%']) {
      const r = await clave(['analyze', CDNOW_CSV, `--discount=${bad}`, '--json']);
      expect(r.code, bad).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr, bad).toMatch(/^clave: Desconto mensal inválido ".*": use uma taxa de 0 até menos de 1/);
    }
  });
});
