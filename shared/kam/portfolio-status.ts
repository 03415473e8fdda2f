// The status of a customer the newest run does not include (no sale line in its window).
// Decision: judged by SPEC's status rule at the run's reference day from the customer's last
// purchase (no signals: the run computed none for it): 'prospect' without any purchase, then
// lost / inactive / active by recency. A customer whose purchases all came after the run's
// reference day (imported since) is 'active'.
import type { AnalysisParams } from '../analysis/params';
import type { Status } from '../analysis/result-types';
import { statusOf } from '../analysis/status';
import type { Day } from '../domain/calendar';

export function statusOutsideRun(
  lastPurchase: Day | null,
  referenceDay: Day | null,
  limits: Pick<AnalysisParams, 'inactiveDays' | 'lostDays'>,
): Status {
  if (lastPurchase === null) return 'prospect';
  if (referenceDay === null || lastPurchase > referenceDay) return 'active';
  return statusOf(referenceDay - lastPurchase, [], limits);
}
