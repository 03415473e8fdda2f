// What the agenda (agenda.ts) reads of the current analysis and of the customers, narrowed to what
// it lists: the overdue purchases (a few columns each, read in one query: 200,000 customers can
// have 40,000 of them), its key accounts probably being lost, the customers with a contact logged
// or an open action, and, for the page shown only, each item's class, P(alive) and signal.
import type { AbcClass } from '../../shared/analysis/result-types';
import { LIKELY_LOSING_BELOW } from '../../shared/kam/likely-losing';
import { listCustomerNames, type CustomerNameRow } from '../db/customer-profiles-table';
import type { Db } from '../db/open-database';
import { agendaRunRows, lowChanceRows, overduePurchaseRows, type AgendaRunRow } from '../db/run-results-kam-reads';
import { currentRun } from './current-run';

/** The customer of an overdue purchase, as the agenda names and owns it, and the purchase's days. */
export type OverduePurchase = { customer: CustomerNameRow; expectedNext: number; lastPurchase: number };

/** The current run's customers with an overdue purchase (not deleted, not lost), by expected purchase and code; its id (null: no analysis). */
export function overduePurchases(db: Db): { runId: number | null; purchases: OverduePurchase[] } {
  const run = currentRun(db);
  if (!run) return { runId: null, purchases: [] };
  const purchases = overduePurchaseRows(db, run.id).map(([code, id, name, name_edit, seller, seller_edit, kam_id, expectedNext, lastPurchase]) => ({
    customer: { id, code, name, name_edit, seller, seller_edit, kam_id },
    expectedNext,
    lastPurchase,
  }));
  return { runId: run.id, purchases };
}

/** The given customers (not deleted) by id: those with a contact or an action. */
export const followedCustomers = (db: Db, ids: readonly number[]): Map<number, CustomerNameRow> =>
  new Map(listCustomerNames(db, { ids: [...new Set(ids)] }).map((p) => [p.id, p]));

/** A key account with a low P(alive), as the agenda names and owns it. */
export type LowChanceAccount = { code: string; abc: AbcClass; pAlive: number; lastPurchase: number | null; customer: CustomerNameRow };

/** The run's own A and B customers (not deleted) with P(alive) under the losing rule's limit; the caller applies the rule. */
export const lowChanceAccounts = (db: Db, runId: number): LowChanceAccount[] =>
  lowChanceRows(db, runId, ['A', 'B'], LIKELY_LOSING_BELOW).map(([code, abc, pAlive, lastPurchase, id, name, name_edit, seller, seller_edit, kam_id]) => ({
    code,
    abc,
    pAlive,
    lastPurchase,
    customer: { id, code, name, name_edit, seller, seller_edit, kam_id },
  }));

/** Code → the run's row of the given customers (a page's items). */
export function runRowsOfCodes(db: Db, runId: number | null, codes: readonly string[]): Map<string, AgendaRunRow> {
  if (runId === null || codes.length === 0) return new Map();
  return new Map(agendaRunRows(db, runId, [...new Set(codes)]).map((r) => [r.code, r]));
}
