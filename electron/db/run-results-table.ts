// SQL for run_results: every per-customer figure of a stored run, in ABC order (rank).
import type { ResultFilter } from '../../shared/api/analysis-api';
import type { AbcClass, CustomerResult, KeyAccountType, Signal, Status, XyzClass } from '../../shared/analysis/result-types';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

// Columns read back, in this order: rows come as arrays (`.raw()`), three times faster than
// objects for a 50,000-customer run.
const COLUMNS = `code, name, seller, segment, region, value, share, cumulative_share, abc, non_positive,
  abc_revenue, abc_margin, xyz, cv, xyz_periods, revenue_cents, margin_cents, quantity_milli, orders,
  first_purchase, last_purchase, recency_days, cycle_days, expected_next, status, signals_json, types_json`;

type ResultRow = [
  code: string, name: string | null, seller: string | null, segment: string | null, region: string | null,
  value: number, share: number | null, cumulativeShare: number | null, abc: AbcClass, nonPositive: number,
  abcRevenue: AbcClass, abcMargin: AbcClass | null, xyz: XyzClass | null, cv: number | null, xyzPeriods: number,
  revenue: number, margin: number | null, quantity: number, orders: number,
  firstPurchase: number | null, lastPurchase: number | null, recencyDays: number | null, cycleDays: number | null,
  expectedNext: number | null, status: Status, signalsJson: string, typesJson: string,
];

export function insertRunResults(db: Db, runId: number, customers: CustomerResult[], customerIds: Map<string, number>) {
  const insert = db.prepare(
    `INSERT INTO run_results (run_id, rank, customer_id, code, name, seller, segment, region, value, share,
       cumulative_share, abc, non_positive, abc_revenue, abc_margin, xyz, cv, xyz_periods, revenue_cents,
       margin_cents, quantity_milli, orders, first_purchase, last_purchase, recency_days, cycle_days,
       expected_next, status, signals_json, types_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  customers.forEach((c, i) => {
    const customerId = customerIds.get(c.code);
    if (customerId === undefined) throw new Error(`Customer ${c.code} has no id`);
    insert.run(
      runId, i + 1, customerId, c.code, c.name, c.seller, c.segment, c.region, c.value, c.share,
      c.cumulativeShare, c.abc, c.nonPositive ? 1 : 0, c.abcRevenue, c.abcMargin, c.xyz, c.cv, c.xyzPeriods,
      c.revenue, c.margin, c.quantity, c.orders, c.firstPurchase, c.lastPurchase, c.recencyDays, c.cycleDays,
      c.expectedNext, c.status, JSON.stringify(c.signals), JSON.stringify(c.types),
    );
  });
}

function toResult(r: ResultRow): CustomerResult {
  const [code, name, seller, segment, region, value, share, cumulativeShare, abc, nonPositive, abcRevenue, abcMargin,
    xyz, cv, xyzPeriods, revenue, margin, quantity, orders, firstPurchase, lastPurchase, recencyDays, cycleDays,
    expectedNext, status, signalsJson, typesJson] = r;
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
    // Most customers have no signal and no type: skip JSON.parse for the common '[]'.
    signals: signalsJson === '[]' ? [] : (JSON.parse(signalsJson) as Signal[]),
    types: typesJson === '[]' ? [] : (JSON.parse(typesJson) as KeyAccountType[]),
  };
}

/** The run's customers in ABC order, optionally narrowed to a matrix cell, a status or codes. */
export function listRunResults(db: Db, runId: number, filter: ResultFilter = {}): CustomerResult[] {
  const where = ['run_id = ?'];
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

/** One customer's results in every stored run that includes it, by run id (through run_results_customer). */
export function customerResultsByRun(db: Db, customerId: number): Map<number, CustomerResult> {
  const rows = cachedStatement(db, `SELECT run_id, ${COLUMNS} FROM run_results WHERE customer_id = ?`).raw().all(customerId) as [number, ...ResultRow][];
  return new Map(rows.map(([runId, ...row]) => [runId, toResult(row as ResultRow)]));
}

/** Code → ABC class of a stored run (for "dropped class" and the migration table). */
export function runClasses(db: Db, runId: number): Map<string, AbcClass> {
  const rows = db.prepare('SELECT code, abc FROM run_results WHERE run_id = ?').all(runId) as { code: string; abc: AbcClass }[];
  return new Map(rows.map((r) => [r.code, r.abc]));
}
