import { describe, expect, it } from 'vitest';
import { dayOfIso } from '../../shared/domain/calendar';
import { actualPurchases90d, backtestSummary, purchaseDays, summarise } from '../../shared/models';

const d = (iso: string) => dayOfIso(iso)!;
const REFERENCE = d('2026-06-30');

describe("a customer's summary (x, t_x, T, m)", () => {
  it('counts purchase days after the first, in weeks to the reference date, m the mean repeat day total in major units', () => {
    const days = purchaseDays([
      { day: d('2026-01-05'), total: 10_000 },
      { day: d('2026-02-02'), total: 4_000 },
      { day: d('2026-02-02'), total: 2_000 }, // a second order the same day: one purchase day of 60.00
      { day: d('2026-03-02'), total: 3_000 },
    ]);
    expect(days.days).toEqual([d('2026-01-05'), d('2026-02-02'), d('2026-03-02')]);
    expect(days.totals).toEqual([10_000, 6_000, 3_000]);
    expect(summarise(days, REFERENCE)).toEqual({ x: 2, tx: 56 / 7, T: 176 / 7, m: 45 });
  });

  it('does not count a day whose returns exceed its sales: not a purchase', () => {
    // Without order ids the day is the order: 50.00 sold, 80.00 returned.
    const days = purchaseDays([
      { day: d('2026-01-05'), total: 10_000 },
      { day: d('2026-03-10'), total: -3_000 },
    ]);
    expect(summarise(days, REFERENCE)).toEqual({ x: 0, tx: 0, T: 176 / 7, m: null });
  });

  it("with order ids, a day with a purchase and a larger return is a purchase day, its total the purchase's", () => {
    const days = purchaseDays([
      { day: d('2026-01-05'), total: 10_000 },
      { day: d('2026-03-10'), total: 5_000 },
      { day: d('2026-03-10'), total: -8_000 },
    ]);
    expect(summarise(days, REFERENCE)).toEqual({ x: 1, tx: 64 / 7, T: 176 / 7, m: 50 });
  });

  it('uses nothing after the reference date, and has no summary without a purchase day up to it', () => {
    const days = purchaseDays([
      { day: d('2026-06-30'), total: 1_000 },
      { day: d('2026-07-01'), total: 9_000 },
    ]);
    expect(summarise(days, REFERENCE)).toEqual({ x: 0, tx: 0, T: 0, m: null });
    expect(summarise(days, d('2026-06-29'))).toBeNull();
    expect(summarise(purchaseDays([{ day: d('2026-01-05'), total: -100 }]), REFERENCE)).toBeNull();
    expect(summarise(purchaseDays([]), REFERENCE)).toBeNull();
  });
});

describe('the backtest', () => {
  const days = purchaseDays([
    { day: d('2026-05-01'), total: 1_000 },
    { day: d('2026-06-30'), total: 1_000 }, // the reference date itself: before, not after
    { day: d('2026-07-01'), total: 1_000 },
    { day: d('2026-08-15'), total: -500 }, // a return: not a purchase
    { day: d('2026-09-28'), total: 1_000 }, // the 90th day after
    { day: d('2026-09-29'), total: 1_000 }, // the 91st
  ]);

  it('counts the purchase days from the day after the reference date to the 90th day after it', () => {
    expect(actualPurchases90d(days, REFERENCE, d('2026-09-28'))).toBe(2);
  });

  it('is empty when the stored sales do not reach 90 days past the reference date, or the customer had not bought by then', () => {
    expect(actualPurchases90d(days, REFERENCE, d('2026-09-27'))).toBeNull();
    expect(actualPurchases90d(days, d('2026-04-30'), d('2026-12-31'))).toBeNull();
  });

  it('sums predicted and actual by past repeat purchases, 0 to 7 and more, leaving out customers without both', () => {
    const summary = backtestSummary([
      { x: 0, expected: 0.2, actual: 0 },
      { x: 0, expected: 0.3, actual: 1 },
      { x: 2, expected: 1.5, actual: 2 },
      { x: 7, expected: 4, actual: 3 },
      { x: 31, expected: 12, actual: 10 },
      { x: 1, expected: null, actual: 1 },
      { x: 1, expected: 0.8, actual: null },
    ]);
    expect(summary.rows.map((r) => r.pastRepeats)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(summary.rows[0]).toEqual({ pastRepeats: 0, customers: 2, predicted: 0.5, actual: 1 });
    expect(summary.rows[1]).toEqual({ pastRepeats: 1, customers: 0, predicted: 0, actual: 0 });
    expect(summary.rows[7]).toEqual({ pastRepeats: 7, customers: 2, predicted: 16, actual: 13 });
    expect(summary.total).toEqual({ customers: 5, predicted: 18, actual: 16 });
  });
});
