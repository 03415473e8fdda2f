// The main thread's end of workbook-worker.ts: starts the worker with the run's rows, reads the
// dossier fields here meanwhile, hands them over, and waits until the file is written and closed.
import { Worker } from 'node:worker_threads';
import { fromApiError } from '../../shared/api/errors';
import type { DossierFields } from '../../shared/kam/dossier-fields';
import type { FromWorkbookWorker, ToWorkbookWorker, WorkbookJob } from './workbook-worker';

function toError(m: Extract<FromWorkbookWorker, { type: 'error' }>): Error {
  if (m.apiError !== undefined) return fromApiError(m.apiError);
  return Object.assign(new Error(m.message), m.code !== undefined ? { code: m.code } : {});
}

export async function writeWorkbookInWorker(script: string, job: WorkbookJob, keyAccounts: () => DossierFields[]): Promise<void> {
  const worker = new Worker(script, { workerData: job });
  const written = new Promise<void>((resolve, reject) => {
    worker.once('message', (m: FromWorkbookWorker) => (m.type === 'done' ? resolve() : reject(toError(m))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`a gravação da planilha parou (código ${code})`)));
  });
  written.catch(() => undefined); // awaited below, after the rows are read
  try {
    let rows: DossierFields[];
    try {
      rows = keyAccounts();
    } catch (e) {
      // The worker closes its file before it stops, so that the caller can remove it.
      worker.postMessage({ type: 'key-accounts', keyAccounts: null } satisfies ToWorkbookWorker);
      await written.catch(() => undefined);
      throw e;
    }
    worker.postMessage({ type: 'key-accounts', keyAccounts: rows } satisfies ToWorkbookWorker);
    await written;
  } finally {
    worker.removeAllListeners();
    await worker.terminate();
  }
}
