// When customers become lost: the building block of churn and of the win-back loss trend.
// A customer is lost on day d when d − (its last purchase on or before d) > lostDays (SPEC's
// status rule, applied to any day). A "loss" is the first day of such a stretch: the last
// purchase + lostDays + 1, when no purchase came before it. A customer may be lost, come back and
// be lost again; each stretch is a loss.
import type { Day } from '../domain/calendar';

/** The loss days of one customer, up to `upTo`; `purchaseDays` sorted ascending, distinct. */
export function lossDays(purchaseDays: readonly Day[], lostDays: number, upTo: Day): Day[] {
  const out: Day[] = [];
  for (let i = 0; i < purchaseDays.length; i++) {
    const loss = purchaseDays[i]! + lostDays + 1;
    if (loss > upTo) break; // later purchases are later still
    const next = purchaseDays[i + 1];
    if (next === undefined || next > loss) out.push(loss);
  }
  return out;
}

/**
 * The purchase days that decide `lossDays` and `notLostAt` for `lostDays`, the others left out:
 * the first and the last, and within a stretch of buying only as many as keep each day within
 * lostDays + 1 of the previous one kept (a day is kept when the next purchase is more than
 * lostDays + 1 after the last one kept). Both rules then answer the same for every day: a loss
 * is a gap of more than lostDays + 1 between two purchases, and both of its ends are kept; a
 * purchase left out lies between two kept ones at most lostDays + 1 apart, whose spans cover its
 * own. What churn and the loss trend keep of a customer (about two days per year of buying
 * instead of one per order day), so that their figures count a few days per customer.
 */
export function lossRelevantDays(purchaseDays: ArrayLike<Day>, lostDays: number): Day[] {
  const n = purchaseDays.length;
  if (n === 0) return [];
  const out: Day[] = [purchaseDays[0]!];
  let kept = purchaseDays[0]!;
  for (let i = 1; i < n - 1; i++) {
    if (purchaseDays[i + 1]! - kept > lostDays + 1) out.push((kept = purchaseDays[i]!));
  }
  if (n > 1) out.push(purchaseDays[n - 1]!);
  return out;
}

/** The last purchase on or before `day`, or null (binary search). */
export function lastPurchaseOnOrBefore(purchaseDays: readonly Day[], day: Day): Day | null {
  let lo = 0;
  let hi = purchaseDays.length - 1;
  let found: Day | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (purchaseDays[mid]! <= day) {
      found = purchaseDays[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Whether the customer is "not lost" at the end of `day`: it had bought by then and the days
 * since that last purchase are ≤ lostDays.
 */
export function notLostAt(purchaseDays: readonly Day[], lostDays: number, day: Day): boolean {
  const last = lastPurchaseOnOrBefore(purchaseDays, day);
  return last !== null && day - last <= lostDays;
}
