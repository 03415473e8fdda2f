// SQL for run_results: every per-customer figure of a stored run, in ABC order (rank).
import type { ResultFilter } from '../../shared/api/analysis-api';
import type { AbcClass, CustomerResult, KeyAccountType, Signal, Status, XyzClass } from '../../shared/analysis/result-types';
import type { Db } from './open-database';

type ResultRow = {
  rank: number;
  customer_id: number;
  code: string;
  name: string | null;
  seller: string | null;
  segment: string | null;
  region: string | null;
  value: number;
  share: number | null;
  cumulative_share: number | null;
  abc: AbcClass;
  non_positive: number;
  abc_revenue: AbcClass;
  abc_margin: AbcClass | null;
  xyz: XyzClass | null;
  cv: number | null;
  xyz_periods: number;
  revenue_cents: number;
  margin_cents: number | null;
  quantity_milli: number;
  orders: number;
  first_purchase: number | null;
  last_purchase: number | null;
  recency_days: number | null;
  cycle_days: number | null;
  expected_next: number | null;
  status: Status;
  signals_json: string;
  types_json: string;
};

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
  return {
    code: r.code,
    name: r.name,
    seller: r.seller,
    segment: r.segment,
    region: r.region,
    value: r.value,
    share: r.share,
    cumulativeShare: r.cumulative_share,
    abc: r.abc,
    nonPositive: r.non_positive === 1,
    abcRevenue: r.abc_revenue,
    abcMargin: r.abc_margin,
    bigButUnprofitable: r.abc_revenue === 'A' && r.abc_margin === 'C',
    xyz: r.xyz,
    cv: r.cv,
    xyzPeriods: r.xyz_periods,
    revenue: r.revenue_cents,
    margin: r.margin_cents,
    marginPct: r.margin_cents !== null && r.revenue_cents > 0 ? r.margin_cents / r.revenue_cents : null,
    quantity: r.quantity_milli,
    orders: r.orders,
    averageTicket: r.orders > 0 ? Math.round(r.revenue_cents / r.orders) : null,
    firstPurchase: r.first_purchase,
    lastPurchase: r.last_purchase,
    recencyDays: r.recency_days,
    cycleDays: r.cycle_days,
    expectedNext: r.expected_next,
    status: r.status,
    signals: JSON.parse(r.signals_json) as Signal[],
    types: JSON.parse(r.types_json) as KeyAccountType[],
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
  const rows = db.prepare(`SELECT * FROM run_results WHERE ${where.join(' AND ')} ORDER BY rank`).all(...args) as ResultRow[];
  return rows.map(toResult);
}

/** Code → ABC class of a stored run (for "dropped class" and the migration table). */
export function runClasses(db: Db, runId: number): Map<string, AbcClass> {
  const rows = db.prepare('SELECT code, abc FROM run_results WHERE run_id = ?').all(runId) as { code: string; abc: AbcClass }[];
  return new Map(rows.map((r) => [r.code, r.abc]));
}
