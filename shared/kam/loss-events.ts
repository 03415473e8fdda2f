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
