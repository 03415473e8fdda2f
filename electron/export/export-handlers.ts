// 'export/workbook', 'export/csv' and 'export/rejects': write the file where the user's save
// dialog said (a file id), or as a new temporary file the host offers as a download.
import { apiError } from '../../shared/api/errors';
import type { ExportHandlers, ExportResult } from '../../shared/api/export-api';
import type { FileId } from '../../shared/api/import-api';
import { csvFileName, rejectsFileName, workbookFileName } from '../../shared/format/export-file-names';
import type { Context } from '../api/context';
import { outputTarget } from './output-file';
import { writeRejectsWorkbook } from './rejects-workbook';
import { writeRunCsv } from './run-csv';
import { findRun, writeRunWorkbook } from './run-workbook';

function optionalText(value: unknown, bad: 'export/bad-locale' | 'export/bad-currency'): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw apiError(bad);
  return value;
}

async function exportTo(
  ctx: Context,
  target: FileId | undefined,
  defaultName: string,
  write: (path: string) => Promise<{ bytes: number }>,
): Promise<ExportResult> {
  const out = outputTarget(ctx, target, defaultName);
  try {
    const { bytes } = await write(out.path);
    return { fileId: out.register(), fileName: out.fileName, bytes };
  } catch (e) {
    out.discard();
    throw e;
  }
}

export function exportHandlers(ctx: Context) {
  const options = (locale: unknown, currency?: unknown) => ({
    locale: optionalText(locale, 'export/bad-locale'),
    currency: optionalText(currency, 'export/bad-currency'),
    appVersion: ctx.appVersion,
  });
  return {
    'export/workbook': async ({ runId, target, locale, currency }) => {
      const opts = options(locale, currency);
      return exportTo(ctx, target, workbookFileName(findRun(ctx.db, runId)), (path) =>
        writeRunWorkbook(ctx.db, runId, path, opts),
      );
    },
    'export/csv': async ({ runId, target, locale, currency }) => {
      const opts = options(locale, currency);
      return exportTo(ctx, target, csvFileName(findRun(ctx.db, runId)), (path) => writeRunCsv(ctx.db, runId, path, opts));
    },
    'export/rejects': async ({ batchId, target }) => {
      if (!Number.isInteger(batchId) || batchId < 1) throw apiError('export/bad-batch', { value: String(batchId) });
      return exportTo(ctx, target, rejectsFileName(batchId), (path) => writeRejectsWorkbook(ctx.db, batchId, path, options(undefined)));
    },
  } satisfies ExportHandlers;
}
