// The stored run the key-account screens judge by. Decision: "the newest run" is the one whose
// window ends latest, the most recently created on a tie (a run re-made for an older month does
// not replace the current picture).
import type { RunSummary } from '../../shared/api/analysis-api';
import { legacyError } from '../../shared/api/errors';
import { DEFAULT_PARAMS, type AnalysisParams } from '../../shared/analysis/params';
import type { CustomerResult } from '../../shared/analysis/result-types';
import { dayOfIso, type Day } from '../../shared/domain/calendar';
import { latestSaleDay } from '../analysis/load-sales';
import { getRun, listRuns } from '../db/analysis-runs-table';
import type { Db } from '../db/open-database';
import { listRunResults } from '../db/run-results-table';

export type RunView = { run: RunSummary; referenceDay: Day; results: CustomerResult[]; byCode: Map<string, CustomerResult> };

export function newestRun(db: Db): RunSummary | null {
  let best: RunSummary | null = null;
  for (const run of listRuns(db)) {
    if (!best || run.window.to > best.window.to || (run.window.to === best.window.to && run.id > best.id)) best = run;
  }
  return best;
}

/** A run with its results; `runId` absent: the newest (null when there is none). */
export function runView(db: Db, runId?: number): RunView | null {
  const run = runId === undefined ? newestRun(db) : getRun(db, runId);
  if (runId !== undefined && !run) throw legacyError('not-found', `A análise ${runId} não existe.`);
  if (!run) return null;
  return viewOf(run, listRunResults(db, run.id));
}

/** The view of a run whose results are already loaded. */
export function viewOf(run: RunSummary, results: CustomerResult[]): RunView {
  return { run, referenceDay: dayOfIso(run.window.to)!, results, byCode: new Map(results.map((r) => [r.code, r])) };
}

/**
 * The day the KPIs are computed at (churn, CLV, loss trend): the newest run's reference day, else
 * the latest sale; null without any sale.
 */
export function kpiReferenceDay(db: Db, view: RunView | null): Day | null {
  return view?.referenceDay ?? latestSaleDay(db);
}

/** The status limits in force: the newest run's parameters, else the defaults. */
export function statusLimits(view: RunView | null): Pick<AnalysisParams, 'inactiveDays' | 'lostDays'> {
  const p = view?.run.params ?? DEFAULT_PARAMS;
  return { inactiveDays: p.inactiveDays, lostDays: p.lostDays };
}
