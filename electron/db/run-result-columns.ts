// The stored columns of run_results one at a time, in rank order: what the customer grid sorts a
// run's customers by (electron/analysis/results-page.ts). The full rows are read in
// run-results-table.ts.
import type { AbcClass, Status, XyzClass } from '../../shared/analysis/result-types';
import { jsonColumns } from './json-columns';
import type { Db } from './open-database';

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

/** The run's own customers (not its others), in rank order. */
const RANKED = 'run_results WHERE run_id = ? AND other = 0 ORDER BY rank';

/** The keys of STORED_RESULT_COLUMNS whose column holds numbers (or nothing). */
export const NUMBER_RESULT_KEYS: readonly string[] = [
  'rank', 'value', 'share', 'cumulativeShare', 'cv', 'xyzPeriods', 'revenue', 'margin', 'quantity', 'orders',
  'firstPurchase', 'lastPurchase', 'recencyDays', 'cycleDays', 'expectedNext', 'pAlive', 'expectedPurchases90d',
  'predictedRevenue12m', 'clv12m', 'actualPurchases90d',
];

/**
 * Every number column of the run's customers (NUMBER_RESULT_KEYS), in rank order, each as one
 * typed array (NaN where it is empty: SQLite keeps no NaN), read in one pass over the run's rows
 * (json-columns.ts). 1.2 MB a column at 144,167 customers, against about 3.5 MB as an array of
 * numbers and empties.
 */
export function runNumberColumns(db: Db, runId: number): Map<string, Float64Array> {
  const columns = jsonColumns(db, NUMBER_RESULT_KEYS.map((key) => STORED_RESULT_COLUMNS[key]!), RANKED, runId) as (number | null)[][];
  return new Map(
    NUMBER_RESULT_KEYS.map((key, k) => {
      const values = columns[k]!;
      const out = new Float64Array(values.length);
      for (let i = 0; i < values.length; i++) out[i] = values[i] ?? Number.NaN;
      return [key, out];
    }),
  );
}

/** What the customer grid filters and searches by, for every customer of the run, a column each in rank order. */
export type ResultFacetColumns = {
  code: string[]; name: (string | null)[]; seller: (string | null)[]; segment: (string | null)[]; region: (string | null)[];
  abc: AbcClass[]; xyz: (XyzClass | null)[]; status: Status[]; signalsJson: string[]; pAlive: (number | null)[];
};

export function runFacetColumns(db: Db, runId: number): ResultFacetColumns {
  const [code, name, seller, segment, region, abc, xyz, status, signalsJson, pAlive] = jsonColumns(
    db,
    ['code', 'name', 'seller', 'segment', 'region', 'abc', 'xyz', 'status', 'signals_json', 'p_alive'],
    RANKED,
    runId,
  );
  return { code, name, seller, segment, region, abc, xyz, status, signalsJson, pAlive } as ResultFacetColumns;
}

/** One stored column (a key of STORED_RESULT_COLUMNS) of every customer of the run, in rank order. */
export function runColumn(db: Db, runId: number, key: string): (string | number | null)[] {
  const column = STORED_RESULT_COLUMNS[key];
  if (column === undefined) throw new Error(`No stored column for "${key}"`);
  return jsonColumns(db, [column], RANKED, runId)[0] as (string | number | null)[];
}
