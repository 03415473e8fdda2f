// SQL for run_results: every per-customer figure of a stored run, its customers in ABC order
// (rank), then the workspace's other customers (other = 1) by code, with their status.
import type { ClassCustomer, RankedResult, ResultFilter } from '../../shared/api/analysis-api';
import type { MigrationSide } from '../../shared/analysis/matrix-types';
import { averageTicket, marginShare } from '../../shared/analysis/derived-figures';
import type { AbcClass, CustomerResult, KeyAccountType, OtherCustomer, Signal, Status, XyzClass } from '../../shared/analysis/result-types';
import { PREDICTION_COLUMNS, PREDICTION_COUNT, predictionOf, predictionValues, type PredictionRow } from './prediction-columns';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

// Columns read back, in this order: rows come as arrays (`.raw()`), three times faster than
// objects for a 50,000-customer run.
const COLUMNS = `code, name, seller, segment, region, value, share, cumulative_share, abc, non_positive,
  abc_revenue, abc_margin, xyz, cv, xyz_periods, revenue_cents, margin_cents, quantity_milli, orders,
  first_purchase, last_purchase, recency_days, cycle_days, expected_next, status, signals_json, types_json,
  trailing_revenue_cents, ${PREDICTION_COLUMNS}`;

type ResultRow = [
  code: string, name: string | null, seller: string | null, segment: string | null, region: string | null,
  value: number, share: number | null, cumulativeShare: number | null, abc: AbcClass, nonPositive: number,
  abcRevenue: AbcClass, abcMargin: AbcClass | null, xyz: XyzClass | null, cv: number | null, xyzPeriods: number,
  revenue: number, margin: number | null, quantity: number, orders: number,
  firstPurchase: number | null, lastPurchase: number | null, recencyDays: number | null, cycleDays: number | null,
  expectedNext: number | null, status: Status, signalsJson: string, typesJson: string, trailingRevenue: number | null,
  ...PredictionRow,
];

const OTHER_COLUMNS = `code, name, seller, segment, region, first_purchase, last_purchase, recency_days, cycle_days,
  expected_next, status, signals_json, trailing_revenue_cents, ${PREDICTION_COLUMNS}`;

type OtherRow = [
  code: string, name: string | null, seller: string | null, segment: string | null, region: string | null,
  firstPurchase: number | null, lastPurchase: number | null, recencyDays: number | null, cycleDays: number | null,
  expectedNext: number | null, status: Status, signalsJson: string, trailingRevenue: number | null,
  ...PredictionRow,
];

/** A run customer's row as values, after run_id, in the order runResultsWriter binds them. */
export type CustomerRowValues = unknown[];
/** A run's other customer's row as values, after run_id. */
export type OtherRowValues = unknown[];

/**
 * The values of a run customer's row, made apart from their writing so that a large run makes
 * them on one thread and writes them on another (electron/analysis/write-run.ts).
 */
export function customerRowValues(c: CustomerResult, rank: number, customerId: number): CustomerRowValues {
  return [
    rank, customerId, c.code, c.name, c.seller, c.segment, c.region, c.value, c.share,
    c.cumulativeShare, c.abc, c.nonPositive ? 1 : 0, c.abcRevenue, c.abcMargin, c.xyz, c.cv, c.xyzPeriods,
    c.revenue, c.margin, c.quantity, c.orders, c.firstPurchase, c.lastPurchase, c.recencyDays, c.cycleDays,
    c.expectedNext, c.status, JSON.stringify(c.signals), JSON.stringify(c.types), c.trailingRevenue,
    ...predictionValues(c),
  ];
}

/** The values of a run's other customer's row (see customerRowValues). */
export function otherRowValues(o: OtherCustomer, rank: number, customerId: number): OtherRowValues {
  return [
    rank, customerId, o.code, o.name, o.seller, o.segment, o.region, o.firstPurchase, o.lastPurchase,
    o.recencyDays, o.cycleDays, o.expectedNext, o.status, JSON.stringify(o.signals), o.trailingRevenue,
    ...predictionValues(o),
  ];
}

/** Writes the rows of run `runId`, inside the caller's transaction. */
export function runResultsWriter(db: Db, runId: number) {
  if (!Number.isSafeInteger(runId)) throw new Error(`bad run id ${runId}`);
  // The run's id is written into the statements: one value fewer to bind on each of 200,000 rows.
  const customer = db.prepare(
    `INSERT INTO run_results (run_id, rank, customer_id, code, name, seller, segment, region, value, share,
       cumulative_share, abc, non_positive, abc_revenue, abc_margin, xyz, cv, xyz_periods, revenue_cents,
       margin_cents, quantity_milli, orders, first_purchase, last_purchase, recency_days, cycle_days,
       expected_next, status, signals_json, types_json, trailing_revenue_cents, ${PREDICTION_COLUMNS})
     VALUES (${runId}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${', ?'.repeat(PREDICTION_COUNT)})`,
  );
  const other = db.prepare(
    `INSERT INTO run_results (run_id, rank, customer_id, other, code, name, seller, segment, region, first_purchase,
       last_purchase, recency_days, cycle_days, expected_next, status, signals_json, types_json, trailing_revenue_cents,
       ${PREDICTION_COLUMNS})
     VALUES (${runId}, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?${', ?'.repeat(PREDICTION_COUNT)})`,
  );
  return {
    customer: (values: CustomerRowValues) => customer.run(values),
    other: (values: OtherRowValues) => other.run(values),
  };
}

/** The customer id of a code of the run (each has one). */
export function customerIdOf(customerIds: ReadonlyMap<string, number>) {
  return (code: string) => {
    const id = customerIds.get(code);
    if (id === undefined) throw new Error(`Customer ${code} has no id`);
    return id;
  };
}

/**
 * Writes a run's customers (in ABC order) and its other customers (by code). Rows are written as
 * they come: the caller may hand them over from a generator.
 */
export function insertRunResults(
  db: Db,
  runId: number,
  customers: Iterable<CustomerResult>,
  others: Iterable<OtherCustomer>,
  customerIds: ReadonlyMap<string, number>,
) {
  const write = runResultsWriter(db, runId);
  const idOf = customerIdOf(customerIds);
  let rank = 0;
  for (const c of customers) write.customer(customerRowValues(c, ++rank, idOf(c.code)));
  for (const o of others) write.other(otherRowValues(o, ++rank, idOf(o.code)));
}

// Most customers have no signal and no type: skip JSON.parse for the common '[]'.
const parseList = <T>(json: string): T[] => (json === '[]' ? [] : (JSON.parse(json) as T[]));

function toResult(r: ResultRow): CustomerResult {
  const [code, name, seller, segment, region, value, share, cumulativeShare, abc, nonPositive, abcRevenue, abcMargin,
    xyz, cv, xyzPeriods, revenue, margin, quantity, orders, firstPurchase, lastPurchase, recencyDays, cycleDays,
    expectedNext, status, signalsJson, typesJson, trailingRevenue, ...prediction] = r;
  return {
    code, name, seller, segment, region, value, share, cumulativeShare, abc,
    nonPositive: nonPositive === 1,
    abcRevenue,
    abcMargin,
    bigButUnprofitable: abcRevenue === 'A' && abcMargin === 'C',
    xyz, cv, xyzPeriods, revenue, margin,
    marginPct: marginShare(margin, revenue),
    quantity, orders,
    averageTicket: averageTicket(revenue, orders),
    firstPurchase, lastPurchase, recencyDays, cycleDays, expectedNext, status,
    signals: parseList<Signal>(signalsJson),
    types: parseList<KeyAccountType>(typesJson),
    trailingRevenue,
    ...predictionOf(prediction),
  };
}

function toOther(r: OtherRow): OtherCustomer {
  const [code, name, seller, segment, region, firstPurchase, lastPurchase, recencyDays, cycleDays, expectedNext, status,
    signalsJson, trailingRevenue, ...prediction] = r;
  return {
    code, name, seller, segment, region, firstPurchase, lastPurchase, recencyDays, cycleDays, expectedNext, status,
    signals: parseList<Signal>(signalsJson),
    trailingRevenue,
    ...predictionOf(prediction),
  };
}

/** The run's customers in ABC order, optionally narrowed to a matrix cell, a status or codes. */
export function listRunResults(db: Db, runId: number, filter: ResultFilter = {}): CustomerResult[] {
  const where = ['run_id = ?', 'other = 0'];
  const args: unknown[] = [runId];
  if (filter.abc) {
    where.push('abc = ?');
    args.push(filter.abc);
  }
  if (filter.xyz === 'new') where.push('xyz IS NULL');
  else if (filter.xyz) {
    where.push('xyz = ?');
    args.push(filter.xyz);
  }
  if (filter.status) {
    where.push('status = ?');
    args.push(filter.status);
  }
  if (filter.codes) {
    where.push(`code IN (SELECT value FROM json_each(?))`);
    args.push(JSON.stringify(filter.codes));
  }
  const rows = db.prepare(`SELECT ${COLUMNS} FROM run_results WHERE ${where.join(' AND ')} ORDER BY rank`).raw().all(...args) as ResultRow[];
  return rows.map(toResult);
}

/**
 * The run's customers of one class by rank, with the few fields a list of them shows: the 30,000
 * A customers of a 5M-line run in a fifth of the time of their whole rows (listRunResults).
 */
export function runClassCustomers(db: Db, runId: number, abc: AbcClass): ClassCustomer[] {
  return cachedStatement(
    db,
    `SELECT code, name, value, cumulative_share AS cumulativeShare, abc, xyz, status FROM run_results
      WHERE run_id = ? AND other = 0 AND abc = ? ORDER BY rank`,
  ).all(runId, abc) as ClassCustomer[];
}

/** The run's other customers, by code, optionally of one status or of the given codes. */
export function listRunOthers(db: Db, runId: number, filter: { status?: Status; codes?: readonly string[] } = {}): OtherCustomer[] {
  const where = ['run_id = ?', 'other = 1'];
  const args: unknown[] = [runId];
  if (filter.status !== undefined) {
    where.push('status = ?');
    args.push(filter.status);
  }
  if (filter.codes) {
    where.push('code IN (SELECT value FROM json_each(?))');
    args.push(JSON.stringify(filter.codes));
  }
  const rows = db.prepare(`SELECT ${OTHER_COLUMNS} FROM run_results WHERE ${where.join(' AND ')} ORDER BY rank`).raw().all(...args) as OtherRow[];
  return rows.map(toOther);
}

/** A customer as one stored run lists it: one of its customers, or one of its others. */
export type RunEntry = { result: CustomerResult; other: null } | { result: null; other: OtherCustomer };

/** One customer's entry in every stored run that lists it, by run id (through run_results_customer). */
export function customerEntriesByRun(db: Db, customerId: number): Map<number, RunEntry> {
  const rows = cachedStatement(db, `SELECT run_id, other, ${COLUMNS} FROM run_results WHERE customer_id = ?`).raw().all(customerId) as [
    number,
    number,
    ...ResultRow,
  ][];
  return new Map(
    rows.map(([runId, other, ...row]): [number, RunEntry] => {
      const result = toResult(row as ResultRow);
      return [runId, other === 0 ? { result, other: null } : { result: null, other: otherOf(result) }];
    }),
  );
}

/** The figures an other customer has, from a row read with the run customers' columns. */
function otherOf(r: CustomerResult): OtherCustomer {
  const { code, name, seller, segment, region, firstPurchase, lastPurchase, recencyDays, cycleDays, expectedNext, status, signals, trailingRevenue } = r;
  const { pAlive, expectedPurchases90d, predictedRevenue12m, clv12m, actualPurchases90d, clvSteps } = r;
  return {
    code, name, seller, segment, region, firstPurchase, lastPurchase, recencyDays, cycleDays, expectedNext, status, signals, trailingRevenue,
    pAlive, expectedPurchases90d, predictedRevenue12m, clv12m, actualPurchases90d, clvSteps,
  };
}

/**
 * Code → ABC class of a stored run (for "dropped class" and the migration table). Read as two
 * JSON arrays in one row (decision #182's reason): 100 ms for a 5M-line run's 144,000 customers,
 * against 150–340 ms as rows, at the start of every run that has one to compare with.
 */
export function runClasses(db: Db, runId: number): Map<string, AbcClass> {
  const [codes, classes] = cachedStatement(db, 'SELECT json_group_array(code), json_group_array(abc) FROM run_results WHERE run_id = ? AND other = 0')
    .raw()
    .get(runId) as [string, string];
  const code = JSON.parse(codes) as string[];
  const abc = JSON.parse(classes) as AbcClass[];
  const map = new Map<string, AbcClass>();
  code.forEach((c, i) => map.set(c, abc[i]!));
  return map;
}

// Reads for the screens of a large run (issue #13.1): a page in rank order, rows by rank, and
// single columns in rank order for sorting, filtering and searching a run's customers.

const RANKED = `SELECT rank, ${COLUMNS} FROM run_results`;

function toRanked(row: [number, ...ResultRow]): RankedResult {
  const [rank, ...rest] = row;
  return { ...toResult(rest as ResultRow), rank };
}

/** The run's customers from rank `offset + 1`, at most `limit`. */
export function runResultsSlice(db: Db, runId: number, offset: number, limit: number): RankedResult[] {
  const rows = cachedStatement(db, `${RANKED} WHERE run_id = ? AND other = 0 AND rank > ? ORDER BY rank LIMIT ?`).raw().all(runId, offset, limit);
  return (rows as [number, ...ResultRow][]).map(toRanked);
}

/** The run's customers of the given ranks, in the order given. */
export function runResultsAtRanks(db: Db, runId: number, ranks: readonly number[]): RankedResult[] {
  if (ranks.length === 0) return [];
  const rows = cachedStatement(db, `${RANKED} WHERE run_id = ? AND other = 0 AND rank IN (SELECT value FROM json_each(?))`).raw().all(runId, JSON.stringify(ranks));
  const byRank = new Map((rows as [number, ...ResultRow][]).map((r) => [r[0], toRanked(r)]));
  return ranks.flatMap((r) => byRank.get(r) ?? []);
}

/** The run's customers of the given codes, in rank order. */
export function runResultsOfCodes(db: Db, runId: number, codes: readonly string[]): RankedResult[] {
  if (codes.length === 0) return [];
  const rows = cachedStatement(db, `${RANKED} WHERE run_id = ? AND other = 0 AND code IN (SELECT value FROM json_each(?)) ORDER BY rank`).raw().all(runId, JSON.stringify(codes));
  return (rows as [number, ...ResultRow][]).map(toRanked);
}

/** How many customers the run has (its others left out). */
export function countRunResults(db: Db, runId: number): number {
  return cachedStatement(db, 'SELECT COUNT(*) FROM run_results WHERE run_id = ? AND other = 0').pluck().get(runId) as number;
}

/**
 * The stored columns each figure of the customer table that toResult derives is made from, by
 * column key: sorting by one reads only these (runResultsOfColumns).
 */
export const DERIVED_RESULT_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  marginPct: ['margin_cents', 'revenue_cents'],
  averageTicket: ['revenue_cents', 'orders'],
  bigButUnprofitable: ['abc_revenue', 'abc_margin'],
  signals: ['signals_json'],
  types: ['types_json'],
};

/** The columns toResult reads, in its order, and what it reads as empty for each. */
const COLUMN_LIST = COLUMNS.split(',').map((c) => c.trim());
const EMPTY_ROW: readonly unknown[] = COLUMN_LIST.map((c) => (c.endsWith('_json') ? '[]' : c === 'non_positive' ? 0 : null));

/**
 * Every customer of the run in rank order, as toResult makes them from only `columns` (the others
 * read as empty): what a figure derived from a few of them needs. 0.2 s at 144,167 customers,
 * against 1.7 s for the full rows.
 */
export function runResultsOfColumns(db: Db, runId: number, columns: readonly string[]): CustomerResult[] {
  const at = columns.map((c) => COLUMN_LIST.indexOf(c));
  if (at.includes(-1)) throw new Error(`Not a column of run_results: ${columns.join(', ')}`);
  const rows = cachedStatement(db, `SELECT ${columns.join(', ')} FROM run_results WHERE run_id = ? AND other = 0 ORDER BY rank`).raw().all(runId) as unknown[][];
  return rows.map((values) => {
    const row = EMPTY_ROW.slice();
    for (let k = 0; k < at.length; k++) row[at[k]!] = values[k];
    return toResult(row as ResultRow);
  });
}

/** The customers of the run in rank order, `size` at a time (a full read that never holds the whole run). */
export function* runResultsInSlices(db: Db, runId: number, size = 10_000): Generator<RankedResult[]> {
  for (let offset = 0; ; offset += size) {
    const slice = runResultsSlice(db, runId, offset, size);
    if (slice.length === 0) return;
    yield slice;
  }
}

/** The distinct non-empty sellers and segments of the run's customers. */
export function runDistinct(db: Db, runId: number, field: 'seller' | 'segment'): string[] {
  return cachedStatement(db, `SELECT DISTINCT ${field} FROM run_results WHERE run_id = ? AND other = 0 AND ${field} IS NOT NULL AND ${field} <> ''`)
    .pluck()
    .all(runId) as string[];
}

/** What the run's derived views (matrix, Pareto, concentration, sensitivity) read of each customer. */
export type ValueRow = {
  code: string;
  name: string | null;
  value: number;
  cumulativeShare: number | null;
  abc: AbcClass;
  xyz: XyzClass | null;
};

/** Every customer of the run in rank order, with only the fields of ValueRow. */
export function runValueRows(db: Db, runId: number): ValueRow[] {
  return cachedStatement(db, 'SELECT code, name, value, cumulative_share AS cumulativeShare, abc, xyz FROM run_results WHERE run_id = ? AND other = 0 ORDER BY rank').all(
    runId,
  ) as ValueRow[];
}

/**
 * A run's own customers in rank order (the run's ABC order: value descending, then code), each
 * code with its class (one letter per customer). Two texts, not a row per customer: at 150,000
 * customers a row each took 140-290 ms to cross into JavaScript, the two texts 55-70 ms. The
 * rows come from the primary key in rank order (the subquery), so both texts list them in it.
 */
export function runClassList(db: Db, runId: number): { codes: string[]; classes: string } {
  const [codes, classes] = cachedStatement(
    db,
    `SELECT json_group_array(code), COALESCE(group_concat(abc, ''), '')
       FROM (SELECT code, abc FROM run_results NOT INDEXED WHERE run_id = ? AND other = 0 ORDER BY rank)`,
  )
    .raw()
    .get(runId) as [string, string];
  return { codes: JSON.parse(codes) as string[], classes };
}

/** What the migration's drill-down shows of these customers in one run, by code (absent: not one of the run's own customers). */
export function migrationSides(db: Db, runId: number, codes: readonly string[]): Map<string, { name: string | null; side: MigrationSide }> {
  const rows = cachedStatement(
    db,
    `SELECT code, name, abc, value, revenue_cents, margin_cents, quantity_milli, orders
       FROM run_results INDEXED BY run_results_code
      WHERE run_id = ? AND other = 0 AND code IN (SELECT value FROM json_each(?))`,
  )
    .raw()
    .all(runId, JSON.stringify(codes)) as [string, string | null, AbcClass, number | null, number | null, number | null, number | null, number | null][];
  return new Map(
    rows.map(([code, name, abc, value, revenue, margin, quantity, orders]) => [
      code,
      { name, side: { abc, value: value ?? 0, revenue: revenue ?? 0, margin, quantity: quantity ?? 0, orders: orders ?? 0 } },
    ]),
  );
}
