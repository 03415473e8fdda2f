// The inputs of churn and the loss trend, read once: each customer's purchase days up to the
// KPI reference day (current-run.ts) and its class in the current run, with the lost-days limit of
// that run's parameters (365 by default).
// The purchase days group every sale line (seconds at 5 million lines): they are kept until an
// import, an undo or a new customer changes the customers and their sales (customersStamp) or the
// reference day moves, so that the KPI and win-back screens read them once, not at every visit.
import type { AbcClass } from '../../shared/analysis/result-types';
import type { Day } from '../../shared/domain/calendar';
import { listCustomerKeys } from '../db/customer-profiles-table';
import { customersStamp } from '../db/data-stamp';
import type { Db } from '../db/open-database';
import { runClasses } from '../db/run-results-table';
import { currentRun, kpiReferenceDayOf, statusLimitsOf } from './current-run';
import { purchaseDaysByCustomer } from './sales-history';

export type ChurnCustomerData = { id: number; code: string; deleted: boolean; purchaseDays: Day[]; abc: AbcClass | null };

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

export function loadChurnData(db: Db): ChurnData {
  const run = currentRun(db);
  const referenceDay = kpiReferenceDayOf(db, run);
  const { lostDays } = statusLimitsOf(run);
  if (referenceDay === null) return { referenceDay, lostDays, customers: [] };
  const days = purchaseDaysKept(db, referenceDay);
  const classes = run ? runClasses(db, run.id) : new Map<string, AbcClass>();
  const customers = listCustomerKeys(db).map((c) => ({ ...c, purchaseDays: days.get(c.id) ?? [], abc: classes.get(c.code) ?? null }));
  return { referenceDay, lostDays, customers };
}

