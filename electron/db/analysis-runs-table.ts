// SQL for analysis_runs: one row per stored run (window, parameters, totals, sources).
import type { RunSummary } from '../../shared/api/analysis-api';
import type { AnalysisParams } from '../../shared/analysis/params';
import type { RunTotals } from '../../shared/analysis/result-types';
import { isoOfDay, type Day } from '../../shared/domain/calendar';
import type { Db } from './open-database';

type RunRow = {
  id: number;
  created_at: string;
  period: string;
  window_from: number;
  window_to: number;
  params_json: string;
  totals_json: string;
  sources_json: string;
  previous_run_id: number | null;
};

export type NewRun = {
  window: { from: Day; to: Day };
  params: AnalysisParams;
  paramsKey: string;
  totals: RunTotals;
  sources: RunSummary['sources'];
  previousRunId: number | null;
  appVersion: string;
};

function toSummary(row: RunRow): RunSummary {
  const params = JSON.parse(row.params_json) as AnalysisParams;
  return {
    id: row.id,
    createdAt: row.created_at,
    window: { from: isoOfDay(row.window_from), to: isoOfDay(row.window_to), period: params.period },
    params,
    totals: JSON.parse(row.totals_json) as RunTotals,
    previousRunId: row.previous_run_id,
    sources: JSON.parse(row.sources_json) as RunSummary['sources'],
  };
}

export function insertRun(db: Db, run: NewRun): number {
  const info = db
    .prepare(
      `INSERT INTO analysis_runs (period, window_from, window_to, params_json, params_key, totals_json, sources_json, previous_run_id, app_version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      run.params.period,
      run.window.from,
      run.window.to,
      JSON.stringify(run.params),
      run.paramsKey,
      JSON.stringify(run.totals),
      JSON.stringify(run.sources),
      run.previousRunId,
      run.appVersion,
    );
  return Number(info.lastInsertRowid);
}

export function getRun(db: Db, id: number): RunSummary | null {
  const row = db.prepare('SELECT * FROM analysis_runs WHERE id = ?').get(id) as RunRow | undefined;
  return row ? toSummary(row) : null;
}

/** Newest first. */
export function listRuns(db: Db): RunSummary[] {
  return (db.prepare('SELECT * FROM analysis_runs ORDER BY id DESC').all() as RunRow[]).map(toSummary);
}

export function deleteRun(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM analysis_runs WHERE id = ?').run(id).changes > 0;
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
