// Runs an analysis on the workspace and stores the run with its per-customer results and its
// other customers, so that it can be reproduced, exported and compared later. A new run with the
// default parameters and the default window becomes the current analysis (docs/decisions.md).
import type { RunRequest, RunSummary } from '../../shared/api/analysis-api';
import { apiError } from '../../shared/api/errors';
import { finishRun } from '../../shared/analysis/analyze';
import { areDefaultParams, DEFAULT_PARAMS, paramsKey, validateParams, type AnalysisParams } from '../../shared/analysis/params';
import { resolveWindow, type SnappedWindow } from '../../shared/analysis/periods';
import { runPlan } from '../../shared/analysis/run-plan';
import { dayOfIso, type Day } from '../../shared/domain/calendar';
import { currentRunId, findPreviousRun, getRun, insertRun, setCurrentRun } from '../db/analysis-runs-table';
import { activeBatches } from '../db/import-batches-table';
import type { Db } from '../db/open-database';
import { insertRunResults, runClasses } from '../db/run-results-table';
import { latestSaleDay } from './load-sales';
import { readRun, startReaders, type ReadOptions } from './read-run';

function parseDay(text: string | undefined, option: string): Day | undefined {
  if (text === undefined || text === '') return undefined;
  const day = dayOfIso(text);
  if (day === null) throw apiError('analysis/bad-date', { option, text });
  return day;
}

/**
 * The run becomes current on its own when nothing is current yet, or when it is what SPEC's
 * defaults give: the default parameters over the default window (12 months to the month of the
 * latest sale), whether the window was left out or typed in.
 */
function becomesCurrent(db: Db, params: AnalysisParams, window: SnappedWindow, latest: Day | null): boolean {
  if (currentRunId(db) === null) return true;
  if (!areDefaultParams(params) || latest === null) return false;
  const standard = resolveWindow(DEFAULT_PARAMS.period, latest);
  return window.from === standard.from && window.to === standard.to;
}

/** `read`: how the sales are read (default: by the workspace's size, read-run.ts). */
export async function runAnalysis(db: Db, request: RunRequest, appVersion: string, read: ReadOptions = {}): Promise<RunSummary> {
  const params: AnalysisParams = validateParams({ ...DEFAULT_PARAMS, ...request.params });
  const from = parseDay(request.from, '--from');
  const to = parseDay(request.to, '--to');
  if (from !== undefined && to !== undefined && from > to) throw apiError('analysis/window-reversed', { from: request.from!, to: request.to! });
  // A large workspace's reader threads start while this one reads what they are told.
  const readers = startReaders(db, read.readers);
  try {
    return await readAndStore(db, params, from, to, appVersion, { ...read, started: readers });
  } finally {
    // Those a failure left unused (the reading ends those it used).
    await Promise.all(readers.map((w) => w.terminate()));
  }
}

async function readAndStore(db: Db, params: AnalysisParams, from: Day | undefined, to: Day | undefined, appVersion: string, read: ReadOptions): Promise<RunSummary> {
  const latest = latestSaleDay(db);
  if (latest === null && to === undefined) throw apiError('analysis/no-sales');
  const window = resolveWindow(params.period, latest ?? to!, from, to);
  const key = paramsKey(params);
  const previousRunId = findPreviousRun(db, key, window.to);
  const previous = previousRunId === null ? null : { runId: previousRunId, classes: runClasses(db, previousRunId) };

  const plan = runPlan(window, latest, params.xyzMeasure);
  const { rows, others, ids } = await readRun(db, plan, params, read);
  const result = finishRun(rows, others, plan, params, previous);

  const runId = db.transaction(() => {
    const id = insertRun(db, {
      window,
      referenceDay: result.referenceDay,
      latestSale: latest,
      lastPeriodLeftOut: result.lastPeriodLeftOut,
      params,
      paramsKey: key,
      totals: result.totals,
      model: result.model,
      sources: activeBatches(db).map((b) => ({ batchId: b.id, fileName: b.fileName })),
      previousRunId,
      appVersion,
    });
    // The results are made one at a time as they are written.
    insertRunResults(db, id, result.customers(), result.others(), ids);
    if (becomesCurrent(db, params, window, latest)) setCurrentRun(db, id);
    return id;
  }).immediate();
  return getRun(db, runId)!;
}
