// The sheets of a stored run's workbook, from data already loaded: "Clientes" (every figure, in
// ABC order), "Matriz ABC-XYZ", "Pareto", "Clientes-chave" (the dossier fields of the A
// customers) and "Parâmetros", in the reader's language and formats. Written with exceljs's
// streaming writer: rows go to the zip as they are made. No database here: it also runs on a
// thread of its own (workbook-worker.ts).
import type { RunSummary } from '../../shared/api/analysis-api';
import { computeMatrix } from '../../shared/analysis/matrix';
import type { CustomerResult } from '../../shared/analysis/result-types';
import { customerColumns, PARETO_KEYS, pickColumns } from '../../shared/format/customer-columns';
import { dossierColumns, dossierSheetName } from '../../shared/format/dossier-columns';
import { excelFormats } from '../../shared/format/excel-formats';
import type { FormatSettings } from '../../shared/format/format-settings';
import { matrixColumns } from '../../shared/format/matrix-columns';
import type { DossierFields } from '../../shared/kam/dossier-fields';
import type { ExportMeta } from './export-options';
import { writeParamsSheet } from './params-sheet';
import { streamWorkbook } from './stream-workbook';
import { writeTableSheet } from './table-sheet';
import { styleBook } from './workbook-styles';

export type RunData = {
  run: RunSummary;
  customers: CustomerResult[];
  /**
   * The dossier fields of the run's A customers, in ABC order (the workbook's "Clientes-chave");
   * awaited only when their sheet comes, so that they can be read while the first sheets are written.
   */
  keyAccounts?: DossierFields[] | Promise<DossierFields[]>;
};

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
    if (data.keyAccounts) {
      const keyAccounts = await data.keyAccounts;
      await writeTableSheet(wb, dossierSheetName(loc.lang), dossierColumns(loc.lang, labels), keyAccounts, styles, labels, { freezeColumns: 2, autoFilter: true });
    }
    writeParamsSheet(wb, run, settings, styles, meta);
  });
}
