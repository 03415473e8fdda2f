// What churn and the loss trend keep of each customer's purchase days (lossRelevantDays): the
// loss rules answer the same from them as from every purchase day, on every day, for random
// histories (long and short gaps, gaps of exactly lostDays + 1 and + 2) and several lostDays.
import { describe, expect, it } from 'vitest';
import { lossDays, lossRelevantDays, notLostAt } from '../../shared/kam/loss-events';
import { seededRandom } from '../../shared/sample/generate-sales';

/** Distinct ascending days from 0, with gaps around `lostDays` more often than chance would give. */
function history(next: () => number, lostDays: number): number[] {
  const days: number[] = [];
  let day = Math.floor(next() * 50);
  const count = Math.floor(next() * 40);
  for (let k = 0; k < count; k++) {
    days.push(day);
    const pick = next();
    const gap = pick < 0.5 ? 1 + Math.floor(next() * 40) : pick < 0.7 ? lostDays + Math.floor(next() * 4) : 1 + Math.floor(next() * 3 * lostDays);
    day += gap;
  }
  return days;
}

describe('lossRelevantDays', () => {
  it('keeps the first and the last purchase and both ends of each gap', () => {
    // lostDays 10: gaps of 5 are kept only as needed to stay within 11 days; 30 is a loss.
    expect(lossRelevantDays([0, 5, 10, 15, 20, 50, 55], 10)).toEqual([0, 10, 20, 50, 55]);
    expect(lossRelevantDays([], 10)).toEqual([]);
    expect(lossRelevantDays([7], 10)).toEqual([7]);
    expect(lossRelevantDays([7, 8], 10)).toEqual([7, 8]);
  });

  it('gives the same loss days and the same "not lost" on every day as all the purchase days', () => {
    const next = seededRandom(13);
    for (let k = 0; k < 2000; k++) {
      const lostDays = [1, 7, 30, 90, 365][k % 5]!;
      const days = history(next, lostDays);
      const kept = lossRelevantDays(days, lostDays);
      const end = (days[days.length - 1] ?? 0) + lostDays + 5;
      for (const upTo of [end, Math.floor(end / 2)]) expect(lossDays(kept, lostDays, upTo)).toEqual(lossDays(days, lostDays, upTo));
      for (let day = -2; day <= end; day++) {
        if (notLostAt(kept, lostDays, day) !== notLostAt(days, lostDays, day)) {
          expect({ days, lostDays, day, kept: notLostAt(kept, lostDays, day) }).toEqual({ days, lostDays, day, kept: notLostAt(days, lostDays, day) });
        }
      }
    }
  });
});
