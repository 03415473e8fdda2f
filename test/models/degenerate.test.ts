// Workspaces a real user may have, where the models have little or odd data to go on: each
// gives what SPEC says (no model and the reason; empty figures with theirs) and never NaN.
import { describe, expect, it } from 'vitest';
import { dayOfIso } from '../../shared/domain/calendar';
import {
  fitModels,
  predictCustomer,
  purchaseDays,
  summarise,
  type CustomerPrediction,
  type CustomerSummary,
  type FittedModel,
  type Order,
} from '../../shared/models';
import { simulateOrders, simulateSummaries, type Truth } from './simulate';

const REFERENCE = dayOfIso('2026-06-30')!;
const TRUTH: Truth = { r: 0.5, alpha: 8, a: 0.8, b: 2.5, p: 6, q: 4, v: 15 };
const NO_MAXIMUM = ['not-finite', 'parameter-unbounded', 'not-negative-definite', 'not-converged'];

const summaries = (customers: Order[][]) => customers.map((o) => summarise(purchaseDays(o), REFERENCE)).filter((s) => s !== null);

/** Each figure a finite number, or null with a reason. */
function expectSound(p: CustomerPrediction) {
  for (const [field, value] of Object.entries(p)) {
    if (field === 'reasons') continue;
    if (value === null) expect(p.reasons[field as keyof typeof p.reasons], field).toBeTruthy();
    else expect(Number.isFinite(value), field).toBe(true);
  }
}

function predictAll(model: FittedModel | null, list: CustomerSummary[]) {
  return list.map((s) => {
    const p = predictCustomer(model, s, { revenue: 10_000, margin: 2_500 });
    expectSound(p);
    return p;
  });
}

const population = (customers: number, seed: number) =>
  simulateOrders({ truth: TRUTH, customers, seed, firstFrom: REFERENCE - 540, firstTo: REFERENCE - 180, until: REFERENCE });

describe('degenerate workspaces', () => {
  it('10 customers: no model (fewer than 30 with a repeat purchase), every figure empty with the reason', () => {
    const list = summaries(Array.from({ length: 10 }, (_, i) => [0, 30, 60].map((k) => ({ day: REFERENCE - 200 + k + i, total: 5_000 }))));
    expect(list.every((s) => s.x === 2)).toBe(true);
    expect(fitModels(list)).toEqual({ model: null, reason: 'too-few-repeaters' });
    for (const p of predictAll(null, list)) {
      expect(p.pAlive).toBeNull();
      expect(p.reasons.pAlive).toBe('no-model');
      expect(p.reasons.clv12m).toBe('no-model');
    }
  });

  it('nobody repeats: no model, whatever the number of customers', () => {
    const list = summaries(Array.from({ length: 5_000 }, (_, i) => [{ day: REFERENCE - (i % 700), total: 1_000 + i }]));
    expect(list).toHaveLength(5_000);
    expect(fitModels(list)).toEqual({ model: null, reason: 'too-few-repeaters' });
  });

  it('a day whose returns exceed its sales is no repeat purchase: 29 repeat customers and 10 whose second day is a net return give no model', () => {
    const repeat = Array.from({ length: 29 }, (_, i) => [
      { day: REFERENCE - 300 + i, total: 2_000 },
      { day: REFERENCE - 100 + i, total: 3_000 },
    ]);
    const returned = Array.from({ length: 10 }, (_, i) => [
      { day: REFERENCE - 300 + i, total: 2_000 },
      { day: REFERENCE - 100 + i, total: -2_500 }, // 10.00 sold, 35.00 returned: the day's order is −25.00
    ]);
    const list = summaries([...repeat, ...returned]);
    expect(list.filter((s) => s.x > 0)).toHaveLength(29);
    expect(fitModels(list).reason).toBe('too-few-repeaters');
    // With one more real repeat customer the model is fitted, and the ten count as one-time buyers.
    const fit = fitModels(summaries([...repeat, [{ day: REFERENCE - 50, total: 900 }, { day: REFERENCE - 20, total: 900 }], ...returned, ...population(400, 8)]));
    expect(fit.reason).toBeNull();
  });

  it('everybody repeats, drawn from the model: fitted, every figure sound', () => {
    const list = summaries(population(3_000, 3)).filter((s) => s.x > 0);
    expect(list.length).toBeGreaterThan(1_500);
    const fit = fitModels(list);
    expect(fit.reason).toBeNull();
    expect(fit.model!.repeaters).toBe(list.length);
    predictAll(fit.model, list);
  });

  it('everybody repeats, every week up to the reference date: nobody has left and all buy alike, so there is no maximum and no model', () => {
    const weekly = Array.from({ length: 300 }, (_, i) => {
      const orders: Order[] = [];
      for (let day = REFERENCE - 200 - (i % 100); day <= REFERENCE - (i % 5); day += 7 + (i % 3)) orders.push({ day, total: 1_000 + i });
      return orders;
    });
    const fit = fitModels(summaries(weekly));
    expect(fit.model).toBeNull();
    expect(NO_MAXIMUM).toContain(fit.reason);
  });

  it('one huge customer (a purchase every day for 5 years) among 500: fitted, and its figures are sound', () => {
    const daily: Order[] = [];
    for (let day = REFERENCE - 5 * 365; day <= REFERENCE; day++) daily.push({ day, total: 500_000 });
    const list = summaries([...population(500, 5), daily]);
    const fit = fitModels(list);
    expect(fit.reason).toBeNull();
    const huge = predictCustomer(fit.model, list.at(-1)!, { revenue: 500_000 * 1826, margin: 100_000 * 1826 });
    expectSound(huge);
    expect(huge.reasons).toEqual({});
    expect(huge.pAlive!).toBeGreaterThan(0.99);
    // At most one purchase day a day: 90 in 90 days.
    expect(huge.expectedPurchases90d!).toBeGreaterThan(75);
    expect(huge.expectedPurchases90d!).toBeLessThanOrEqual(90);
    expect(Math.abs(huge.expectedSpend! - 500_000)).toBeLessThan(100);
    expect(huge.clv12m).toBe(Math.round(huge.predictedRevenue12m! * 0.2));
    predictAll(fit.model, list);
  });

  it('a fitted q below 1: no expected spend for customers without a repeat purchase (SPEC needs q > 1), the others keep theirs', () => {
    const list = simulateSummaries({ truth: { ...TRUTH, p: 2, q: 0.6 }, customers: 5_000, seed: 4, minT: 26, maxT: 78 });
    const fit = fitModels(list);
    expect(fit.reason).toBeNull();
    const spend = fit.model!.spend!;
    expect(spend.q).toBeLessThan(1);
    const predictions = predictAll(fit.model, list);
    list.forEach((s, i) => {
      const p = predictions[i]!;
      expect(p.pAlive).not.toBeNull();
      expect(p.expectedPurchases90d).not.toBeNull();
      if (s.x === 0 || spend.p * s.x + spend.q <= 1) {
        expect(p.expectedSpend).toBeNull();
        expect(p.reasons).toMatchObject({ expectedSpend: 'spend-undefined', predictedRevenue12m: 'spend-undefined', clv12m: 'spend-undefined' });
      } else {
        expect(p.expectedSpend!).toBeGreaterThan(0);
        expect(p.clv12m).not.toBeNull();
      }
    });
  });
});
