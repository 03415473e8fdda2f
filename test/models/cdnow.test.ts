// The CDNOW sample with SPEC's counting rule and reference date 1997-09-30: the figures of
// shared/samples/cdnow/README.md.
import { beforeAll, describe, expect, it } from 'vitest';
import { dayOfIso } from '../../shared/domain/calendar';
import {
  actualPurchases90d,
  fitModels,
  predictCustomer,
  purchaseDays,
  summarise,
  type CustomerSummary,
  type FittedModel,
  type PurchaseDays,
} from '../../shared/models';
import { cdnowOrders } from './cdnow';

const REFERENCE = dayOfIso('1997-09-30')!;
const LATEST_SALE = dayOfIso('1998-06-30')!;

let purchases: Map<string, PurchaseDays>;
let summaries: Map<string, CustomerSummary | null>;
let model: FittedModel;

beforeAll(() => {
  purchases = new Map([...cdnowOrders()].map(([code, orders]) => [code, purchaseDays(orders)]));
  summaries = new Map([...purchases].map(([code, p]) => [code, summarise(p, REFERENCE)]));
  const fit = fitModels([...summaries.values()].filter((s) => s !== null));
  expect(fit.reason).toBeNull();
  model = fit.model!;
});

const within = (got: number, want: number, tolerance: number) => expect(Math.abs(got - want)).toBeLessThanOrEqual(tolerance);

describe('CDNOW sample, reference date 1997-09-30', () => {
  it('fits 2,349 of the 2,357 customers, 946 with a repeat purchase: the eight whose only line is $0.00 have no purchase date', () => {
    expect(purchases.size).toBe(2357);
    expect(model.customers).toBe(2349);
    expect(model.repeaters).toBe(946);
    const none = [...summaries].filter(([, s]) => s === null).map(([code]) => code);
    expect(none).toEqual(['01101', '01753', '02556', '03134', '11270', '12366', '13408', '16921']);
  });

  it("gives SPEC's BG/NBD row: r, α, a, b within 0.001 of 0.2439, 4.4224, 0.7925, 2.4229; ln L within 0.5 of −9578.1966", () => {
    within(model.r, 0.2439, 0.001);
    within(model.alpha, 4.4224, 0.001);
    within(model.a, 0.7925, 0.001);
    within(model.b, 2.4229, 0.001);
    within(model.logLikelihood, -9578.1966, 0.5);
  });

  it('and so the published figures (Fader, Hardie & Lee 2005) within 0.01', () => {
    within(model.r, 0.243, 0.01);
    within(model.alpha, 4.414, 0.01);
    within(model.a, 0.793, 0.01);
    within(model.b, 2.426, 0.01);
  });

  it('gives Gamma-Gamma p, q, v within 1 % of 6.2496, 3.7442, 15.4435 over the 946 repeat customers', () => {
    const spend = model.spend!;
    expect(model.spendReason).toBeNull();
    expect(spend.customers).toBe(946);
    within(spend.p, 6.2496, 0.01 * 6.2496);
    within(spend.q, 3.7442, 0.01 * 3.7442);
    within(spend.v, 15.4435, 0.01 * 15.4435);
    within(spend.logLikelihood, -4055.9177, 0.5);
  });

  it('counts the actual purchase days from 1997-10-01 to 1997-12-29; the eight $0.00 customers have none to count', () => {
    const actual = new Map([...purchases].map(([code, p]) => [code, actualPurchases90d(p, REFERENCE, LATEST_SALE)]));
    // 00004 bought on 1997-01-01, 01-18, 08-02 and 12-12.
    expect(actual.get('00004')).toBe(1);
    // Counted by hand from the CSV (Python): 718 purchase days over the 2,349 customers, 1,951 with none.
    const counts = [...actual.values()].filter((n) => n !== null);
    expect(counts).toHaveLength(2349);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(718);
    expect(counts.filter((n) => n === 0)).toHaveLength(1951);
    expect(Math.max(...counts)).toBe(13);
    expect(actual.get('01101')).toBeNull();
  });

  // An independent implementation (Python, mpmath's hyp2f1 on the untransformed formula) at the
  // fitted parameters; SPEC's tolerances: P(alive) 0.002, expected purchases 1 %, money 1 %.
  it.each([
    ['00004', 0.726517642337423, 0.452581501838354, 2465, 3630.28193789714],
    ['01760', 0.969234913494188, 7.75977428101786, 2639, 62579.5931025971],
    ['23500', 0.841969088905782, 2.22234904310802, 1747, 11618.3606881135],
    ['00050', 1, 0.0694338184461237, 3517, 839.174565277207],
  ])('predicts customer %s as an independent implementation does', (code, pAlive, expected90, spendCents, revenueCents) => {
    const p = predictCustomer(model, summaries.get(code)!, { revenue: 10_000, margin: null });
    within(p.pAlive!, pAlive, 1e-6);
    within(p.expectedPurchases90d!, expected90, 1e-6 * expected90);
    expect(p.expectedSpend).toBe(spendCents);
    within(p.predictedRevenue12m!, revenueCents, 1);
    // CDNOW has no cost or margin column.
    expect(p.clv12m).toBeNull();
    expect(p.reasons.clv12m).toBe('margin-unknown');
  });

  it('gives each of the 2,357 customers finite figures or null with a reason, never NaN', () => {
    for (const [code, s] of summaries) {
      const p = predictCustomer(model, s, { revenue: 5_000, margin: 1_000 });
      for (const [field, value] of Object.entries(p)) {
        if (field === 'reasons') continue;
        if (value === null) expect(p.reasons[field as keyof typeof p.reasons], `${code} ${field}`).toBeTruthy();
        else expect(Number.isFinite(value), `${code} ${field}`).toBe(true);
      }
      if (s === null) expect(p.reasons.pAlive).toBe('no-purchase');
      else within(p.clv12m!, (p.predictedRevenue12m! * 1_000) / 5_000, 1);
    }
  });
});
