// Dates written as text or stored as Excel serial numbers, into calendar days (shared/domain/
// calendar.ts): `dd/mm/yyyy`, `dd/mm/yy`, `yyyy-mm-dd`, `dd.mm.yyyy`, `dd-mm-yyyy`, `mm/dd/yyyy`
// (only when the column's order is month-first, see column-formats.ts), `yyyymmdd` (only in a
// column whose every date reads so, when the import says so); a time part after the date
// (`01/11/2024 14:30`, `2024-11-01T10:00:00`) is ignored. A date the import can store lies
// between 1900-01-01 and 2099-12-31 (inDateRange).
import type { Day } from '../domain/calendar';

/** What a value proves about the order of its day and month. NO_ORDER: a date that proves nothing (05/06/2024). */
export const NO_ORDER = 0;
export const DAY_FIRST = 1;
export const MONTH_FIRST = 2;
export const YEAR_FIRST = 3;
/** Eight digits that read as a date `yyyymmdd` (19970101), and nothing else. */
export const COMPACT = 4;
/** Text that is not a date at all (or a number that is not a yyyymmdd one). */
export const NOT_A_DATE = 5;
export type DateEvidence = typeof NO_ORDER | typeof DAY_FIRST | typeof MONTH_FIRST | typeof YEAR_FIRST | typeof COMPACT | typeof NOT_A_DATE;

/** 1900-01-01 and 2099-12-31 as days since 1970-01-01 (SPEC "Import": a date outside cannot be read). */
export const FIRST_DAY = -25567;
export const LAST_DAY = 47481;

export const inDateRange = (day: Day): boolean => day >= FIRST_DAY && day <= LAST_DAY;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days since 1970-01-01 of a calendar date, null if there is no such date: the same answer as
 * calendar.ts `dayFromYmd`, by arithmetic (Hinnant's days_from_civil), because on a million-line
 * import two Date.UTC calls per row cost more than the rest of the row's parsing.
 */
export function ymdToDay(year: number, month: number, day: number): Day | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (day > (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!)) return null;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** Excel's serial day 25569 is 1970-01-01; serials below 61 count Excel's phantom 29 Feb 1900. */
export function dayFromExcelSerial(serial: number): Day | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  const whole = Math.floor(serial);
  if (whole === 60) return null; // 1900-02-29 does not exist
  return whole < 60 ? whole - 25568 : whole - 25569;
}

type Parts = { a: number; aDigits: number; b: number; c: number; cDigits: number };

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Splits `a/b/c` (one separator among / - .), with an optional time part; null if not that shape. */
function splitDate(text: string, out: Parts): boolean {
  const n = text.length;
  let i = 0;
  while (i < n && text.charCodeAt(i) === 32) i++;
  let sep = -1;
  const nums = [0, 0, 0];
  const digits = [0, 0, 0];
  let part = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      nums[part] = nums[part]! * 10 + (c - 48);
      digits[part]!++;
      if (digits[part]! > 4) return false;
    } else if ((c === 47 || c === 45 || c === 46) && part < 2 && digits[part]! > 0 && (sep === -1 || sep === c)) {
      sep = c;
      part++;
    } else if (part === 2 && digits[2]! > 0 && (c === 32 || c === 84 /* T */)) {
      break; // the time part
    } else {
      return false;
    }
  }
  if (part !== 2 || digits[2] === 0) return false;
  out.a = nums[0]!;
  out.aDigits = digits[0]!;
  out.b = nums[1]!;
  out.c = nums[2]!;
  out.cDigits = digits[2]!;
  return out.aDigits <= 4 && digits[1]! <= 2 && (out.aDigits === 4 ? out.cDigits <= 2 : out.aDigits <= 2);
}

const scratch: Parts = { a: 0, aDigits: 0, b: 0, c: 0, cDigits: 0 };

/** The day of `yyyymmdd` written as eight digits (text or a whole number), or null. */
export function compactDay(value: string | number): Day | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 10_000_000 && value <= 99_999_999 ? compactDay(String(value)) : null;
  const t = value.trim();
  if (t.length !== 8 || !/^\d{8}$/.test(t)) return null;
  return ymdToDay(Number(t.slice(0, 4)), Number(t.slice(4, 6)), Number(t.slice(6, 8)));
}

export function dateEvidence(text: string): DateEvidence {
  if (!splitDate(text, scratch)) return compactDay(text) !== null ? COMPACT : NOT_A_DATE;
  if (scratch.aDigits === 4) return YEAR_FIRST;
  if (scratch.a > 12 && scratch.b <= 12) return DAY_FIRST;
  if (scratch.b > 12 && scratch.a <= 12) return MONTH_FIRST;
  return NO_ORDER;
}

/** Two-digit years as Excel reads them: 00–29 → 2000s, 30–99 → 1900s. */
function fullYear(year: number, digits: number): number | null {
  if (digits === 4) return year;
  if (digits === 2) return year < 30 ? 2000 + year : 1900 + year;
  return null;
}

/**
 * A date written as text; `monthFirst` reads `a/b/c` as month/day/year. Eight digits read as
 * `yyyymmdd` unless `compact` is false (a column that does not read so throughout). Null if
 * unreadable.
 */
export function parseDateText(text: string, monthFirst: boolean, compact = true): Day | null {
  if (splitDate(text, scratch)) {
    if (scratch.aDigits === 4) return scratch.cDigits === 0 ? null : ymdToDay(scratch.a, scratch.b, scratch.c);
    const year = fullYear(scratch.c, scratch.cDigits);
    if (year === null) return null;
    return monthFirst ? ymdToDay(year, scratch.a, scratch.b) : ymdToDay(year, scratch.b, scratch.a);
  }
  const t = text.trim();
  if (t.length === 8 && /^\d{8}$/.test(t)) return compact ? compactDay(t) : null;
  if (/^\d{1,7}(?:[.,]\d+)?$/.test(t)) return dayFromExcelSerial(Number(t.replace(',', '.')));
  return null;
}
