// Runs an analysis on the workspace and stores the run with its per-customer results and its
// other customers, so that it can be reproduced, exported and compared later. A new run with the
// default parameters and the default window becomes the current analysis (docs/decisions.md,
// store-run.ts).
import type { RunRequest, RunSummary } from '../../shared/api/analysis-api';
import { apiError } from '../../shared/api/errors';
import { finishRun, fitInput, rankRows } from '../../shared/analysis/analyze';
import { DEFAULT_PARAMS, paramsKey, validateParams, type AnalysisParams } from '../../shared/analysis/params';
import { resolveWindow } from '../../shared/analysis/periods';
import { runPlan } from '../../shared/analysis/run-plan';
import { dayOfIso, type Day } from '../../shared/domain/calendar';
import { findPreviousRun, getRun } from '../db/analysis-runs-table';
import type { Db } from '../db/open-database';
import { customersStamp } from '../db/data-stamp';
import { runClasses } from '../db/run-results-table';
import { latestSaleDay } from './load-sales';
import { readRun, startReaders, type ReadOptions } from './read-run';
import { fitOnWriter, startRunWriter, writeRun, type RunWriter } from './write-run';

function parseDay(text: string | undefined, option: string): Day | undefined {
  if (text === undefined || text === '') return undefined;
  const day = dayOfIso(text);
  if (day === null) throw apiError('analysis/bad-date', { option, text });
  return day;
}

/** `read`: how the sales are read (default: by the workspace's size, read-run.ts). */
export async function runAnalysis(db: Db, request: RunRequest, appVersion: string, read: ReadOptions = {}): Promise<RunSummary> {
  const params: AnalysisParams = validateParams({ ...DEFAULT_PARAMS, ...request.params });
  const from = parseDay(request.from, '--from');
  const to = parseDay(request.to, '--to');
  if (from !== undefined && to !== undefined && from > to) throw apiError('analysis/window-reversed', { from: request.from!, to: request.to! });
  // A large workspace is read and written on threads of their own, which start while this one
  // reads what they are told.
  const readers = startReaders(db, read.readers);
  const writer = readers.length > 0 ? startRunWriter(db) : null;
  try {
    return await readAndStore(db, params, from, to, appVersion, { ...read, started: readers }, writer);
  } finally {
    // The reading ends the readers it used; these end those a failure left, and the writer.
    await Promise.all([...readers.map((w) => w.terminate()), writer?.worker.terminate()]);
  }
}

async function readAndStore(
  db: Db,
  params: AnalysisParams,
  from: Day | undefined,
  to: Day | undefined,
  appVersion: string,
  read: ReadOptions,
  writer: RunWriter | null,
): Promise<RunSummary> {
  // The workspace as the run starts reading it: the same snapshot for both (beginStoredRun checks it).
  const { readStamp, latest } = db.transaction(() => ({ readStamp: customersStamp(db), latest: latestSaleDay(db) }))();
  if (latest === null && to === undefined) throw apiError('analysis/no-sales');
  const window = resolveWindow(params.period, latest ?? to!, from, to);
  const key = paramsKey(params);
  const previousRunId = findPreviousRun(db, key, window.to);
  const previous = previousRunId === null ? null : { runId: previousRunId, classes: runClasses(db, previousRunId) };

  // The pages the latest sale's scan left in this connection's cache are of no more use to a run
  // read by threads: given back, they keep its peak memory ~40 MB lower at 5M lines.
  if (read.started !== undefined && read.started.length > 0) db.pragma('shrink_memory');
  const plan = runPlan(window, latest, params.xyzMeasure);
  const { rows, others, ids } = await readRun(db, plan, params, read);
  // A large run fits its models on the writer thread while this one ranks the customers.
  const fitting = writer !== null && (await writer.ready) ? fitOnWriter(writer, fitInput(rows, others)).catch(() => null) : null;
  const ranking = rankRows(rows, params);
  const fit = (await fitting) ?? undefined;
  const result = finishRun(rows, others, plan, params, previous, { ranking, fit });

  const header = {
    window,
    referenceDay: result.referenceDay,
    latestSale: latest,
    lastPeriodLeftOut: result.lastPeriodLeftOut,
    params,
    paramsKey: key,
    totals: result.totals,
    model: result.model,
    previousRunId,
    appVersion,
    readStamp,
  };
  const runId = await writeRun(db, header, result, ids, writer);
  return getRun(db, runId)!;
}
