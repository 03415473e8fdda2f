// SQL for run_results: every per-customer figure of a stored run, its customers in ABC order
// (rank), then the workspace's other customers (other = 1) by code, with their status.
import type { ResultFilter } from '../../shared/api/analysis-api';
import type { AbcClass, ClvSteps, CustomerResult, KeyAccountType, OtherCustomer, Prediction, Signal, Status, XyzClass } from '../../shared/analysis/result-types';
import { PREDICTED_FIGURES, PREDICTION_REASONS } from '../../shared/models';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

// The predicted figures (schema 7), the same for a run's customers and its others: written and
// read in this order, after each kind's own columns.
const PREDICTION_COLUMNS = `p_alive, expected_purchases_90d, predicted_revenue_12m_cents, clv_12m_cents, actual_purchases_90d,
  repeat_purchases, expected_purchases_12m, expected_spend_cents, margin_rate, prediction_reasons`;

type PredictionRow = [
  pAlive: number | null, expectedPurchases90d: number | null, predictedRevenue12m: number | null, clv12m: number | null,
  actualPurchases90d: number | null, repeatPurchases: number | null, expectedPurchases12m: number | null,
  expectedSpend: number | null, marginRate: number | null, reasons: number | null,
];

/**
 * Why each empty figure is empty, as one number: 4 bits per figure (PREDICTED_FIGURES order), each
 * the 1-based index of its reason (PREDICTION_REASONS); 0 (stored NULL) when none is empty.
 * Both lists only grow at their ends, so stored numbers keep their meaning.
 */
function encodeReasons(reasons: ClvSteps['reasons']): number {
  let code = 0;
  PREDICTED_FIGURES.forEach((figure, i) => {
    const reason = reasons[figure];
    if (reason !== undefined) code += (PREDICTION_REASONS.indexOf(reason) + 1) * 16 ** i;
  });
  return code;
}

function decodeReasons(code: number | null): ClvSteps['reasons'] {
  const reasons: ClvSteps['reasons'] = {};
  if (code === null) return reasons;
  PREDICTED_FIGURES.forEach((figure, i) => {
    const reason = PREDICTION_REASONS[(Math.floor(code / 16 ** i) % 16) - 1];
    if (reason !== undefined) reasons[figure] = reason;
  });
  return reasons;
}

function predictionValues(p: Prediction): PredictionRow {
  const s = p.clvSteps;
  const reasons = encodeReasons(s.reasons);
  return [p.pAlive, p.expectedPurchases90d, p.predictedRevenue12m, p.clv12m, p.actualPurchases90d, s.repeatPurchases, s.expectedPurchases12m, s.expectedSpend, s.marginRate, reasons === 0 ? null : reasons];
}

function predictionOf(r: PredictionRow): Prediction {
  const [pAlive, expectedPurchases90d, predictedRevenue12m, clv12m, actualPurchases90d, repeatPurchases, expectedPurchases12m, expectedSpend, marginRate, reasons] = r;
  return {
    pAlive, expectedPurchases90d, predictedRevenue12m, clv12m, actualPurchases90d,
    clvSteps: { repeatPurchases, expectedPurchases12m, expectedSpend, marginRate, reasons: decodeReasons(reasons) },
  };
}

const PREDICTION_COUNT = 10;

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
  const insert = db.prepare(
    `INSERT INTO run_results (run_id, rank, customer_id, code, name, seller, segment, region, value, share,
       cumulative_share, abc, non_positive, abc_revenue, abc_margin, xyz, cv, xyz_periods, revenue_cents,
       margin_cents, quantity_milli, orders, first_purchase, last_purchase, recency_days, cycle_days,
       expected_next, status, signals_json, types_json, trailing_revenue_cents, ${PREDICTION_COLUMNS})
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${', ?'.repeat(PREDICTION_COUNT)})`,
  );
  const idOf = (code: string) => {
    const id = customerIds.get(code);
    if (id === undefined) throw new Error(`Customer ${code} has no id`);
    return id;
  };
  let rank = 0;
  for (const c of customers) {
    insert.run(
      runId, ++rank, idOf(c.code), c.code, c.name, c.seller, c.segment, c.region, c.value, c.share,
      c.cumulativeShare, c.abc, c.nonPositive ? 1 : 0, c.abcRevenue, c.abcMargin, c.xyz, c.cv, c.xyzPeriods,
      c.revenue, c.margin, c.quantity, c.orders, c.firstPurchase, c.lastPurchase, c.recencyDays, c.cycleDays,
      c.expectedNext, c.status, JSON.stringify(c.signals), JSON.stringify(c.types), c.trailingRevenue,
      ...predictionValues(c),
    );
  }
  const insertOther = db.prepare(
    `INSERT INTO run_results (run_id, rank, customer_id, other, code, name, seller, segment, region, first_purchase,
       last_purchase, recency_days, cycle_days, expected_next, status, signals_json, types_json, trailing_revenue_cents,
       ${PREDICTION_COLUMNS})
     VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?${', ?'.repeat(PREDICTION_COUNT)})`,
  );
  for (const o of others) {
    insertOther.run(
      runId, ++rank, idOf(o.code), o.code, o.name, o.seller, o.segment, o.region, o.firstPurchase, o.lastPurchase,
      o.recencyDays, o.cycleDays, o.expectedNext, o.status, JSON.stringify(o.signals), o.trailingRevenue,
      ...predictionValues(o),
    );
  }
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
    marginPct: margin !== null && revenue > 0 ? margin / revenue : null,
    quantity, orders,
    averageTicket: orders > 0 ? Math.round(revenue / orders) : null,
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

/** The run's other customers, by code, optionally of one status. */
export function listRunOthers(db: Db, runId: number, filter: { status?: Status } = {}): OtherCustomer[] {
  const status = filter.status === undefined ? '' : ' AND status = ?';
  const args: unknown[] = filter.status === undefined ? [runId] : [runId, filter.status];
  const rows = db.prepare(`SELECT ${OTHER_COLUMNS} FROM run_results WHERE run_id = ? AND other = 1${status} ORDER BY rank`).raw().all(...args) as OtherRow[];
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

/** Code → ABC class of a stored run (for "dropped class" and the migration table). */
export function runClasses(db: Db, runId: number): Map<string, AbcClass> {
  return new Map(db.prepare('SELECT code, abc FROM run_results WHERE run_id = ? AND other = 0').raw().all(runId) as [string, AbcClass][]);
}
