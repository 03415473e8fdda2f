// The rows an import rejected, as a workbook the user can fix and import again: one row per
// rejected line with its sheet (when the batch read several), row number, column, reason (both in
// the reader's language) and the raw values as read, plus a sheet with the batch's facts. Raw
// values come from the user's file: always written as text.
import type { BatchSummary, Reject } from '../../shared/api/import-api';
import { apiError } from '../../shared/api/errors';
import type { TableColumn } from '../../shared/format/customer-columns';
import { excelFormats } from '../../shared/format/excel-formats';
import type { FormatSettings } from '../../shared/format/format-settings';
import { rejectColumnText, rejectReasonText } from '../../shared/format/reject-text';
import type { Db } from '../db/open-database';
import { getBatch } from '../db/import-batches-table';
import { pageRejects } from '../db/import-rejects-table';
import { writeKeyValueSheet } from './key-value-sheet';
import { writeFileAtomically } from './output-file';
import { exportSettings, type ExportOptions } from './export-options';
import { streamWorkbook } from './stream-workbook';
import { excelDateTime, writeTableSheet } from './table-sheet';
import { styleBook } from './workbook-styles';

export type BatchRejects = { batch: BatchSummary; rejects: Reject[] };

export function loadBatchRejects(db: Db, batchId: number): BatchRejects {
  if (!Number.isInteger(batchId) || batchId < 1) throw apiError('export/bad-batch', { value: String(batchId) });
  const batch = getBatch(db, batchId);
  if (!batch) throw apiError('export/batch-not-found', { batchId });
  // Rejects are few next to the lines imported (each one is a row the user has to look at), so
  // they are read in one go.
  const { total } = pageRejects(db, batchId, 0, 0);
  const { rows } = pageRejects(db, batchId, 0, total);
  return { batch, rejects: rows };
}

export function rejectColumns(rejects: Reject[], { labels, loc }: FormatSettings): TableColumn<Reject>[] {
  const t = labels.rejects;
  const width = rejects.reduce((max, r) => Math.max(max, r.raw.length), 0);
  // A batch of several sheets numbers each sheet's rows from 1: say which sheet.
  const sheets = rejects.some((r) => r.sheet !== null);
  const columns: TableColumn<Reject>[] = [
    ...(sheets ? [{ key: 'sheet', title: t.sheet, kind: 'text', width: 18, value: (r) => r.sheet } satisfies TableColumn<Reject>] : []),
    { key: 'row', title: t.row, kind: 'integer', width: 8, value: (r) => r.row },
    { key: 'column', title: t.column, kind: 'text', width: 18, value: (r) => rejectColumnText(r, labels) },
    { key: 'reason', title: t.reason, kind: 'text', width: 50, value: (r) => rejectReasonText(r, loc.lang, labels) },
  ];
  for (let k = 0; k < width; k++) {
    columns.push({ key: `raw${k + 1}`, title: t.raw(k + 1), kind: 'text', width: 16, value: (r) => (r.raw[k] == null ? null : String(r.raw[k])) });
  }
  return columns;
}

export async function writeRejectsWorkbookFile(data: BatchRejects, path: string, settings: FormatSettings): Promise<void> {
  const { batch, rejects } = data;
  const { labels } = settings;
  const t = labels.rejects;
  const styles = styleBook(excelFormats(settings.loc));
  const text = styles.of('text');
  const int = styles.of('integer');
  await streamWorkbook(path, async (wb) => {
    await writeTableSheet(wb, labels.sheets.rejects, rejectColumns(rejects, settings), rejects, styles, labels, { autoFilter: true });
    writeKeyValueSheet(
      wb,
      labels.sheets.batch,
      [
        { label: labels.params.batchId, value: batch.id, style: int },
        { label: t.file, value: batch.fileName, style: text },
        { label: t.sheet, value: batch.sheet, style: text },
        { label: t.rowsRead, value: batch.rowsRead, style: int },
        { label: t.imported, value: batch.imported, style: int },
        { label: t.rejected, value: batch.rejected, style: int },
        { label: t.importedAt, value: excelDateTime(batch.createdAt), style: styles.dateTime },
        { label: t.undoneAt, value: batch.undoneAt === null ? null : excelDateTime(batch.undoneAt), style: styles.dateTime },
      ],
      styles,
      [28, 48],
    );
  });
}

/** 'export/rejects' and the CLI: the rejected rows of import batch `batchId` at `path`. */
export async function writeRejectsWorkbook(db: Db, batchId: number, path: string, options: ExportOptions = {}): Promise<{ bytes: number }> {
  const { settings } = exportSettings(options);
  const data = loadBatchRejects(db, batchId);
  const bytes = await writeFileAtomically(path, (tmp) => writeRejectsWorkbookFile(data, tmp, settings));
  return { bytes };
}
