// A run's workbook written on a thread of its own (write-workbook-in-worker.ts starts it): the
// first sheets from the run's rows given at the start, "Clientes-chave" once the other thread
// sends its rows. Bundled to dist/export-worker.js; it only writes the file it is given.
import { parentPort, workerData } from 'node:worker_threads';
import type { RunSummary } from '../../shared/api/analysis-api';
import { isTypedError, toApiError, type ApiError } from '../../shared/api/errors';
import type { CustomerResult } from '../../shared/analysis/result-types';
import type { DossierFields } from '../../shared/kam/dossier-fields';
import { exportSettings, type ExportMeta, type ExportOptions } from './export-options';
import { writeRunWorkbookFile } from './run-workbook-file';

export type WorkbookJob = { path: string; options: ExportOptions; meta: ExportMeta; run: RunSummary; customers: CustomerResult[] };

/** To the worker: the rows of "Clientes-chave", or null when reading them failed (the workbook is abandoned). */
export type ToWorkbookWorker = { type: 'key-accounts'; keyAccounts: DossierFields[] | null };

export type FromWorkbookWorker =
  | { type: 'done' }
  | { type: 'error'; message: string; /** A Node error's code (ENOENT, ENOSPC…). */ code?: string; apiError?: ApiError };

// exceljs's zip writer calls the deprecated `Buffer()`; bundled here, outside node_modules, Node
// would print a warning for it on every export (on the command line's stderr too).
process.noDeprecation = true;

async function run(job: WorkbookJob): Promise<void> {
  const port = parentPort!;
  const keyAccounts = new Promise<DossierFields[]>((resolve, reject) =>
    port.once('message', (m: ToWorkbookWorker) => (m.keyAccounts ? resolve(m.keyAccounts) : reject(new Error('abandoned')))),
  );
  keyAccounts.catch(() => undefined); // awaited when its sheet comes; an earlier failure must not go unhandled
  const { settings } = exportSettings(job.options);
  await writeRunWorkbookFile({ run: job.run, customers: job.customers, keyAccounts }, job.path, settings, job.meta);
}

if (parentPort) {
  run(workerData as WorkbookJob).then(
    () => parentPort!.postMessage({ type: 'done' } satisfies FromWorkbookWorker),
    (e: unknown) => {
      const code = (e as NodeJS.ErrnoException).code;
      parentPort!.postMessage({
        type: 'error',
        message: (e as Error).message,
        ...(typeof code === 'string' ? { code } : {}),
        ...(isTypedError(e) ? { apiError: toApiError(e) } : {}),
      } satisfies FromWorkbookWorker);
    },
  );
}
