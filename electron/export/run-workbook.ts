// The workbook of a stored run, the one a user hands to a colleague (run-workbook-file.ts makes
// its sheets). The rows are written on a thread of its own (workbook-worker.ts) while this one
// reads the dossier fields of the A customers, which take a pass over every sale: a
// 50,000-customer workbook costs the two threads' longer part instead of their sum.
import type { RunSummary } from '../../shared/api/analysis-api';
import { apiError } from '../../shared/api/errors';
import { dossierFields, type DossierFields } from '../../shared/kam/dossier-fields';
import { getRun } from '../db/analysis-runs-table';
import type { Db } from '../db/open-database';
import { listRunResults } from '../db/run-results-table';
import { keyAccountCores } from '../kam/dossier';
import { viewOf } from '../kam/current-run';
import { localToday } from '../kam/today';
import { findWorkerScript } from '../worker-script';
import { exportSettings, type ExportOptions } from './export-options';
import { writeFileAtomically } from './output-file';
import { writeRunWorkbookFile, type RunData } from './run-workbook-file';
import { writeWorkbookInWorker } from './write-workbook-in-worker';

export type { RunData } from './run-workbook-file';

/** The stored run `runId`; `not-found` when there is none. */
export function findRun(db: Db, runId: number): RunSummary {
  if (!Number.isInteger(runId) || runId < 1) throw apiError('analysis/bad-run-id', { value: String(runId) });
  const run = getRun(db, runId);
  if (!run) throw apiError('analysis/run-not-found', { runId });
  return run;
}

export function loadRun(db: Db, runId: number): RunData {
  return { run: findRun(db, runId), customers: listRunResults(db, runId) };
}

/** `clave analyze --out`, `clave export` and 'export/workbook': the run's workbook at `path`. */
export async function writeRunWorkbook(db: Db, runId: number, path: string, options: ExportOptions = {}): Promise<{ bytes: number }> {
  const { settings, meta } = exportSettings(options);
  const loaded = loadRun(db, runId);
  const keyAccounts = (): DossierFields[] => keyAccountCores(db, localToday(), viewOf(loaded.run, loaded.customers)).map(dossierFields);
  const script = findWorkerScript('export-worker.js');
  const bytes = await writeFileAtomically(path, (tmp) =>
    script !== null
      ? writeWorkbookInWorker(script, { path: tmp, options, meta, run: loaded.run, customers: loaded.customers }, keyAccounts)
      : writeRunWorkbookFile({ ...loaded, keyAccounts: keyAccounts() }, tmp, settings, meta),
  );
  return { bytes };
}
