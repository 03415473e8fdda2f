// The import feature's API handlers: preview, run (with progress and cancel), batches, rejects, undo.
import { apiError, legacyError } from '../../shared/api/errors';
import { OVERLAP_MODES, type ImportHandlers, type OverlapMode } from '../../shared/api/import-api';
import type { Context } from '../api/context';
import { listBatches, getBatch } from '../db/import-batches-table';
import { pageRejects } from '../db/import-rejects-table';
import { importFile } from './import-file';
import { previewFile } from './preview-import';
import { undoBatch } from './undo-import';

const MAX_PAGE = 1000;

const batchIdOf = (value: unknown): number => {
  if (!Number.isSafeInteger(value) || (value as number) < 1) throw legacyError('bad-option', 'Lote de importação inválido.');
  return value as number;
};

const overlapOf = (value: unknown): OverlapMode => {
  if (value === undefined) return 'skip';
  const mode = OVERLAP_MODES.find((m) => m === value);
  if (!mode) throw apiError('import/overlap-bad-rule', { rule: String(value) });
  return mode;
};

export function importHandlers(ctx: Context) {
  return {
    'import/preview': async (arg) => {
      const file = ctx.files.get(arg.fileId);
      return previewFile(ctx.db, { path: file.path, fileName: file.name, sheet: arg.sheet, mapping: arg.mapping, locale: arg.locale });
    },
    'import/run': async (arg) => {
      const file = ctx.files.get(arg.fileId);
      const job = ctx.jobs.start(arg.jobId);
      try {
        return await importFile(
          ctx,
          {
            path: file.path,
            fileName: file.name,
            sheet: arg.sheet,
            mapping: arg.mapping,
            locale: arg.locale,
            ifDuplicate: arg.ifDuplicate,
            overlap: overlapOf(arg.overlap),
          },
          {
            signal: job.signal,
            onProgress: (p) => ctx.emit({ type: 'import/progress', jobId: job.jobId, ...p }),
          },
        );
      } finally {
        job.done();
      }
    },
    'import/overlap': async (arg) => {
      const file = ctx.files.get(arg.fileId);
      const job = ctx.jobs.start(arg.jobId);
      try {
        const { fileName, overlapPreview } = await importFile(
          ctx,
          // A dry run: the same content imported before is measured too, not refused.
          { path: file.path, fileName: file.name, sheet: arg.sheet, mapping: arg.mapping, locale: arg.locale, ifDuplicate: 'import', overlap: 'preview' },
          { signal: job.signal, onProgress: (p) => ctx.emit({ type: 'import/progress', jobId: job.jobId, ...p }) },
        );
        return { fileName, ...overlapPreview! };
      } finally {
        job.done();
      }
    },
    'import/cancel': async (arg) => ({ cancelled: ctx.jobs.cancel(arg.jobId) }),
    'import/batches': async (_arg) => listBatches(ctx.db),
    'import/rejects': async (arg) => {
      const batchId = batchIdOf(arg.batchId);
      if (!getBatch(ctx.db, batchId)) throw legacyError('not-found', `Lote de importação ${batchId} não encontrado.`);
      const offset = Math.max(0, Math.floor(arg.offset ?? 0));
      const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(arg.limit ?? 100)));
      return pageRejects(ctx.db, batchId, offset, limit);
    },
    'import/undo': async (arg) => undoBatch(ctx.db, batchIdOf(arg.batchId)),
  } satisfies ImportHandlers;
}
