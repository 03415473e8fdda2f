// The customer table of a stored run as CSV: UTF-8 with a byte-order mark, the locale's
// separators (pt-BR, es, ca: `;` and a decimal comma; en: `,` and a dot), text guarded against
// formulas. Same columns, same order as the workbook's "Clientes" sheet.
import { closeSync, openSync, writeSync } from 'node:fs';
import { UTF8_BOM } from '../../shared/format/csv-fields';
import { csvRecords } from '../../shared/format/csv-table';
import { customerColumns } from '../../shared/format/customer-columns';
import type { FormatSettings } from '../../shared/format/format-settings';
import type { Db } from '../db/open-database';
import { writeFileAtomically } from './output-file';
import { exportSettings, type ExportOptions } from './export-options';
import { loadRun, type RunData } from './run-workbook';

/** Records are joined into chunks of about this many characters before each write. */
const CHUNK = 1 << 20;

export async function writeRunCsvFile(data: RunData, path: string, { loc, labels }: FormatSettings): Promise<void> {
  const fd = openSync(path, 'w');
  try {
    let chunk = UTF8_BOM;
    for (const record of csvRecords(customerColumns(data.run.params, labels, loc), data.customers, loc, labels)) {
      chunk += record;
      if (chunk.length >= CHUNK) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
}

export async function writeRunCsv(db: Db, runId: number, path: string, options: ExportOptions = {}): Promise<{ bytes: number }> {
  const { settings } = exportSettings(options);
  const data = loadRun(db, runId);
  const bytes = await writeFileAtomically(path, (tmp) => writeRunCsvFile(data, tmp, settings));
  return { bytes };
}
