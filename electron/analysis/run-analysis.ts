// Runs an analysis on the workspace and stores the run with its per-customer results, so that
// it can be reproduced, exported and compared later.
import type { RunRequest, RunSummary } from '../../shared/api/analysis-api';
import { legacyError } from '../../shared/api/errors';
import { analyze } from '../../shared/analysis/analyze';
import { DEFAULT_PARAMS, paramsKey, validateParams, type AnalysisParams } from '../../shared/analysis/params';
import { resolveWindow } from '../../shared/analysis/periods';
import { dayOfIso, type Day } from '../../shared/domain/calendar';
import { findPreviousRun, getRun, insertRun } from '../db/analysis-runs-table';
import type { Db } from '../db/open-database';
import { insertRunResults, runClasses } from '../db/run-results-table';
import { activeBatches } from '../db/import-batches-table';
import { latestSaleDay, loadCustomerSales } from './load-sales';

function parseDay(text: string | undefined, option: string): Day | undefined {
  if (text === undefined || text === '') return undefined;
  const day = dayOfIso(text);
  if (day === null) throw legacyError('bad-option', `Data inválida em ${option}: "${text}" (use AAAA-MM-DD).`);
  return day;
}

export function runAnalysis(db: Db, request: RunRequest, appVersion: string): RunSummary {
  const params: AnalysisParams = validateParams({ ...DEFAULT_PARAMS, ...request.params });
  const from = parseDay(request.from, '--from');
  const to = parseDay(request.to, '--to');
  if (from !== undefined && to !== undefined && from > to)
    throw legacyError('bad-option', `O início da janela (${request.from}) é depois do fim (${request.to}).`);
  const latest = latestSaleDay(db);
  if (latest === null && to === undefined)
    throw legacyError('bad-option', 'Não há vendas importadas: importe uma planilha antes de rodar a análise.');
  const window = resolveWindow(params.period, latest ?? to!, from, to);
  const key = paramsKey(params);
  const previousRunId = findPreviousRun(db, key, window.to);
  const previous = previousRunId === null ? null : { runId: previousRunId, classes: runClasses(db, previousRunId) };

  const { customers, ids } = loadCustomerSales(db, window.from, window.to);
  const result = analyze({ customers, window, params, previous });

  const runId = db.transaction(() => {
    const id = insertRun(db, {
      window,
      params,
      paramsKey: key,
      totals: result.totals,
      sources: activeBatches(db).map((b) => ({ batchId: b.id, fileName: b.fileName })),
      previousRunId,
      appVersion,
    });
    insertRunResults(db, id, result.customers, ids);
    return id;
  }).immediate();
  return getRun(db, runId)!;
}
