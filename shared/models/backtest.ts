// The backtest (SPEC "Predicted purchases and value"): for a run of the past, each customer's
// actual purchase days in the 90 days after the reference date, and, for the model check, the
// predicted against the actual by number of past repeat purchases.
import type { Day } from '../domain/calendar';
import type { PurchaseDays } from './customer-summary';

export const BACKTEST_DAYS = 90;

/**
 * Purchase days from the day after the reference date to 90 days after it; null when the stored
 * sales do not reach that far (`latestSaleDate`, any line of the workspace) or the customer has
 * no purchase date up to the reference date.
 */
export function actualPurchases90d(purchases: PurchaseDays, referenceDate: Day, latestSaleDate: Day): number | null {
  const end = referenceDate + BACKTEST_DAYS;
  if (latestSaleDate < end) return null;
  const { days } = purchases;
  if (days.length === 0 || days[0]! > referenceDate) return null;
  let count = 0;
  for (let i = 0; i < days.length; i++) if (days[i]! > referenceDate && days[i]! <= end) count++;
  return count;
}

/** The last row holds this many past repeat purchases and more ("7+"). */
export const BACKTEST_LAST_ROW = 7;

export type BacktestRow = {
  /** Past repeat purchases (x); the last row is 7 and more. */
  pastRepeats: number;
  customers: number;
  /** Sums over the row's customers of expected and actual purchases in the 90 days. */
  predicted: number;
  actual: number;
};

export type Backtest = { rows: BacktestRow[]; total: Omit<BacktestRow, 'pastRepeats'> };

/** Customers with both figures count; the others (no prediction, no later data) are left out. */
export function backtestSummary(customers: Iterable<{ x: number; expected: number | null; actual: number | null }>): Backtest {
  const rows: BacktestRow[] = Array.from({ length: BACKTEST_LAST_ROW + 1 }, (_, pastRepeats) => ({
    pastRepeats,
    customers: 0,
    predicted: 0,
    actual: 0,
  }));
  const total = { customers: 0, predicted: 0, actual: 0 };
  for (const c of customers) {
    if (c.expected === null || c.actual === null) continue;
    const row = rows[Math.min(c.x, BACKTEST_LAST_ROW)]!;
    for (const sum of [row, total]) {
      sum.customers++;
      sum.predicted += c.expected;
      sum.actual += c.actual;
    }
  }
  return { rows, total };
}
