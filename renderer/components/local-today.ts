// Today as a calendar day from the computer's local date, the same rule as the backend's
// electron/kam/today.ts (a contact "today" is the user's today, not UTC's).
import { dayFromYmd, type Day } from '../../shared/domain/calendar';

export function localToday(now = new Date()): Day {
  return dayFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate())!;
}
