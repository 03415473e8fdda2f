// Key-account types of seed 002 that the data can tell (SPEC "Key-account types"); "image
// maker" and "expert" are set by hand on the customer and passed through.
import { addMonths, type Day } from '../domain/calendar';
import type { KeyAccountType } from './result-types';

/** Days in an average month, to turn "revenue since the first purchase" into a monthly rate. */
const DAYS_PER_MONTH = 365.25 / 12;

/** ≥ 10 % of the run's total margin (of revenue when the data has no margin at all). */
export function isBreadwinner(own: number, runTotal: number): boolean {
  return runTotal > 0 && own * 10 >= runTotal;
}

/**
 * First purchase within the 6 months before the reference date, and a monthly revenue since
 * then that, × 12, reaches the smallest A customer's revenue. The months elapsed count at least
 * one, so a first order last week is not extrapolated from a few days.
 */
export function isRising(
  firstPurchase: Day | null,
  revenueSinceFirst: number,
  referenceDay: Day,
  smallestARevenue: number | null,
): boolean {
  if (firstPurchase === null || smallestARevenue === null) return false;
  if (firstPurchase <= addMonths(referenceDay, -6)) return false;
  const months = Math.max(1, (referenceDay - firstPurchase + 1) / DAYS_PER_MONTH);
  return (revenueSinceFirst / months) * 12 >= smallestARevenue;
}

export const MANUAL_TYPES: KeyAccountType[] = ['image maker', 'expert'];
