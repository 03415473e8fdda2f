// Periods (calendar month, ISO week, quarter) as consecutive integers, so that a window is a
// plain range and "periods with no purchase count as 0" is an array of zeros.
import {
  addMonths,
  dayFromYmd,
  firstDayOfMonthIndex,
  isoWeekday,
  lastDayOfMonthIndex,
  monthIndexOfDay,
  ymdOfDay,
  type Day,
} from '../domain/calendar';
import type { PeriodKind } from './params';

/** Index of the period that contains `day`: months and quarters count from year 0, weeks from 1970. */
export function periodOf(kind: PeriodKind, day: Day): number {
  switch (kind) {
    case 'month':
      return monthIndexOfDay(day);
    case 'quarter':
      return Math.floor(monthIndexOfDay(day) / 3);
    case 'week':
      // Monday-based weeks: day − (weekday − 1) is the Monday; 1969-12-29 (day −3) is week 0.
      return Math.floor((day + 3) / 7);
  }
}

export function periodStart(kind: PeriodKind, index: number): Day {
  switch (kind) {
    case 'month':
      return firstDayOfMonthIndex(index);
    case 'quarter':
      return firstDayOfMonthIndex(index * 3);
    case 'week':
      return index * 7 - 3;
  }
}

export function periodEnd(kind: PeriodKind, index: number): Day {
  switch (kind) {
    case 'month':
      return lastDayOfMonthIndex(index);
    case 'quarter':
      return lastDayOfMonthIndex(index * 3 + 2);
    case 'week':
      return index * 7 + 3;
  }
}

/** `2026-10`, `2026-Q4`, or the ISO week `2026-W44` (its year is the year of its Thursday). */
export function periodLabel(kind: PeriodKind, index: number): string {
  switch (kind) {
    case 'month': {
      const { year, month } = ymdOfDay(periodStart('month', index));
      return `${year}-${String(month).padStart(2, '0')}`;
    }
    case 'quarter':
      return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    case 'week': {
      const thursday = periodStart('week', index) + 3;
      const isoYear = ymdOfDay(thursday).year;
      const week1Monday = isoWeekMonday(isoYear);
      return `${isoYear}-W${String(Math.floor((thursday - 3 - week1Monday) / 7) + 1).padStart(2, '0')}`;
    }
  }
}

/** Monday of ISO week 1: the week holding 4 January. */
function isoWeekMonday(isoYear: number): Day {
  const jan4 = dayFromYmd(isoYear, 1, 4)!;
  return jan4 - (isoWeekday(jan4) - 1);
}

export type SnappedWindow = { from: Day; to: Day; period: PeriodKind; firstPeriod: number; lastPeriod: number };

/** Snaps [from, to] outward to whole periods (SPEC "Analysis run"). */
export function snapWindow(kind: PeriodKind, from: Day, to: Day): SnappedWindow {
  const firstPeriod = periodOf(kind, from);
  const lastPeriod = periodOf(kind, to);
  return { from: periodStart(kind, firstPeriod), to: periodEnd(kind, lastPeriod), period: kind, firstPeriod, lastPeriod };
}

/**
 * The window when the user gives none, or gives one bound: twelve calendar months ending with the
 * month of `to` (default: the month of the latest sale), or starting at `from`; then snapped.
 */
export function resolveWindow(kind: PeriodKind, latestSale: Day, from?: Day, to?: Day): SnappedWindow {
  let start: Day;
  let end: Day;
  if (from !== undefined && to !== undefined) {
    start = from;
    end = to;
  } else if (from !== undefined) {
    start = from;
    end = addMonths(from, 12) - 1;
  } else {
    const endMonth = monthIndexOfDay(to ?? latestSale);
    start = firstDayOfMonthIndex(endMonth - 11);
    end = to ?? lastDayOfMonthIndex(endMonth);
  }
  return snapWindow(kind, start, end);
}
