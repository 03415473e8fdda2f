// The inputs of churn and the loss trend, read once: each customer's purchase days up to the
// KPI reference day (current-run.ts) and its class in the current run, with the lost-days limit of
// that run's parameters (365 by default).
// The purchase days group every sale line (seconds at 5 million lines): they are kept until an
// import, an undo or a new customer changes the customers and their sales (customersStamp) or the
// reference day moves, so that the KPI and win-back screens read them once, not at every visit.
import type { AbcClass } from '../../shared/analysis/result-types';
import type { Day } from '../../shared/domain/calendar';
import { customersStamp } from '../db/data-stamp';
import type { Db } from '../db/open-database';
import { deletedCustomerIds } from '../db/customer-profiles-table';
import { classesByCustomerId } from '../db/run-results-kam-reads';
import { currentRun, kpiReferenceDayOf, statusLimitsOf } from './current-run';
import { keptAnswer } from './kept-answers';
import { purchaseDaysByCustomer } from './sales-history';

export type ChurnCustomerData = { id: number; deleted: boolean; purchaseDays: Day[]; abc: AbcClass | null };

export type ChurnData = {
  /** Null when the workspace has no sale at all. */
  referenceDay: Day | null;
  lostDays: number;
  customers: ChurnCustomerData[];
};

const kept = new WeakMap<Db, { stamp: string; days: Map<number, Day[]> }>();

function purchaseDaysKept(db: Db, referenceDay: Day): Map<number, Day[]> {
  const stamp = `${customersStamp(db)}|${referenceDay}`;
  const found = kept.get(db);
  if (found?.stamp === stamp) return found.days;
  const days = purchaseDaysByCustomer(db, referenceDay);
  kept.set(db, { stamp, days });
  return days;
}

/** Kept while the workspace is unchanged (kept-answers.ts): churn and the loss trend read the same. */
export const loadChurnData = (db: Db): ChurnData => keptAnswer(db, 'churn-data', () => readChurnData(db));

function readChurnData(db: Db): ChurnData {
  const run = currentRun(db);
  const referenceDay = kpiReferenceDayOf(db, run);
  const { lostDays } = statusLimitsOf(run);
  if (referenceDay === null) return { referenceDay, lostDays, customers: [] };
  const days = purchaseDaysKept(db, referenceDay);
  // Only customers with a purchase can be at the start of a period or lost in it.
  const classes = run ? classesByCustomerId(db, run.id) : new Map<number, AbcClass>();
  const deleted = deletedCustomerIds(db);
  const customers: ChurnCustomerData[] = [];
  for (const [id, purchaseDays] of days) customers.push({ id, deleted: deleted.has(id), purchaseDays, abc: classes.get(id) ?? null });
  return { referenceDay, lostDays, customers };
}

