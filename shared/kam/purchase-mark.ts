// What was done with an overdue purchase in the agenda, and where that puts it (docs/decisions.md,
// "Overdue purchases in the agenda: owner, done and snooze"). 'done': it leaves the agenda; it
// comes back only as a new gap, once the customer has bought again and is overdue again.
// 'snoozed' until a day: it leaves the overdue list and is listed as due on that day (so the owner
// sees it coming within the agenda's horizon); from that day on it is overdue again, dated on its
// expected purchase as before.
import type { PurchaseMark } from '../api/followup-api';
import { apiError } from '../api/errors';
import { isoOfDay, type Day } from '../domain/calendar';

/** How far ahead a purchase can be put off: a year, so that none is forgotten for good by a slip. */
export const MAX_SNOOZE_DAYS = 366;

/** Where an overdue purchase goes given its mark: null, out of the agenda. */
export function placeOfPurchase(expected: Day, mark: PurchaseMark | null, today: Day): { day: Day; overdue: boolean; snoozedUntil: Day | null } | null {
  if (mark?.state === 'done') return null;
  if (mark?.state === 'snoozed' && mark.until > today) return { day: mark.until, overdue: false, snoozedUntil: mark.until };
  return { day: expected, overdue: true, snoozedUntil: null };
}

const isDayNumber = (v: unknown): v is Day => typeof v === 'number' && Number.isSafeInteger(v);

/** A mark as sent by a screen, checked: null clears; a snooze's day after today and within a year. */
export function checkPurchaseMark(value: unknown, today: Day): PurchaseMark | null {
  if (value === null) return null;
  if (typeof value !== 'object') throw apiError('kam/bad-purchase-mark');
  const v: { state?: unknown; until?: unknown } = value;
  if (v.state === 'done') return { state: 'done' };
  if (v.state !== 'snoozed' || !isDayNumber(v.until)) throw apiError('kam/bad-purchase-mark');
  const latest = today + MAX_SNOOZE_DAYS;
  if (v.until <= today || v.until > latest)
    throw apiError('kam/bad-snooze-day', { day: isoOfDay(v.until), today: isoOfDay(today), latest: isoOfDay(latest) });
  return { state: 'snoozed', until: v.until };
}

export function checkLastPurchase(value: unknown): Day {
  if (!isDayNumber(value)) throw apiError('kam/bad-purchase-mark');
  return value;
}
