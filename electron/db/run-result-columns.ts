// The stored columns of run_results one at a time, in rank order: what the customer grid sorts a
// run's customers by (electron/analysis/results-page.ts). The full rows are read in
// run-results-table.ts.
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

/**
 * Columns of the customer table (shared/format/customer-columns.ts) that are stored as they are
 * shown, by column key: sorting by them reads one column. The others (figures derived from
 * several, texts in the user's language) are sorted from the full rows.
 */
export const STORED_RESULT_COLUMNS: Readonly<Record<string, string>> = {
  rank: 'rank',
  code: 'code',
  name: 'name',
  value: 'value',
  share: 'share',
  cumulativeShare: 'cumulative_share',
  abc: 'abc',
  xyz: 'xyz',
  cv: 'cv',
  xyzPeriods: 'xyz_periods',
  revenue: 'revenue_cents',
  margin: 'margin_cents',
  quantity: 'quantity_milli',
  orders: 'orders',
  firstPurchase: 'first_purchase',
  lastPurchase: 'last_purchase',
  recencyDays: 'recency_days',
  cycleDays: 'cycle_days',
  expectedNext: 'expected_next',
  status: 'status',
  seller: 'seller',
  segment: 'segment',
  region: 'region',
  abcRevenue: 'abc_revenue',
  abcMargin: 'abc_margin',
  pAlive: 'p_alive',
  expectedPurchases90d: 'expected_purchases_90d',
  predictedRevenue12m: 'predicted_revenue_12m_cents',
  clv12m: 'clv_12m_cents',
  actualPurchases90d: 'actual_purchases_90d',
};

/** The keys of STORED_RESULT_COLUMNS whose column holds numbers (or nothing). */
export const NUMBER_RESULT_KEYS: readonly string[] = [
  'rank', 'value', 'share', 'cumulativeShare', 'cv', 'xyzPeriods', 'revenue', 'margin', 'quantity', 'orders',
  'firstPurchase', 'lastPurchase', 'recencyDays', 'cycleDays', 'expectedNext', 'pAlive', 'expectedPurchases90d',
  'predictedRevenue12m', 'clv12m', 'actualPurchases90d',
];

/**
 * Every number column of the run's customers (NUMBER_RESULT_KEYS), in rank order, each as one
 * typed array (NaN where it is empty: SQLite keeps no NaN), read in one pass over the run's rows
 * as one JSON array a column (SQLite writes a double's shortest exact text). 1.2 MB a column at
 * 144,167 customers, against about 3.5 MB as an array of numbers and empties.
 */
export function runNumberColumns(db: Db, runId: number): Map<string, Float64Array> {
  const columns = NUMBER_RESULT_KEYS.map((key) => STORED_RESULT_COLUMNS[key]!);
  const texts = cachedStatement(
    db,
    `SELECT ${columns.map((c) => `json_group_array(${c})`).join(', ')}
       FROM (SELECT ${columns.join(', ')} FROM run_results WHERE run_id = ? AND other = 0 ORDER BY rank)`,
  )
    .raw()
    .get(runId) as string[];
  return new Map(
    NUMBER_RESULT_KEYS.map((key, k) => {
      const values = JSON.parse(texts[k]!) as (number | null)[];
      return [key, Float64Array.from(values, (v) => (v === null ? Number.NaN : v))];
    }),
  );
}

/** One stored column (a key of STORED_RESULT_COLUMNS) of every customer of the run, in rank order. */
export function runColumn(db: Db, runId: number, key: string): (string | number | null)[] {
  const column = STORED_RESULT_COLUMNS[key];
  if (column === undefined) throw new Error(`No stored column for "${key}"`);
  return cachedStatement(db, `SELECT ${column} FROM run_results WHERE run_id = ? AND other = 0 ORDER BY rank`).pluck().all(runId) as (string | number | null)[];
}
