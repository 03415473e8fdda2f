// Handlers of the 'analysis/*' API: run, list, results and the derived views of a stored run.
import type { AnalysisHandlers, RunSummary } from '../../shared/api/analysis-api';
import { apiError } from '../../shared/api/errors';
import { concentration } from '../../shared/analysis/concentration';
import { computeMatrix } from '../../shared/analysis/matrix';
import { migration } from '../../shared/analysis/migration';
import { DEFAULT_PARAMS } from '../../shared/analysis/params';
import { resolveWindow } from '../../shared/analysis/periods';
import { sensitivity } from '../../shared/analysis/sensitivity';
import { isoOfDay } from '../../shared/domain/calendar';
import type { Context } from '../api/context';
import { deleteRun, getRun, listRuns, setCurrentRun, setRunLabel } from '../db/analysis-runs-table';
import { listRunOthers, listRunResults, runClasses } from '../db/run-results-table';
import { latestSaleDay } from './load-sales';
import { runAnalysis } from './run-analysis';

const MAX_LABEL = 80;

/** A run's label as stored: trimmed, blank → none. */
function runLabel(label: unknown): string | null {
  if (label === null || label === undefined) return null;
  if (typeof label !== 'string' || label.trim().length > MAX_LABEL) throw apiError('analysis/bad-label', { max: MAX_LABEL });
  return label.trim() || null;
}

export function analysisHandlers(ctx: Context) {
  const requireRun = (runId: number): RunSummary => {
    if (!Number.isSafeInteger(runId) || runId < 1) throw apiError('analysis/bad-run-id', { value: String(runId) });
    const run = getRun(ctx.db, runId);
    if (!run) throw apiError('analysis/run-not-found', { runId });
    return run;
  };
  return {
    'analysis/defaults': async () => {
      const latest = latestSaleDay(ctx.db);
      const window = latest === null ? null : resolveWindow(DEFAULT_PARAMS.period, latest);
      return {
        params: DEFAULT_PARAMS,
        latestSale: latest,
        window: window && { from: isoOfDay(window.from), to: isoOfDay(window.to) },
      };
    },
    'analysis/run': async (request) => runAnalysis(ctx.db, request, ctx.appVersion),
    'analysis/runs': async () => listRuns(ctx.db),
    'analysis/get': async ({ runId }) => requireRun(runId),
    'analysis/delete': async ({ runId }) => {
      requireRun(runId);
      deleteRun(ctx.db, runId);
      return { runId };
    },
    'analysis/results': async ({ runId, filter }) => {
      requireRun(runId);
      return listRunResults(ctx.db, runId, filter);
    },
    'analysis/others': async ({ runId, filter }) => {
      requireRun(runId);
      return listRunOthers(ctx.db, runId, filter);
    },
    'analysis/set-current': async ({ runId }) => {
      requireRun(runId);
      setCurrentRun(ctx.db, runId);
      return requireRun(runId);
    },
    'analysis/set-label': async ({ runId, label }) => {
      requireRun(runId);
      setRunLabel(ctx.db, runId, runLabel(label));
      return requireRun(runId);
    },
    'analysis/matrix': async ({ runId }) => computeMatrix(listRunResults(ctx.db, runId), requireRun(runId).totals.value),
    'analysis/concentration': async ({ runId }) =>
      concentration(listRunResults(ctx.db, runId), requireRun(runId).totals.value),
    'analysis/sensitivity': async ({ runId }) => {
      const run = requireRun(runId);
      return sensitivity(listRunResults(ctx.db, runId), run.params.a, run.params.b);
    },
    'analysis/migration': async ({ fromRunId, toRunId }) => {
      requireRun(fromRunId);
      requireRun(toRunId);
      return migration(fromRunId, runClasses(ctx.db, fromRunId), toRunId, runClasses(ctx.db, toRunId));
    },
  } satisfies AnalysisHandlers;
}
