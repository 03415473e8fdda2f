// The inputs of churn and the loss trend, read once: each customer's purchase days up to the
// KPI reference day (current-run.ts) and its class in the current run, with the lost-days limit of
// that run's parameters (365 by default).
import type { AbcClass } from '../../shared/analysis/result-types';
import type { Day } from '../../shared/domain/calendar';
import { listCustomerKeys } from '../db/customer-profiles-table';
import type { Db } from '../db/open-database';
import { kpiReferenceDay, runView, statusLimits, type RunView } from './current-run';
import { purchaseDaysByCustomer } from './sales-history';

export type ChurnCustomerData = { id: number; code: string; deleted: boolean; purchaseDays: Day[]; abc: AbcClass | null };

export type ChurnData = {
  view: RunView | null;
  /** Null when the workspace has no sale at all. */
  referenceDay: Day | null;
  lostDays: number;
  customers: ChurnCustomerData[];
};

export function loadChurnData(db: Db, view: RunView | null = runView(db)): ChurnData {
  const referenceDay = kpiReferenceDay(db, view);
  const { lostDays } = statusLimits(view);
  if (referenceDay === null) return { view, referenceDay, lostDays, customers: [] };
  const days = purchaseDaysByCustomer(db, referenceDay);
  const customers = listCustomerKeys(db).map((c) => ({
    ...c,
    purchaseDays: days.get(c.id) ?? [],
    abc: view?.byCode.get(c.code)?.abc ?? null,
  }));
  return { view, referenceDay, lostDays, customers };
}
