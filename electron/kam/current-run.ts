// The stored run the key-account screens judge by: the workspace's current analysis (SPEC "The
// current analysis"), with its customers and its other customers (those outside its window).
import type { RunSummary } from '../../shared/api/analysis-api';
import { apiError } from '../../shared/api/errors';
import { DEFAULT_PARAMS, type AnalysisParams } from '../../shared/analysis/params';
import type { CustomerResult, OtherCustomer, Prediction } from '../../shared/analysis/result-types';
import { predictedClv } from '../../shared/kam/clv';
import type { Clv } from '../../shared/kam/kpi-types';
import { dayOfIso, type Day } from '../../shared/domain/calendar';
import { latestSaleDay } from '../analysis/load-sales';
import { currentRunId, getRun } from '../db/analysis-runs-table';
import type { Db } from '../db/open-database';
import { customerEntriesByRun, listRunOthers, listRunResults } from '../db/run-results-table';

export type RunView = {
  run: RunSummary;
  referenceDay: Day;
  results: CustomerResult[];
  byCode: Map<string, CustomerResult>;
  /** The workspace's customers outside the run's window, with their status at its reference date. */
  others: OtherCustomer[];
  otherByCode: Map<string, OtherCustomer>;
};

export function currentRun(db: Db): RunSummary | null {
  const id = currentRunId(db);
  return id === null ? null : getRun(db, id);
}

/** A run with its results; `runId` absent: the current analysis (null when there is none). */
export function runView(db: Db, runId?: number): RunView | null {
  const run = runId === undefined ? currentRun(db) : getRun(db, runId);
  if (runId !== undefined && !run) throw apiError('analysis/run-not-found', { runId });
  if (!run) return null;
  return viewOf(run, listRunResults(db, run.id), listRunOthers(db, run.id));
}

/**
 * The current analysis narrowed to one customer: its entry, if the run lists it, and nothing else.
 * What a dossier or one customer's KPI reads, instead of every row of a 200,000-customer run.
 */
export function customerRunView(db: Db, customerId: number): RunView | null {
  const run = currentRun(db);
  if (!run) return null;
  const entry = customerEntriesByRun(db, customerId).get(run.id);
  return viewOf(run, entry?.result ? [entry.result] : [], entry?.other ? [entry.other] : []);
}

/** The view of a run whose results are already loaded. */
export function viewOf(run: RunSummary, results: CustomerResult[], others: OtherCustomer[] = []): RunView {
  return {
    run,
    referenceDay: dayOfIso(run.referenceDate)!,
    results,
    byCode: new Map(results.map((r) => [r.code, r])),
    others,
    otherByCode: new Map(others.map((o) => [o.code, o])),
  };
}

/**
 * The day the KPIs are computed at (churn, CLV, loss trend): the current run's reference date,
 * else the latest sale; null without any sale.
 */
export function kpiReferenceDay(db: Db, view: RunView | null): Day | null {
  return kpiReferenceDayOf(db, view?.run ?? null);
}

/** The same from the run's summary alone. */
export function kpiReferenceDayOf(db: Db, run: RunSummary | null): Day | null {
  return run ? dayOfIso(run.referenceDate)! : latestSaleDay(db);
}

/** The status limits in force: the current run's parameters, else the defaults. */
export function statusLimits(view: RunView | null): Pick<AnalysisParams, 'inactiveDays' | 'lostDays'> {
  return statusLimitsOf(view?.run ?? null);
}

export function statusLimitsOf(run: RunSummary | null): Pick<AnalysisParams, 'inactiveDays' | 'lostDays'> {
  const p = run?.params ?? DEFAULT_PARAMS;
  return { inactiveDays: p.inactiveDays, lostDays: p.lostDays };
}

/** What the key-account figures (health, agenda) read of a customer in a run, one of its own or of its others. */
export type RunFigures = Pick<CustomerResult, 'recencyDays' | 'cycleDays' | 'signals' | 'status' | 'lastPurchase' | 'expectedNext' | keyof Prediction> & {
  abc: CustomerResult['abc'] | null;
};

/** The customer's figures in the run: its result, or its entry among the others (no class); null when the run lists it not. */
export function figuresOf(view: RunView | null, code: string): RunFigures | null {
  if (!view) return null;
  const result = view.byCode.get(code);
  if (result) return result;
  const other = view.otherByCode.get(code);
  return other ? { ...other, abc: null } : null;
}

/** The customer's predicted CLV in the run, with its steps (shared/kam/clv.ts). */
export function clvOf(view: RunView | null, code: string): Clv {
  return predictedClv(code, view?.run ?? null, figuresOf(view, code));
}
