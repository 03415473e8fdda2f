// The predictive models in a stored run, through the API on a real workspace (SPEC "Predicted
// purchases and value"): fitted over the run's customers and its others, every figure stored and
// read back, the backtest of a run of the past, the discount as a run parameter, and the
// workspaces where there is no model or odd data — never NaN.
import { afterEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/api/open-workspace';
import type { CustomerResult, OtherCustomer } from '../../shared/analysis/result-types';
import { dayOfIso, type Day } from '../../shared/domain/calendar';
import { drawnLines, workspaceOf, type Line } from './model-workspace';

const REFERENCE = dayOfIso('2026-06-30')!;
const AFTER = REFERENCE + 120;

let ws: Workspace | null = null;
afterEach(() => {
  ws?.close();
  ws = null;
});

const listed = async (runId: number): Promise<(CustomerResult | OtherCustomer)[]> => [
  ...(await ws!.api.call('analysis/results', { runId })),
  ...(await ws!.api.call('analysis/others', { runId })),
];

/** Every predicted figure of every listed customer is a finite number or null (with a reason where the model says why). */
function expectNoNaN(list: (CustomerResult | OtherCustomer)[]) {
  for (const c of list) {
    const s = c.clvSteps;
    for (const value of [c.pAlive, c.expectedPurchases90d, c.predictedRevenue12m, c.clv12m, c.actualPurchases90d, s.repeatPurchases, s.expectedPurchases12m, s.expectedSpend, s.marginRate])
      if (value !== null) expect(Number.isFinite(value), c.code).toBe(true);
    if (c.pAlive === null) expect(s.reasons.pAlive, c.code).toBeTruthy();
    if (c.clv12m === null) expect(s.reasons.clv12m, c.code).toBeTruthy();
  }
}

/** Purchase days of each customer (days whose lines sum to > 0), from the lines themselves. */
function purchaseDaysOf(lines: Line[]): Map<string, Day[]> {
  const byDay = new Map<string, Map<Day, number>>();
  for (const l of lines) {
    const days = byDay.get(l.code) ?? new Map<Day, number>();
    days.set(l.day, (days.get(l.day) ?? 0) + l.amount);
    byDay.set(l.code, days);
  }
  return new Map([...byDay].map(([code, days]) => [code, [...days].filter(([, total]) => total > 0).map(([day]) => day)]));
}

describe('the predictive models in a stored run', () => {
  const lines = drawnLines(300, 11, REFERENCE - 540, REFERENCE - 120, AFTER);

  it('fits both models over the run and its others, stores them with the run and each customer its figures', async () => {
    ws = await workspaceOf(lines);
    const run = await ws.api.call('analysis/run', { to: '2026-06-30' });
    const bought = [...purchaseDaysOf(lines)].filter(([, days]) => days.some((d) => d <= REFERENCE));
    expect(run.model.reason).toBeNull();
    const m = run.model.fitted!;
    expect(m.customers).toBe(bought.length);
    expect(run.model).toMatchObject({ customers: bought.length, repeaters: m.repeaters });
    expect(m.spend).not.toBeNull();
    expect(await ws.api.call('analysis/get', { runId: run.id })).toMatchObject({ model: run.model });

    const all = await listed(run.id);
    expectNoNaN(all);
    const others = await ws.api.call('analysis/others', { runId: run.id });
    // Customers who stopped before the window are others, and are predicted too (all history).
    expect(others.length).toBeGreaterThan(0);
    for (const o of others) expect(o.pAlive).not.toBeNull();
    for (const c of all) {
      expect(c.pAlive!).toBeGreaterThanOrEqual(0);
      expect(c.pAlive!).toBeLessThanOrEqual(1);
      // Cost is 70 % of every amount: margin rate 0.3 (to the cent of each line), CLV 30 % of the predicted revenue.
      expect(c.clvSteps.marginRate!).toBeCloseTo(0.3, 2);
      expect(Math.abs(c.clv12m! - Math.round(c.predictedRevenue12m! * c.clvSteps.marginRate!))).toBeLessThanOrEqual(1);
    }
  });

  it('a run of the past counts each customer’s purchase days in the 90 days after, and sums the backtest by past repeat purchases', async () => {
    ws = await workspaceOf(lines);
    const past = await ws.api.call('analysis/run', { to: '2026-06-30' });
    const days = purchaseDaysOf(lines);
    for (const c of await listed(past.id)) {
      const own = days.get(c.code)!;
      expect(c.actualPurchases90d, c.code).toBe(own.filter((d) => d > REFERENCE && d <= REFERENCE + 90).length);
    }
    const backtest = past.model.backtest!;
    expect(backtest.rows.map((r) => r.pastRepeats)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(backtest.total.customers).toBe(past.model.customers);
    expect(backtest.total.actual).toBe([...days.values()].reduce((s, d) => (d.some((x) => x <= REFERENCE) ? s + d.filter((x) => x > REFERENCE && x <= REFERENCE + 90).length : s), 0));
    expect(backtest.rows.reduce((s, r) => s + r.customers, 0)).toBe(backtest.total.customers);
    expect(backtest.total.predicted).toBeGreaterThan(0);

    // Up to the latest sale there is nothing after: no actual figures, no backtest.
    const now = await ws.api.call('analysis/run', {});
    expect(now.model.backtest).toBeNull();
    for (const c of await listed(now.id)) expect(c.actualPurchases90d).toBeNull();
  });

  it('takes the monthly discount as a run parameter: 1 % by default, 0 gives more predicted revenue, a bad one is refused', async () => {
    ws = await workspaceOf(lines);
    const standard = await ws.api.call('analysis/run', { to: '2026-06-30' });
    expect(standard.params.discount).toBe(0.01);
    const none = await ws.api.call('analysis/run', { to: '2026-06-30', params: { discount: 0 } });
    expect(none.params.discount).toBe(0);
    // The discount changes no class: the runs are comparable, and the first one stays current.
    expect(none.current).toBe(false);
    const a = new Map((await ws.api.call('analysis/results', { runId: standard.id })).map((c) => [c.code, c.predictedRevenue12m]));
    for (const c of await ws.api.call('analysis/results', { runId: none.id })) if (a.get(c.code)! > 100) expect(c.predictedRevenue12m!).toBeGreaterThan(a.get(c.code)!);
    await expect(ws.api.call('analysis/run', { params: { discount: -0.5 } })).rejects.toMatchObject({ type: 'bad-option', code: 'analysis/bad-discount' });
    // Not a number at all (NaN cannot come through JSON): the argument's check refuses it, naming the field.
    await expect(ws.api.call('analysis/run', { params: { discount: Number.NaN } })).rejects.toMatchObject({ type: 'bad-request', params: expect.objectContaining({ field: 'params.discount' }) });
  });
});

describe('workspaces with little or odd data', () => {
  it('10 customers, nobody repeats: no model and why; every customer’s figures empty with the reason, never NaN', async () => {
    const ten = Array.from({ length: 10 }, (_, i): Line => ({ code: `U${i}`, day: REFERENCE - 10 * i, amount: 10_000 + i, cost: 5_000 }));
    ws = await workspaceOf(ten);
    const run = await ws.api.call('analysis/run', {});
    expect(run.model).toEqual({ fitted: null, reason: 'too-few-repeaters', customers: 10, repeaters: 0, backtest: null });
    const all = await listed(run.id);
    expect(all).toHaveLength(10);
    expectNoNaN(all);
    for (const c of all) {
      expect([c.pAlive, c.expectedPurchases90d, c.predictedRevenue12m, c.clv12m]).toEqual([null, null, null, null]);
      expect(c.clvSteps.reasons).toMatchObject({ pAlive: 'no-model', predictedRevenue12m: 'no-model', clv12m: 'no-model' });
      expect(c.clvSteps.marginRate).toBeCloseTo(0.5, 3);
    }
  });

  it('a purchase day whose returns exceed its sales is no purchase: not a repeat, not an actual purchase after', async () => {
    const base = drawnLines(200, 5, REFERENCE - 540, REFERENCE - 120, AFTER);
    const odd: Line[] = [
      { code: 'RET', day: REFERENCE - 100, amount: 20_000, cost: 10_000 },
      // The same day (one order, no order id): 100,00 sold, 150,00 returned.
      { code: 'RET', day: REFERENCE - 50, amount: 10_000, cost: 5_000 },
      { code: 'RET', day: REFERENCE - 50, amount: -15_000, cost: -7_500 },
      { code: 'RET', day: REFERENCE + 10, amount: 5_000, cost: 2_500 },
      { code: 'RET', day: REFERENCE + 10, amount: -9_000, cost: -4_500 },
      { code: 'RET', day: REFERENCE + 20, amount: 3_000, cost: 1_500 },
    ];
    ws = await workspaceOf([...base, ...odd]);
    const run = await ws.api.call('analysis/run', { to: '2026-06-30' });
    expect(run.model.fitted).not.toBeNull();
    const ret = (await ws.api.call('analysis/results', { runId: run.id, filter: { codes: ['RET'] } }))[0]!;
    expect(ret.orders).toBe(1);
    expect(ret.lastPurchase).toBe(REFERENCE - 100);
    expect(ret.clvSteps.repeatPurchases).toBe(0);
    // x = 0: P(alive) is 1 by BG/NBD's formula.
    expect(ret.pAlive).toBe(1);
    // After the reference date, the day with more returned than sold is no purchase either.
    expect(ret.actualPurchases90d).toBe(1);
    // Revenue 200 + 100 − 150 = 150,00 and margin 75,00 up to the reference date: 50 %.
    expect(ret.clvSteps.marginRate).toBeCloseTo(0.5, 9);
    expectNoNaN(await listed(run.id));
  });

  it('a run stored before the models reads as one without a model, its figures empty', async () => {
    ws = await workspaceOf(drawnLines(60, 3, REFERENCE - 300, REFERENCE - 60, REFERENCE));
    const run = await ws.api.call('analysis/run', {});
    // What migration 012 leaves in a run made before it.
    ws.ctx.db.exec(`UPDATE analysis_runs SET model_json = NULL, params_json = json_remove(params_json, '$.discount');
      UPDATE run_results SET p_alive = NULL, expected_purchases_90d = NULL, predicted_revenue_12m_cents = NULL, clv_12m_cents = NULL,
        actual_purchases_90d = NULL, repeat_purchases = NULL, expected_purchases_12m = NULL, expected_spend_cents = NULL,
        margin_rate = NULL, prediction_reasons = NULL`);
    const old = await ws.api.call('analysis/get', { runId: run.id });
    expect(old.model).toEqual({ fitted: null, reason: 'before-models', customers: 0, repeaters: 0, backtest: null });
    expect(old.params.discount).toBe(0.01);
    for (const c of await listed(run.id)) expect([c.pAlive, c.clv12m, c.clvSteps.reasons]).toEqual([null, null, {}]);
  });
});
