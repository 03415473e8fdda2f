// Each customer's figures from a fitted model: the published values, the rules for an empty
// figure, and no NaN or ∞ where the formulas meet extremes.
import { describe, expect, it } from 'vitest';
import type { FittedModel } from '../../shared/models';
import { predictCustomer } from '../../shared/models';
import { expectedPurchases, expectedSpend, MONTH_WEEKS, pAlive } from '../../shared/models/predict';

const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const SPEND = { p: 6.25, q: 3.74, v: 15.44, logLikelihood: -4055.92, customers: 946 };
const MODEL: FittedModel = { ...PUBLISHED, logLikelihood: -9582.4, customers: 2357, repeaters: 946, spend: SPEND, spendReason: null };
const CUSTOMER = { x: 2, tx: 30.43, T: 38.86, m: 22.35 };

describe('predictions', () => {
  it('reproduces the published values: E[Y(39) | x=2, t_x=30.43, T=38.86] = 1.226, P(alive) = 0.7266', () => {
    expect(expectedPurchases(PUBLISHED, CUSTOMER, 39)!).toBeCloseTo(1.226, 3);
    expect(pAlive(PUBLISHED, CUSTOMER)).toBeCloseTo(0.7266, 4);
  });

  it('gives a customer with no repeat purchase P(alive) = 1 and expected purchases from the population alone', () => {
    const once = { x: 0, tx: 0, T: 38.86, m: null };
    expect(pAlive(PUBLISHED, once)).toBe(1);
    // mpmath, SPEC's formula untransformed: 0.19509805201126264
    expect(expectedPurchases(PUBLISHED, once, 39)!).toBeCloseTo(0.19509805201126264, 13);
  });

  it('has no 0/0 at a = 1 and is continuous through it', () => {
    const at = (a: number) => expectedPurchases({ ...PUBLISHED, a }, CUSTOMER, 39)!;
    expect(Number.isFinite(at(1))).toBe(true);
    expect(Math.abs(at(1) - at(1 + 1e-9))).toBeLessThan(1e-8);
    expect(Math.abs(at(1) - at(1 - 1e-9))).toBeLessThan(1e-8);
    // mpmath at a = 1.00001 and 0.99999: 1.10213132…, 1.10214225…
    expect(at(1.00001)).toBeCloseTo(1.1021313238, 9);
    expect(at(0.99999)).toBeCloseTo(1.1021422484, 9);
  });

  it('stays finite for a customer with thousands of purchases, and for one long gone', () => {
    const daily = { x: 3000, tx: 38, T: 38.86, m: 10 };
    // A daily buyer silent for 6 days is almost surely gone. mpmath (a = 3): 7.5949164272219300e−21.
    expect(expectedPurchases({ ...PUBLISHED, a: 3 }, daily, 39)! / 7.59491642722193e-21).toBeCloseTo(1, 10);
    // mpmath: 801.71445601748293 purchases in 90 days (69 a week, each with a small chance of
    // being the last), P(alive) 0.99973586204071055.
    const stillBuying = { x: 3000, tx: 38.86, T: 38.86, m: 10 };
    expect(expectedPurchases(PUBLISHED, stillBuying, 90 / 7)! / 801.71445601748293).toBeCloseTo(1, 12);
    expect(pAlive(PUBLISHED, stillBuying)).toBeCloseTo(0.99973586204071055, 14);
    // mpmath: P(alive) 2.3115471481358581e−118, expected purchases 2.3876055545467041e−119.
    const gone = { x: 40, tx: 1, T: 5000, m: 10 };
    expect(pAlive(PUBLISHED, gone) / 2.3115471481358581e-118).toBeCloseTo(1, 10);
    expect(expectedPurchases(PUBLISHED, gone, 90 / 7)! / 2.3876055545467041e-119).toBeCloseTo(1, 10);
    // Further gone, the odds overflow a double: P(alive) is 0, its limit, not NaN.
    const longGone = { x: 400, tx: 1, T: 100_000, m: 10 };
    expect(pAlive(PUBLISHED, longGone)).toBe(0);
    expect(expectedPurchases(PUBLISHED, longGone, 90 / 7)).toBe(0);
  });

  it('a fitted a and b in the millions (no spread in dropout): the limit of one dropout probability p = a/(a+b)', () => {
    // With a, b → ∞ at a fixed ratio, p is a/(a+b) for everyone and, given alive, the purchase
    // rate is Gamma(r+x, α+T): E = P(alive) · (1 − ((α+T)/(α+T+p·t))^(r+x)) / p.
    const model = { r: 0.5625791921830519, alpha: 11.39504816890473, a: 3274764.1048408574, b: 15645140.737928385 };
    const p = model.a / (model.a + model.b);
    for (const s of [CUSTOMER, { x: 0, tx: 0, T: 30, m: null }, { x: 12, tx: 40, T: 41, m: 10 }]) {
      const limit = pAlive(model, s) * (1 - ((model.alpha + s.T) / (model.alpha + s.T + p * 13)) ** (model.r + s.x)) / p;
      expect(expectedPurchases(model, s, 13)! / limit).toBeCloseTo(1, 5);
    }
  });

  it('expected spend: p(v + x·m)/(px + q − 1), p·v/(q − 1) with no repeat purchase; empty where the denominator is ≤ 0', () => {
    expect(expectedSpend(SPEND, CUSTOMER)).toBeCloseTo((6.25 * (15.44 + 2 * 22.35)) / (6.25 * 2 + 3.74 - 1), 12);
    expect(expectedSpend(SPEND, { x: 0, tx: 0, T: 10, m: null })).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
    const lowQ = { ...SPEND, p: 0.1, q: 0.8 };
    expect(expectedSpend(lowQ, { x: 0, tx: 0, T: 10, m: null })).toBeNull();
    expect(expectedSpend(lowQ, { x: 1, tx: 1, T: 10, m: 5 })).toBeNull(); // 0.1 + 0.8 − 1 < 0
    expect(expectedSpend(lowQ, { x: 3, tx: 1, T: 10, m: 5 })).toBeCloseTo((0.1 * (15.44 + 15)) / 0.1, 10);
  });

  it('predicted revenue: E[M] × the purchases expected in each of 12 months, discounted monthly', () => {
    const p = predictCustomer(MODEL, CUSTOMER, { revenue: 100_000, margin: 25_000 });
    const spend = expectedSpend(SPEND, CUSTOMER)! * 100;
    let want = 0;
    for (let k = 1; k <= 12; k++) {
      const month = expectedPurchases(PUBLISHED, CUSTOMER, k * MONTH_WEEKS)! - expectedPurchases(PUBLISHED, CUSTOMER, (k - 1) * MONTH_WEEKS)!;
      want += (spend * month) / 1.01 ** k;
    }
    expect(p.predictedRevenue12m).toBe(Math.round(want));
    expect(p.expectedSpend).toBe(Math.round(spend));
    expect(p.expectedPurchases12m!).toBeCloseTo(expectedPurchases(PUBLISHED, CUSTOMER, 12 * MONTH_WEEKS)!, 12);
    expect(p.marginRate).toBe(0.25);
    expect(p.clv12m).toBe(Math.round(want * 0.25));
    expect(p.reasons).toEqual({});
    // No discount: more; a higher discount: less.
    const flat = predictCustomer(MODEL, CUSTOMER, { revenue: 100_000, margin: 25_000 }, { monthlyDiscount: 0 });
    const steep = predictCustomer(MODEL, CUSTOMER, { revenue: 100_000, margin: 25_000 }, { monthlyDiscount: 0.05 });
    expect(flat.predictedRevenue12m!).toBeGreaterThan(p.predictedRevenue12m!);
    expect(steep.predictedRevenue12m!).toBeLessThan(p.predictedRevenue12m!);
    expect(flat.predictedRevenue12m).toBe(Math.round(spend * p.expectedPurchases12m!));
  });

  it('leaves CLV empty where the margin is unknown or the revenue is not positive, with the reason', () => {
    const noMargin = predictCustomer(MODEL, CUSTOMER, { revenue: 100_000, margin: null });
    expect(noMargin.clv12m).toBeNull();
    expect(noMargin.reasons).toEqual({ marginRate: 'margin-unknown', clv12m: 'margin-unknown' });
    expect(noMargin.predictedRevenue12m).not.toBeNull();
    const refunded = predictCustomer(MODEL, CUSTOMER, { revenue: -500, margin: -100 });
    expect(refunded.clv12m).toBeNull();
    expect(refunded.reasons.clv12m).toBe('revenue-not-positive');
    // A loss-making customer has a negative CLV: that is a figure, not an empty one.
    expect(predictCustomer(MODEL, CUSTOMER, { revenue: 100_000, margin: -10_000 }).clv12m!).toBeLessThan(0);
  });

  it('leaves everything empty without a model or without a purchase, and the spend figures without Gamma-Gamma', () => {
    const none = predictCustomer(null, CUSTOMER, { revenue: 1, margin: 1 });
    expect([none.pAlive, none.expectedPurchases90d, none.predictedRevenue12m, none.clv12m]).toEqual([null, null, null, null]);
    expect(none.reasons.pAlive).toBe('no-model');
    const prospect = predictCustomer(MODEL, null, { revenue: 0, margin: null });
    expect(prospect.reasons.expectedPurchases90d).toBe('no-purchase');
    const noSpend = predictCustomer({ ...MODEL, spend: null, spendReason: 'not-converged' }, CUSTOMER, { revenue: 1, margin: 1 });
    expect(noSpend.pAlive).not.toBeNull();
    expect(noSpend.expectedPurchases90d).not.toBeNull();
    expect(noSpend.reasons).toEqual({ expectedSpend: 'no-spend-model', predictedRevenue12m: 'no-spend-model', clv12m: 'no-spend-model' });
  });

  it('refuses a discount that is not a number ≥ 0 with a reason, not NaN', () => {
    for (const monthlyDiscount of [Number.NaN, -0.5, Infinity]) {
      const p = predictCustomer(MODEL, CUSTOMER, { revenue: 1, margin: 1 }, { monthlyDiscount });
      expect(p.predictedRevenue12m).toBeNull();
      expect(p.reasons.predictedRevenue12m).toBe('invalid-discount');
    }
  });
});
