// What a run fixes before it reads a single customer (SPEC "Analysis run"): the reference date,
// the periods the XYZ series may use, and the period of every day it reads.
import type { Day } from '../domain/calendar';
import { BACKTEST_DAYS } from '../models';
import type { XyzMeasure } from './params';
import { periodEnd, periodOf, type SnappedWindow } from './periods';

export type RunPlan = {
  window: SnappedWindow;
  /** The latest stored sale date (all batches, returns included); null without sales. */
  latestSale: Day | null;
  /** The earlier of the window's last day and the latest stored sale date: nothing after it is used. */
  referenceDay: Day;
  /**
   * How many of the window's periods, from its first, the reference date completes: the XYZ
   * series, the minimum history and the declining signal use these only.
   */
  completePeriods: number;
  /** Some period of the window was left out of XYZ: the reference date does not complete it. */
  lastPeriodLeftOut: boolean;
  measure: XyzMeasure;
  /** Period offset (from the window's first period) of each day from the window's start to the reference date. */
  offsets: Int32Array;
  /**
   * The 90th day after the reference date when the stored sales reach it (a run of the past: the
   * backtest counts each customer's purchase days up to it); else null.
   */
  backtestEnd: Day | null;
};

/**
 * The reference date: the earlier of the window's last day and the latest sale date stored (all
 * batches, returns included). A workspace without sales has no latest date: the window's end.
 */
export function referenceDayOf(window: SnappedWindow, latestSale: Day | null): Day {
  return latestSale === null ? window.to : Math.min(window.to, latestSale);
}

/**
 * The window's periods that end on or before the reference date. A period the reference date
 * does not complete (it begins after it, or the reference date is not its last day) is left out,
 * so that a half-observed month does not read as a drop.
 */
export function completePeriodsOf(window: SnappedWindow, referenceDay: Day): number {
  const holding = periodOf(window.period, referenceDay);
  const lastComplete = periodEnd(window.period, holding) === referenceDay ? holding : holding - 1;
  return Math.max(0, Math.min(lastComplete, window.lastPeriod) - window.firstPeriod + 1);
}

export function runPlan(window: SnappedWindow, latestSale: Day | null, measure: XyzMeasure): RunPlan {
  const referenceDay = referenceDayOf(window, latestSale);
  const completePeriods = completePeriodsOf(window, referenceDay);
  const days = Math.max(0, referenceDay - window.from + 1);
  const offsets = new Int32Array(days);
  for (let i = 0; i < days; i++) offsets[i] = periodOf(window.period, window.from + i) - window.firstPeriod;
  return {
    window,
    latestSale,
    referenceDay,
    completePeriods,
    lastPeriodLeftOut: completePeriods < window.lastPeriod - window.firstPeriod + 1,
    measure,
    offsets,
    backtestEnd: latestSale !== null && latestSale >= referenceDay + BACKTEST_DAYS ? referenceDay + BACKTEST_DAYS : null,
  };
}
