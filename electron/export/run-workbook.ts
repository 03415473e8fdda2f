// The workbook of a stored run, the one a user hands to a colleague: "Clientes" (every figure,
// in ABC order), "Matriz ABC-XYZ", "Pareto", "Clientes-chave" (the dossier fields of the A
// customers) and "Parâmetros", in the reader's language and formats. Written with exceljs's streaming writer: rows go to the zip as they are made.
import type { RunSummary } from '../../shared/api/analysis-api';
import { apiError } from '../../shared/api/errors';
import { computeMatrix } from '../../shared/analysis/matrix';
import type { CustomerResult } from '../../shared/analysis/result-types';
import { customerColumns, PARETO_KEYS, pickColumns } from '../../shared/format/customer-columns';
import { dossierColumns, dossierSheetName } from '../../shared/format/dossier-columns';
import { excelFormats } from '../../shared/format/excel-formats';
import type { FormatSettings } from '../../shared/format/format-settings';
import { dossierFields, type DossierFields } from '../../shared/kam/dossier-fields';
import { matrixColumns } from '../../shared/format/matrix-columns';
import { getRun } from '../db/analysis-runs-table';
import type { Db } from '../db/open-database';
import { listRunResults } from '../db/run-results-table';
import { keyAccountCores } from '../kam/dossier';
import { viewOf } from '../kam/newest-run';
import { localToday } from '../kam/today';
import { writeFileAtomically } from './output-file';
import { writeParamsSheet } from './params-sheet';
import { exportSettings, type ExportMeta, type ExportOptions } from './export-options';
import { streamWorkbook } from './stream-workbook';
import { writeTableSheet } from './table-sheet';
import { styleBook } from './workbook-styles';

export type RunData = {
  run: RunSummary;
  customers: CustomerResult[];
  /** The dossier fields of the run's A customers, in ABC order (the workbook's "Clientes-chave"). */
  keyAccounts?: DossierFields[];
};

/** The stored run `runId`; `not-found` when there is none. */
export function findRun(db: Db, runId: number): RunSummary {
  if (!Number.isInteger(runId) || runId < 1) throw apiError('bad-option', `Número de análise inválido: ${String(runId)}.`);
  const run = getRun(db, runId);
  if (!run) throw apiError('not-found', `A análise nº ${runId} não existe (foi apagada?).`);
  return run;
}

export function loadRun(db: Db, runId: number): RunData {
  return { run: findRun(db, runId), customers: listRunResults(db, runId) };
}

/** The sheets of a run, from data already loaded (the CLI and the tests call it too). */
export async function writeRunWorkbookFile(data: RunData, path: string, settings: FormatSettings, meta: ExportMeta) {
  const { run, customers } = data;
  const { loc, labels } = settings;
  const styles = styleBook(excelFormats(loc));
  const columns = customerColumns(run.params, labels, loc);
  await streamWorkbook(path, async (wb) => {
    await writeTableSheet(wb, labels.sheets.customers, columns, customers, styles, labels, { freezeColumns: 3, autoFilter: true });
    const matrix = computeMatrix(customers, run.totals.value);
    await writeTableSheet(wb, labels.sheets.matrix, matrixColumns(run.params.basis, labels, loc), matrix, styles, labels);
    await writeTableSheet(wb, labels.sheets.pareto, pickColumns(columns, PARETO_KEYS), customers, styles, labels, { freezeColumns: 3, autoFilter: true });
    if (data.keyAccounts)
      await writeTableSheet(wb, dossierSheetName(loc.lang), dossierColumns(loc.lang, labels), data.keyAccounts, styles, labels, { freezeColumns: 2, autoFilter: true });
    writeParamsSheet(wb, run, settings, styles, meta);
  });
}

/** `clave analyze --out`, `clave export` and 'export/workbook': the run's workbook at `path`. */
export async function writeRunWorkbook(db: Db, runId: number, path: string, options: ExportOptions = {}): Promise<{ bytes: number }> {
  const { settings, meta } = exportSettings(options);
  const loaded = loadRun(db, runId);
  const data = { ...loaded, keyAccounts: keyAccountCores(db, localToday(), viewOf(loaded.run, loaded.customers)).map(dossierFields) };
  const bytes = await writeFileAtomically(path, (tmp) => writeRunWorkbookFile(data, tmp, settings, meta));
  return { bytes };
}
