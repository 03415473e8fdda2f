// Purchase cycle, SPEC "Purchase cycle, status and signals".
import type { Day } from '../domain/calendar';

/**
 * Median of the day gaps between consecutive purchase dates (sorted, distinct); of an even count,
 * the mean of the two middle gaps. Needs at least 2 gaps.
 */
export function purchaseCycle(purchaseDays: ArrayLike<Day>): number | null {
  if (purchaseDays.length < 3) return null;
  const gaps: number[] = [];
  for (let i = 1; i < purchaseDays.length; i++) gaps.push(purchaseDays[i]! - purchaseDays[i - 1]!);
  gaps.sort((p, q) => p - q);
  const mid = gaps.length >> 1;
  return gaps.length % 2 === 1 ? gaps[mid]! : (gaps[mid - 1]! + gaps[mid]!) / 2;
}

/** Last purchase + cycle, to the nearest day (a cycle of 12.5 days lands half a day up). */
export function expectedNextPurchase(lastPurchase: Day | null, cycle: number | null): Day | null {
  return lastPurchase === null || cycle === null ? null : lastPurchase + Math.round(cycle);
}
