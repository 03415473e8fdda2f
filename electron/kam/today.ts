// Today as a calendar day, from the computer's local date (a contact due "today" is the user's
// today, not UTC's). Handlers that depend on it take an optional `today` for tests.
import { dayFromYmd, type Day } from '../../shared/domain/calendar';
import { apiError } from '../../shared/api/errors';

export function localToday(now = new Date()): Day {
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}

export function todayOr(value: unknown): Day {
  if (value === undefined || value === null) return localToday();
  if (typeof value !== 'number' || !Number.isInteger(value)) throw apiError('kam/bad-today');
  return value;
}
