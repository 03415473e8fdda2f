// The inputs of churn and the loss trend, read once: each customer's purchase days up to the
// KPI reference day (current-run.ts) and its class in the current run, with the lost-days limit of
// that run's parameters (365 by default).
// The purchase days group every sale line (seconds at 5 million lines): they are kept until an
// import, an undo or a new customer changes the customers and their sales (customersStamp), the
// reference day or the lost-days limit moves, so that the KPI and win-back screens read them once,
// not at every visit, and read ahead when the screens ask for the runs (read-calls.ts). Only the
// days the loss rules read are kept (lossRelevantDays: the same figures, a few days per customer
// instead of one per order day), so that churn and the trend count them in tens of milliseconds.
import type { RunSummary } from '../../shared/api/analysis-api';
import type { AbcClass } from '../../shared/analysis/result-types';
import type { Day } from '../../shared/domain/calendar';
import { lossRelevantDays } from '../../shared/kam/loss-events';
import { customersStamp } from '../db/data-stamp';
import type { Db } from '../db/open-database';
import { deletedCustomerIds } from '../db/customer-profiles-table';
import { classesByCustomerId } from '../db/run-results-kam-reads';
import { currentRun, kpiReferenceDayOf, statusLimitsOf } from './current-run';
import { keptAnswer } from './kept-answers';
import { purchaseDaysByCustomer } from './sales-history';

/** `purchaseDays`: those the loss rules read (lossRelevantDays), not every one. */
export type ChurnCustomerData = { id: number; purchaseDays: Day[]; abc: AbcClass | null };

export type ChurnData = {
  /** Null when the workspace has no sale at all. */
  referenceDay: Day | null;
  lostDays: number;
  customers: ChurnCustomerData[];
  /** The customers deleted (hidden) now: the loss trend leaves them out. */
  deleted: Set<number>;
};

/**
 * The days (until the customers, the reference day or the limit change) and the customers with
 * their class in the current run (until the run changes too: a run's classes never change).
 */
const kept = new WeakMap<Db, { daysStamp: string; days: Map<number, Day[]>; runKey: string; customers: ChurnCustomerData[] }>();

/** What the kept customers must have been made for to be the workspace's now. */
function stampsOf(db: Db, run: RunSummary | null, referenceDay: Day, lostDays: number) {
  // A run's id may come back after the newest run is deleted: its time of creation tells them apart.
  return { daysStamp: `${customersStamp(db)}|${referenceDay}|${lostDays}`, runKey: run ? `${run.id}|${run.createdAt}` : '' };
}

function customersKept(db: Db, run: RunSummary | null, referenceDay: Day, lostDays: number): ChurnCustomerData[] {
  const { daysStamp, runKey } = stampsOf(db, run, referenceDay, lostDays);
  const found = kept.get(db);
  if (found?.daysStamp === daysStamp && found.runKey === runKey) return found.customers;
  const days = found?.daysStamp === daysStamp ? found.days : purchaseDaysByCustomer(db, referenceDay, (all) => lossRelevantDays(all, lostDays));
  // Only customers with a purchase can be at the start of a period or lost in it.
  const classes = run ? classesByCustomerId(db, run.id) : new Map<number, AbcClass>();
  const customers: ChurnCustomerData[] = [];
  for (const [id, purchaseDays] of days) customers.push({ id, purchaseDays, abc: classes.get(id) ?? null });
  kept.set(db, { daysStamp, days, runKey, customers });
  return customers;
}

/** Kept while the workspace is unchanged (kept-answers.ts): churn and the loss trend read the same. */
export const loadChurnData = (db: Db): ChurnData => keptAnswer(db, 'churn-data', () => readChurnData(db));

/** Whether churn and the loss trend would read no sale line now (what a read ahead leaves). */
export function churnDataKept(db: Db): boolean {
  const run = currentRun(db);
  const referenceDay = kpiReferenceDayOf(db, run);
  if (referenceDay === null) return true;
  const { daysStamp, runKey } = stampsOf(db, run, referenceDay, statusLimitsOf(run).lostDays);
  const found = kept.get(db);
  return found?.daysStamp === daysStamp && found.runKey === runKey;
}

function readChurnData(db: Db): ChurnData {
  const run = currentRun(db);
  const referenceDay = kpiReferenceDayOf(db, run);
  const { lostDays } = statusLimitsOf(run);
  const deleted = deletedCustomerIds(db);
  if (referenceDay === null) return { referenceDay, lostDays, customers: [], deleted };
  return { referenceDay, lostDays, customers: customersKept(db, run, referenceDay, lostDays), deleted };
}
