// Dates typed by a person. Clave's forms use text fields rather than the browser's date picker:
// the picker's format follows the browser's language, not Clave's, and would show mm/dd/yyyy on
// a pt-BR screen. A day is typed as the screen shows days (dd/mm/aaaa; mm/dd/yyyy in English;
// `/`, `.` or `-` between the parts; a two-digit year as Excel reads it, 00–29 → 20xx) or as ISO
// yyyy-mm-dd. What is not a day says why: not written as a date, a month or a day that does not
// exist (31/02/2026), or a year outside 1900–2099 (the import's range). Every form that takes a
// day reads it here and words its problem with `dayProblemText`.
import { daysInMonth, type Day } from '../../shared/domain/calendar';
import { inDateRange, ymdToDay } from '../../shared/import/parse-date';
import { INTL_TAG, type UiLocale } from '../i18n/locales';
import { dayTextMessages } from './day-text-messages';

export type DayProblem =
  | { problem: 'shape'; text: string }
  | { problem: 'month'; text: string; month: number }
  | { problem: 'day'; text: string; year: number; month: number }
  | { problem: 'range'; text: string };

/** null: nothing typed. */
export type DayReading = null | { day: Day } | DayProblem;

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export function readDayText(value: string | undefined, locale: UiLocale): DayReading {
  const text = (value ?? '').trim();
  if (text === '') return null;
  let year: number;
  let month: number;
  let dayOfMonth: number;
  const iso = ISO.exec(text);
  const dmy = iso ? null : DMY.exec(text);
  if (iso) [year, month, dayOfMonth] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dmy) {
    const [a, b, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    [dayOfMonth, month] = locale === 'en' ? [b, a] : [a, b];
    year = dmy[3]!.length === 2 ? (y < 30 ? 2000 + y : 1900 + y) : y;
  } else return { problem: 'shape', text };
  if (month < 1 || month > 12) return { problem: 'month', text, month };
  if (dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return { problem: 'day', text, year, month };
  const day = ymdToDay(year, month, dayOfMonth);
  if (day === null || !inDateRange(day)) return { problem: 'range', text };
  return { day };
}

export const isDayProblem = (r: DayReading): r is DayProblem => r !== null && 'problem' in r;

/** null when empty, NaN when not a day (the forms that only need to know it is wrong). */
export function parseDayText(v: string | undefined, locale: UiLocale): Day | null {
  const r = readDayText(v, locale);
  return r === null ? null : isDayProblem(r) ? Number.NaN : r.day;
}

/** Why a typed day is not one, in the screen's language: "31/02/2026 não existe: fevereiro de 2026 tem 28 dias." */
export function dayProblemText(p: DayProblem, locale: UiLocale): string {
  const m = dayTextMessages[locale];
  if (p.problem === 'shape') return m.shape(p.text);
  if (p.problem === 'month') return m.noMonth(p.text, p.month);
  if (p.problem === 'range') return m.range(p.text);
  const monthName = new Intl.DateTimeFormat(INTL_TAG[locale], { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(p.year, p.month - 1, 1)));
  return m.noDay(p.text, monthName, p.year, daysInMonth(p.year, p.month));
}

/** The problem of a typed day in the screen's language, or null when it is a day or empty. */
export function dayTextProblem(v: string | undefined, locale: UiLocale): string | null {
  const r = readDayText(v, locale);
  return isDayProblem(r) ? dayProblemText(r, locale) : null;
}
