// Churn per period (seed 001: customers active at the start of a period who became lost during
// it). Decisions:
// - "Not lost at the start" of a period starting on day s = not lost at the end of day s − 1: it
//   had bought and s − 1 − last purchase ≤ lostDays. (Judging on day s itself would let a
//   customer that becomes lost exactly on day s fall between two periods.)
// - "Became lost during it": one of its loss days (loss-events.ts) falls inside the period, and
//   not after the reference day (the last period is cut there).
// - rate = lost / atStart, null when nobody was at the start.
// - Purchase days as SPEC defines them: days of orders with a positive total, up to the reference day.
// - The yearly rate treats the 12 months up to the reference day, (R − 12 months, R], as one period.
// - Per class: the customers' ABC class in the newest stored run; a customer in no run only
//   counts in the overall figures.
import { addMonths, type Day } from '../domain/calendar';
import type { PeriodKind } from '../analysis/params';
import { periodEnd, periodLabel, periodOf, periodStart } from '../analysis/periods';
import { ABC_CLASSES, type AbcClass } from '../analysis/result-types';
import type { ChurnPeriod, ChurnReport } from './kpi-types';

export type ChurnCustomer = { purchaseDays: readonly Day[]; abc: AbcClass | null };

export type ChurnOptions = {
  lostDays: number;
  period: PeriodKind;
  /** How many periods, ending with the one holding the reference day. */
  periods: number;
  referenceDay: Day;
};

/** Where a customer is counted: slot 0 for everyone, and the slot of its class. */
const SLOTS = ABC_CLASSES.length + 1;
const slotOf = (abc: AbcClass | null): number => (abc === null ? -1 : ABC_CLASSES.indexOf(abc) + 1);

/**
 * For each period [froms[k], tos[k]] (starts increasing, each `to` at most the reference day),
 * the customers not lost at its start and those of them with a loss day inside it, everyone's in
 * slot 0 and each class's in its slot (index slot × periods + k), in one pass over the customers.
 * The rule is loss-events.ts' (notLostAt the day before the start; a loss day, lossDays, within
 * the period), walked with pointers instead of asked per period: each customer's purchase days
 * are read once whatever the number of periods (200,000 customers × 24 periods took seconds with
 * a binary search each, and a list of loss days made per customer at every report was most of
 * what was left).
 */
function countPeriods(customers: readonly ChurnCustomer[], lostDays: number, froms: Int32Array, tos: Int32Array): { atStart: Int32Array; lost: Int32Array } {
  const n = froms.length;
  const atStart = new Int32Array(SLOTS * n);
  const lost = new Int32Array(SLOTS * n);
  for (const c of customers) {
    const days = c.purchaseDays;
    const count = days.length;
    if (count === 0 || days[0]! > froms[n - 1]! - 1) continue; // not a customer before the last period
    const slot = slotOf(c.abc) * n;
    let j = 0; // purchases on or before the day before period k starts
    let g = 0; // the first purchase not before j − 1 that a loss follows (the next one more than lostDays + 1 later, or none)
    for (let k = 0; k < n; k++) {
      const before = froms[k]! - 1;
      while (j < count && days[j]! <= before) j++;
      // Not lost at the end of the day before the period (notLostAt).
      if (j === 0 || before - days[j - 1]! > lostDays) continue;
      atStart[k]! += 1;
      if (slot >= 0) atStart[slot + k]! += 1;
      // Its first loss day from the period's start on: losses before j − 1 came before the last
      // purchase by then; the one after days[j − 1] is no sooner than the start.
      if (g < j - 1) g = j - 1;
      while (g + 1 < count && days[g + 1]! <= days[g]! + lostDays + 1) g++;
      if (days[g]! + lostDays + 1 <= tos[k]!) {
        lost[k]! += 1;
        if (slot >= 0) lost[slot + k]! += 1;
      }
    }
  }
  return { atStart, lost };
}

const rateOf = (atStart: number, lost: number): number | null => (atStart === 0 ? null : lost / atStart);

export function churnReport(customers: readonly ChurnCustomer[], o: ChurnOptions): ChurnReport {
  const last = periodOf(o.period, o.referenceDay);
  const labels: string[] = [];
  const froms = new Int32Array(o.periods);
  const tos = new Int32Array(o.periods);
  for (let k = 0; k < o.periods; k++) {
    const p = last - o.periods + 1 + k;
    labels.push(periodLabel(o.period, p));
    froms[k] = periodStart(o.period, p);
    tos[k] = Math.min(periodEnd(o.period, p), o.referenceDay);
  }
  const periods = countPeriods(customers, o.lostDays, froms, tos);
  // The yearly rate: the 12 months up to the reference day, (R − 12 months, R], as one period.
  const year = countPeriods(customers, o.lostDays, Int32Array.of(addMonths(o.referenceDay, -12) + 1), Int32Array.of(o.referenceDay));
  const periodsOf = (slot: number): ChurnPeriod[] =>
    labels.map((period, k) => {
      const atStart = periods.atStart[slot * o.periods + k]!;
      const lost = periods.lost[slot * o.periods + k]!;
      return { period, atStart, lost, rate: rateOf(atStart, lost) };
    });
  return {
    lostDays: o.lostDays,
    overall: periodsOf(0),
    byClass: ABC_CLASSES.map((abc) => {
      const slot = slotOf(abc);
      return { abc, periods: periodsOf(slot), yearlyRate: rateOf(year.atStart[slot]!, year.lost[slot]!) };
    }),
    yearlyRate: rateOf(year.atStart[0]!, year.lost[0]!),
  };
}
