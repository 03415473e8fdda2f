// The import feature's API handlers: preview, run and its dry run (cancellable jobs; the runs
// report progress), batches, rejects, undo.
import { apiError } from '../../shared/api/errors';
import { OVERLAP_MODES, type ImportHandlers, type ImportOptions, type OverlapMode } from '../../shared/api/import-api';
import type { Context } from '../api/context';
import { listBatches, getBatch } from '../db/import-batches-table';
import { pageRejects } from '../db/import-rejects-table';
import { importFile } from './import-file';
import { previewFile } from './preview-import';
import { undoBatch } from './undo-import';

const MAX_PAGE = 1000;

const batchIdOf = (value: unknown): number => {
  if (!Number.isSafeInteger(value) || (value as number) < 1) throw apiError('import/bad-batch');
  return value as number;
};

const overlapOf = (value: unknown): OverlapMode => {
  if (value === undefined) return 'skip';
  const mode = OVERLAP_MODES.find((m) => m === value);
  if (!mode) throw apiError('import/overlap-bad-rule', { rule: String(value).slice(0, 40) });
  return mode;
};

/** The options every import call shares, checked for their shape (a screen's bug is a bad request, not a crash). */
function optionsOf(call: string, arg: ImportOptions) {
  const bad = (field: string) => apiError('bad-request', { call, field });
  if (typeof arg !== 'object' || arg === null) throw bad('arg');
  if (typeof arg.fileId !== 'string') throw bad('fileId');
  if (arg.sheet !== undefined && typeof arg.sheet !== 'string') throw bad('sheet');
  for (const flag of ['allSheets', 'noHeader'] as const) if (arg[flag] !== undefined && typeof arg[flag] !== 'boolean') throw bad(flag);
  return { sheet: arg.sheet, allSheets: arg.allSheets, mapping: arg.mapping, noHeader: arg.noHeader, locale: arg.locale };
}

export function importHandlers(ctx: Context) {
  return {
    'import/preview': async (arg) => {
      const options = optionsOf('import/preview', arg);
      const file = ctx.files.get(arg.fileId);
      const job = ctx.jobs.start(typeof arg.jobId === 'string' ? arg.jobId : undefined);
      try {
        return await previewFile(ctx.db, { path: file.path, fileName: file.name, ...options }, { signal: job.signal });
      } finally {
        job.done();
      }
    },
    'import/run': async (arg) => {
      const options = optionsOf('import/run', arg);
      const file = ctx.files.get(arg.fileId);
      const job = ctx.jobs.start(typeof arg.jobId === 'string' ? arg.jobId : undefined);
      try {
        return await importFile(
          ctx,
          { path: file.path, fileName: file.name, ...options, ifDuplicate: arg.ifDuplicate, overlap: overlapOf(arg.overlap) },
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
      const options = optionsOf('import/overlap', arg);
      const file = ctx.files.get(arg.fileId);
      const job = ctx.jobs.start(typeof arg.jobId === 'string' ? arg.jobId : undefined);
      try {
        const { fileName, overlapPreview } = await importFile(
          ctx,
          // A dry run: the same content imported before is measured too, not refused.
          { path: file.path, fileName: file.name, ...options, ifDuplicate: 'import', overlap: 'preview' },
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
      if (!getBatch(ctx.db, batchId)) throw apiError('import/undo-not-found', { batch: batchId });
      const offset = Math.max(0, Math.floor(Number(arg.offset ?? 0)) || 0);
      const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(Number(arg.limit ?? 100)) || 100));
      return pageRejects(ctx.db, batchId, offset, limit);
    },
    'import/undo': async (arg) => undoBatch(ctx.db, batchIdOf(arg.batchId)),
  } satisfies ImportHandlers;
}
