// Handlers of the 'analysis/*' API: run, list, results and the derived views of a stored run.
import type { AnalysisHandlers, RunSummary } from '../../shared/api/analysis-api';
import { apiError } from '../../shared/api/errors';
import { checkPage } from '../../shared/api/paging';
import { DEFAULT_PARAMS } from '../../shared/analysis/params';
import { MIGRATION_KEYS } from '../../shared/analysis/matrix-types';
import { resolveWindow } from '../../shared/analysis/periods';
import { isoOfDay } from '../../shared/domain/calendar';
import type { Context } from '../api/context';
import { deleteRun, getRun, listRuns, setCurrentRun, setRunLabel } from '../db/analysis-runs-table';
import { listRunOthers, listRunResults, runClassCustomers, runDistinct } from '../db/run-results-table';
import { migrationCellCustomers, migrationCounts } from './run-migration';
import { latestSaleDay } from './load-sales';
import { resultsPage } from './results-page';
import { aheadOfScreens } from '../api/read-calls';
import { runAnalysis } from './run-analysis';
import { runConcentration, runMatrix, runPareto, runSensitivity } from './run-views';

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
    'analysis/runs': async () => {
      // The screens ask for the runs when the workspace opens and after every import, run or
      // deletion: the portfolio's and the grid's customers are then read (where their requests
      // are answered) while the user looks at the answer, not when they open them (a second or
      // two each at 200,000 customers).
      for (const what of aheadOfScreens(ctx.db)) ctx.readAhead(what);
      return listRuns(ctx.db);
    },
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
    'analysis/class-customers': async ({ runId, abc }) => {
      requireRun(runId);
      return runClassCustomers(ctx.db, runId, abc);
    },
    'analysis/results-page': async ({ runId, ...request }) => {
      const run = requireRun(runId);
      const page = resultsPage(ctx.db, run, request);
      // While the first page is on screen, what a search or a filter will need is read.
      if (page.offset === 0 && !request.search && !request.sort && !request.filter) ctx.readAhead({ kind: 'results-index', runId: run.id });
      return page;
    },
    'analysis/result-values': async ({ runId }) => {
      requireRun(runId);
      return { sellers: runDistinct(ctx.db, runId, 'seller'), segments: runDistinct(ctx.db, runId, 'segment') };
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
    'analysis/matrix': async ({ runId }) => runMatrix(ctx.db, requireRun(runId)),
    'analysis/concentration': async ({ runId, aLimit }) => {
      if (aLimit !== undefined && (!Number.isSafeInteger(aLimit) || aLimit < 0)) throw apiError('bad-request', { call: 'analysis/concentration', field: 'aLimit' });
      return runConcentration(ctx.db, requireRun(runId), aLimit);
    },
    'analysis/sensitivity': async ({ runId }) => runSensitivity(ctx.db, requireRun(runId)),
    'analysis/pareto': async ({ runId }) => runPareto(ctx.db, requireRun(runId)),
    'analysis/migration': async ({ fromRunId, toRunId }) => {
      requireRun(fromRunId);
      requireRun(toRunId);
      const counts = new Map(migrationCounts(ctx.db, fromRunId, toRunId).map((c) => [`${c.from}${c.to}`, c.customers]));
      // Every cell but absent → absent, empty ones too, rows by the older run's class.
      const cells = MIGRATION_KEYS.flatMap((from) =>
        MIGRATION_KEYS.filter((to) => from !== '-' || to !== '-').map((to) => ({ from, to, customers: counts.get(`${from}${to}`) ?? 0 })),
      );
      return { fromRunId, toRunId, cells };
    },
    'analysis/migration-customers': async ({ fromRunId, toRunId, from, to, offset, limit }) => {
      requireRun(fromRunId);
      requireRun(toRunId);
      const call = 'analysis/migration-customers';
      if (!MIGRATION_KEYS.includes(from)) throw apiError('bad-request', { call, field: 'from' });
      if (!MIGRATION_KEYS.includes(to) || (from === '-' && to === '-')) throw apiError('bad-request', { call, field: 'to' });
      const page = checkPage(call, { offset, limit }, () => false);
      return { offset: page.offset, ...migrationCellCustomers(ctx.db, { fromRunId, toRunId }, { from, to }, page.offset, page.limit) };
    },
  } satisfies AnalysisHandlers;
}
