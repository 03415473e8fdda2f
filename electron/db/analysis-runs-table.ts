// SQL for analysis_runs: one row per stored run (window, reference date, parameters, totals,
// sources, label), and which run is the workspace's current analysis (current_seq: the highest is
// current; deleting it makes the one made current before it current again).
import type { RunSummary } from '../../shared/api/analysis-api';
import { DEFAULT_PARAMS, type AnalysisParams } from '../../shared/analysis/params';
import type { RunTotals } from '../../shared/analysis/result-types';
import { MODEL_BEFORE_MODELS, type RunModel } from '../../shared/analysis/run-model';
import { isoOfDay, type Day } from '../../shared/domain/calendar';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

type RunRow = {
  id: number;
  created_at: string;
  period: string;
  window_from: number;
  window_to: number;
  reference_day: number;
  latest_sale: number | null;
  last_period_left_out: number;
  params_json: string;
  totals_json: string;
  sources_json: string;
  previous_run_id: number | null;
  label: string | null;
  model_json: string | null;
};

export type NewRun = {
  window: { from: Day; to: Day };
  referenceDay: Day;
  latestSale: Day | null;
  lastPeriodLeftOut: boolean;
  params: AnalysisParams;
  paramsKey: string;
  totals: RunTotals;
  model: RunModel;
  sources: RunSummary['sources'];
  previousRunId: number | null;
  appVersion: string;
};

function toSummary(row: RunRow, currentId: number | null): RunSummary {
  // A run made before schema 12 has no discount of its own (and no model): the default is shown.
  const params = { discount: DEFAULT_PARAMS.discount, ...(JSON.parse(row.params_json) as Partial<AnalysisParams>) } as AnalysisParams;
  return {
    id: row.id,
    createdAt: row.created_at,
    window: { from: isoOfDay(row.window_from), to: isoOfDay(row.window_to), period: params.period },
    referenceDate: isoOfDay(row.reference_day),
    latestSale: row.latest_sale === null ? null : isoOfDay(row.latest_sale),
    lastPeriodLeftOut: row.last_period_left_out === 1,
    params,
    totals: JSON.parse(row.totals_json) as RunTotals,
    model: row.model_json === null ? MODEL_BEFORE_MODELS : (JSON.parse(row.model_json) as RunModel),
    previousRunId: row.previous_run_id,
    sources: JSON.parse(row.sources_json) as RunSummary['sources'],
    current: row.id === currentId,
    label: row.label,
  };
}

export function insertRun(db: Db, run: NewRun): number {
  const info = db
    .prepare(
      `INSERT INTO analysis_runs (period, window_from, window_to, reference_day, latest_sale, last_period_left_out,
         params_json, params_key, totals_json, sources_json, previous_run_id, app_version, model_json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      run.params.period,
      run.window.from,
      run.window.to,
      run.referenceDay,
      run.latestSale,
      run.lastPeriodLeftOut ? 1 : 0,
      JSON.stringify(run.params),
      run.paramsKey,
      JSON.stringify(run.totals),
      JSON.stringify(run.sources),
      run.previousRunId,
      run.appVersion,
      JSON.stringify(run.model),
    );
  return Number(info.lastInsertRowid);
}

/** The id of the current analysis; null when no run is stored. */
export function currentRunId(db: Db): number | null {
  return (cachedStatement(db, 'SELECT id FROM analysis_runs WHERE current_seq IS NOT NULL ORDER BY current_seq DESC LIMIT 1').pluck().get() as
    | number
    | undefined) ?? null;
}

/** Makes the run the current analysis (the one made current before it stays next in line). */
export function setCurrentRun(db: Db, id: number): void {
  db.prepare('UPDATE analysis_runs SET current_seq = (SELECT COALESCE(MAX(current_seq), 0) + 1 FROM analysis_runs) WHERE id = ?').run(id);
}

export function setRunLabel(db: Db, id: number, label: string | null): void {
  db.prepare('UPDATE analysis_runs SET label = ? WHERE id = ?').run(label, id);
}

export function getRun(db: Db, id: number): RunSummary | null {
  const row = db.prepare('SELECT * FROM analysis_runs WHERE id = ?').get(id) as RunRow | undefined;
  return row ? toSummary(row, currentRunId(db)) : null;
}

/** Newest first. */
export function listRuns(db: Db): RunSummary[] {
  const current = currentRunId(db);
  return (db.prepare('SELECT * FROM analysis_runs ORDER BY id DESC').all() as RunRow[]).map((row) => toSummary(row, current));
}

/**
 * Deletes the run. When it was the current analysis, the run made current before it becomes
 * current again; when none is left that ever was, the most recently made run (so that a
 * workspace with runs always has a current one).
 */
export function deleteRun(db: Db, id: number): boolean {
  return db.transaction(() => {
    const deleted = db.prepare('DELETE FROM analysis_runs WHERE id = ?').run(id).changes > 0;
    if (deleted && currentRunId(db) === null) {
      const newest = db.prepare('SELECT MAX(id) FROM analysis_runs').pluck().get() as number | null;
      if (newest !== null) setCurrentRun(db, newest);
    }
    return deleted;
  }).immediate();
}

/**
 * The run "dropped class" compares with: the latest stored run with the same parameters whose
 * window ends on or before this one's (so re-running last month does not compare with a newer
 * month), the most recently created first.
 */
export function findPreviousRun(db: Db, paramsKey: string, windowTo: Day): number | null {
  const row = db
    .prepare(
      'SELECT id FROM analysis_runs WHERE params_key = ? AND window_to <= ? ORDER BY window_to DESC, id DESC LIMIT 1',
    )
    .get(paramsKey, windowTo) as { id: number } | undefined;
  return row?.id ?? null;
}
