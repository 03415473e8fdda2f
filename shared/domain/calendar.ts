// Calendar days as plain integers (days since 1970-01-01), so that date arithmetic is exact
// and free of time zones: SPEC treats a date as a calendar day, never an instant.

export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayFromYmd(year: number, month: number, dayOfMonth: number): Day | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(dayOfMonth)) return null;
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return null;
  return Math.round(Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY);
}

export function ymdOfDay(day: Day): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD`, the form used in files, JSON and the database. */
export function isoOfDay(day: Day): string {
  const { year, month, day: d } = ymdOfDay(day);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(d)}`;
}

/** Parses exactly `YYYY-MM-DD`; anything else (or an impossible date) is null. */
export function dayOfIso(text: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  return m ? dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** Month number counted from year 0 (year × 12 + month − 1). */
export function monthIndexOfDay(day: Day): number {
  const { year, month } = ymdOfDay(day);
  return year * 12 + month - 1;
}

export function firstDayOfMonthIndex(monthIndex: number): Day {
  return dayFromYmd(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1)!;
}

export function lastDayOfMonthIndex(monthIndex: number): Day {
  return firstDayOfMonthIndex(monthIndex + 1) - 1;
}

/** The same day of the month `months` later, clamped to the month's length (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: Day, months: number): Day {
  const { year, month, day: d } = ymdOfDay(day);
  const target = year * 12 + month - 1 + months;
  const ty = Math.floor(target / 12);
  const tm = (target % 12) + 1;
  return dayFromYmd(ty, tm, Math.min(d, daysInMonth(ty, tm)))!;
}

/** Day of the week, ISO numbering: Monday = 1 … Sunday = 7. 1970-01-01 was a Thursday. */
export function isoWeekday(day: Day): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Days between two calendar days (b − a). */
export function daysBetween(a: Day, b: Day): number {
  return b - a;
}
