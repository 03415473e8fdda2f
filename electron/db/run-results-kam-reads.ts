// Reads of run_results for the key-account screens (portfolio, dossier, agenda, win-back,
// dashboard): only the columns and rows each needs, so that a screen of a 200,000-customer run
// does not read every figure of every customer. Kept apart from run-results-table.ts (which
// writes the table and reads it for the analysis screens) for the length of one module.
import type { AbcClass, CustomerResult, KeyAccountType, Signal, Status, XyzClass } from '../../shared/analysis/result-types';
import { jsonColumns } from './json-columns';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

/**
 * The run's rows looked up by code (run_results_code): without the hint SQLite reads the whole run
 * by its primary key for a list of codes (45 ms at 200,000 customers for a page of 50). `other IN
 * (0, 1)` lets the lookup use the index's second column.
 */
const BY_CODE = 'run_results r INDEXED BY run_results_code';

const parseList = <T>(json: string): T[] => (json === '[]' ? [] : (JSON.parse(json) as T[]));

/**
 * What the portfolio filters and sorts by, for every customer a run lists (its own, other = 0, in
 * rank order, then its others), a column each (json-columns.ts: 0.3 s at 200,000 customers
 * against 0.45-0.6 s as rows).
 */
export type KamRunColumns = {
  code: string[]; other: number[]; abc: (AbcClass | null)[]; xyz: (XyzClass | null)[]; revenue: (number | null)[];
  status: Status[]; lastPurchase: (number | null)[]; pAlive: (number | null)[]; expectedPurchases90d: (number | null)[];
  predictedRevenue12m: (number | null)[]; clv12m: (number | null)[];
};

export function kamRunColumns(db: Db, runId: number): KamRunColumns {
  const [code, other, abc, xyz, revenue, status, lastPurchase, pAlive, expectedPurchases90d, predictedRevenue12m, clv12m] = jsonColumns(
    db,
    ['code', 'other', 'abc', 'xyz', 'revenue_cents', 'status', 'last_purchase', 'p_alive', 'expected_purchases_90d', 'predicted_revenue_12m_cents', 'clv_12m_cents'],
    'run_results WHERE run_id = ? ORDER BY rank',
    runId,
  );
  return { code, other, abc, xyz, revenue, status, lastPurchase, pAlive, expectedPurchases90d, predictedRevenue12m, clv12m } as KamRunColumns;
}

/** The rest of what the key-account screens show of a listed customer: its signals, types, cycle and value lost. */
export type KamDetail = Pick<CustomerResult, 'recencyDays' | 'cycleDays' | 'expectedNext' | 'signals' | 'types' | 'trailingRevenue'>;

const DETAIL = 'code, recency_days, cycle_days, expected_next, signals_json, types_json, trailing_revenue_cents';

function toDetail(r: [string, number | null, number | null, number | null, string, string, number | null]): [string, KamDetail] {
  const [code, recencyDays, cycleDays, expectedNext, signalsJson, typesJson, trailingRevenue] = r;
  return [code, { recencyDays, cycleDays, expectedNext, signals: parseList<Signal>(signalsJson), types: parseList<KeyAccountType>(typesJson), trailingRevenue }];
}

/** Code → detail of the given customers in the run (those it lists). */
export function kamDetailsOfCodes(db: Db, runId: number, codes: readonly string[]): Map<string, KamDetail> {
  if (codes.length === 0) return new Map();
  const rows = cachedStatement(db, `SELECT ${DETAIL} FROM ${BY_CODE} WHERE r.run_id = ? AND r.other IN (0, 1) AND r.code IN (SELECT value FROM json_each(?))`)
    .raw()
    .all(runId, JSON.stringify(codes)) as Parameters<typeof toDetail>[0][];
  return new Map(rows.map(toDetail));
}

/** Code → detail of every customer the run lists (the portfolio's sort by health). */
export function kamDetails(db: Db, runId: number): Map<string, KamDetail> {
  const rows = cachedStatement(db, `SELECT ${DETAIL} FROM run_results WHERE run_id = ?`).raw().all(runId) as Parameters<typeof toDetail>[0][];
  return new Map(rows.map(toDetail));
}

/** A customer a run lists, lost or inactive, as the win-back list shows it (deleted customers and those removed left out). */
export type LostRunRow = [
  code: string, customerId: number, abc: AbcClass | null, status: Status, other: number, lastPurchase: number | null,
  storedValueLost: number | null,
];

const LOST = `FROM run_results r
  WHERE r.run_id = :run AND r.status IN (SELECT value FROM json_each(:statuses)) AND r.customer_id IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM customer_profiles p WHERE p.customer_id = r.customer_id AND p.deleted_at IS NOT NULL)`;

/** A page of them, largest value lost stored with the run first, then by code. */
export function lostRunRows(db: Db, runId: number, statuses: readonly Status[], offset: number, limit: number): LostRunRow[] {
  return cachedStatement(
    db,
    `SELECT r.code, r.customer_id, r.abc, r.status, r.other, r.last_purchase, r.trailing_revenue_cents ${LOST}
      ORDER BY COALESCE(r.trailing_revenue_cents, 0) DESC, r.code LIMIT :limit OFFSET :offset`,
  )
    .raw()
    .all({ run: runId, statuses: JSON.stringify(statuses), limit, offset }) as LostRunRow[];
}

/** How many there are, the value lost stored with the run, and how many have none stored though they bought (a run before schema 5). */
export function lostRunTotals(db: Db, runId: number, statuses: readonly Status[]): { customers: number; valueLost: number; unstored: number } {
  const [customers, valueLost, unstored] = cachedStatement(
    db,
    `SELECT COUNT(*), COALESCE(SUM(r.trailing_revenue_cents), 0),
            COALESCE(SUM(r.trailing_revenue_cents IS NULL AND r.last_purchase IS NOT NULL), 0) ${LOST}`,
  )
    .raw()
    .get({ run: runId, statuses: JSON.stringify(statuses) }) as [number, number, number];
  return { customers, valueLost, unstored };
}

/**
 * A customer of the run (one of its own or of its others) with an overdue purchase for the agenda,
 * with the profile it is named and owned by: its effective name, KAM and seller are the caller's.
 */
export type OverduePurchaseRow = [
  code: string, customerId: number, name: string | null, nameEdit: string | null, seller: string | null, sellerEdit: string | null,
  kamId: number | null, expectedNext: number, lastPurchase: number,
];

/**
 * The run's customers, not deleted and not lost, with an expected purchase, a last one and an
 * 'overdue' signal, by expected purchase and code (nearly the agenda's order, which then sorts
 * fast). The signal is found in the signals' text: "overdue" is a signal's kind and no other text
 * a signal holds (the rest are numbers and classes), so the test is exact.
 */
export function overduePurchaseRows(db: Db, runId: number): OverduePurchaseRow[] {
  return cachedStatement(
    db,
    `SELECT r.code, c.id, c.name, p.name_edit, c.seller, p.seller_edit, p.kam_id, r.expected_next, r.last_purchase
       FROM run_results r JOIN customers c ON c.code = r.code LEFT JOIN customer_profiles p ON p.customer_id = c.id
      WHERE r.run_id = ? AND r.expected_next IS NOT NULL AND r.last_purchase IS NOT NULL AND r.status <> 'lost'
        AND instr(r.signals_json, '"overdue"') > 0 AND p.deleted_at IS NULL
      ORDER BY r.expected_next, r.code`,
  )
    .raw()
    .all(runId) as OverduePurchaseRow[];
}

/** What the agenda reads of a run's customer (its own, or one of its others: then `abc` is null). */
export type AgendaRunRow = Pick<CustomerResult, 'code' | 'pAlive' | 'status' | 'expectedNext' | 'lastPurchase' | 'signals'> & { other: boolean; abc: AbcClass | null };

/** The agenda's few columns of the given customers of a run (a page's, or its key accounts probably being lost), by expected purchase and code. */
export function agendaRunRows(db: Db, runId: number, codes: readonly string[]): AgendaRunRow[] {
  const rows = cachedStatement(
    db,
    `SELECT code, other, abc, p_alive, status, expected_next, last_purchase, signals_json FROM ${BY_CODE}
      WHERE r.run_id = ? AND r.other IN (0, 1) AND r.code IN (SELECT value FROM json_each(?)) ORDER BY r.expected_next, r.code`,
  )
    .raw()
    .all(runId, JSON.stringify(codes)) as [string, number, AbcClass, number | null, Status, number | null, number | null, string][];
  return rows.map(([code, other, abc, pAlive, status, expectedNext, lastPurchase, signals]) => ({
    code,
    other: other === 1,
    abc: other === 1 ? null : abc,
    pAlive,
    status,
    expectedNext,
    lastPurchase,
    signals: parseList<Signal>(signals),
  }));
}

/** One of the run's own customers with a low P(alive), with the profile it is named and owned by. */
export type LowChanceRow = [
  code: string, abc: AbcClass, pAlive: number, lastPurchase: number | null, customerId: number, name: string | null, nameEdit: string | null,
  seller: string | null, sellerEdit: string | null, kamId: number | null,
];

/** The run's own customers (not deleted) of the given classes with P(alive) under `below` (the caller's rule decides). */
export function lowChanceRows(db: Db, runId: number, classes: readonly AbcClass[], below: number): LowChanceRow[] {
  return cachedStatement(
    db,
    `SELECT r.code, r.abc, r.p_alive, r.last_purchase, c.id, c.name, p.name_edit, c.seller, p.seller_edit, p.kam_id
       FROM run_results r JOIN customers c ON c.code = r.code LEFT JOIN customer_profiles p ON p.customer_id = c.id
      WHERE r.run_id = ? AND r.other = 0 AND r.abc IN (SELECT value FROM json_each(?)) AND r.p_alive < ? AND p.deleted_at IS NULL`,
  )
    .raw()
    .all(runId, JSON.stringify(classes), below) as LowChanceRow[];
}

/** Each given customer's class in the run (its own customers; null for its others). */
export function classesOfCodes(db: Db, runId: number, codes: readonly string[]): Map<string, AbcClass | null> {
  if (codes.length === 0) return new Map();
  const rows = cachedStatement(db, `SELECT code, abc FROM ${BY_CODE} WHERE r.run_id = ? AND r.other IN (0, 1) AND r.code IN (SELECT value FROM json_each(?))`)
    .raw()
    .all(runId, JSON.stringify(codes)) as [string, AbcClass | null][];
  return new Map(rows);
}

/**
 * What the dashboard reads of the run's A customers, in rank order, with the customer each is
 * (`customerId` null when it was removed or deleted) and its imported and edited names.
 */
export type KeyAccountRunRow = Pick<CustomerResult, 'code' | 'value' | 'status' | 'recencyDays' | 'cycleDays' | 'pAlive' | 'signals'> & {
  abc: 'A';
  customerId: number | null;
  name: string | null;
  nameEdit: string | null;
};

export function keyAccountRunRows(db: Db, runId: number): KeyAccountRunRow[] {
  const rows = cachedStatement(
    db,
    `SELECT r.code, r.value, r.status, r.recency_days, r.cycle_days, r.p_alive, r.signals_json,
            CASE WHEN p.deleted_at IS NULL THEN c.id END, c.name, p.name_edit
       FROM run_results r LEFT JOIN customers c ON c.code = r.code LEFT JOIN customer_profiles p ON p.customer_id = c.id
      WHERE r.run_id = ? AND r.other = 0 AND r.abc = 'A' ORDER BY r.rank`,
  )
    .raw()
    .all(runId) as [string, number, Status, number | null, number | null, number | null, string, number | null, string | null, string | null][];
  return rows.map(([code, value, status, recencyDays, cycleDays, pAlive, signalsJson, customerId, name, nameEdit]) => ({
    code, value, status, recencyDays, cycleDays, pAlive, signals: parseList<Signal>(signalsJson), abc: 'A', customerId, name, nameEdit,
  }));
}

/** The run's positive values in rank order (its concentration's index). */
export function positiveValues(db: Db, runId: number): number[] {
  return cachedStatement(db, 'SELECT value FROM run_results WHERE run_id = ? AND other = 0 AND value > 0 ORDER BY rank').pluck().all(runId) as number[];
}

/** Customer id → its class in the run, for the run's own customers that are customers of the workspace (matched by code). */
export function classesByCustomerId(db: Db, runId: number): Map<number, AbcClass> {
  const rows = cachedStatement(db, 'SELECT c.id, r.abc FROM run_results r JOIN customers c ON c.code = r.code WHERE r.run_id = ? AND r.other = 0')
    .raw()
    .all(runId) as [number, AbcClass][];
  return new Map(rows);
}
