// The backend process (#13.3) with its read workers, as the desktop's utility process and
// `npm start` run it: a Node child of dist/backend.js (here bundled from the sources) whose
// session answers the slow reads on threads of its own (electron/api/read-calls.ts). The host
// sees the same API: same answers, same errors; a quick call is no longer held up by a slow one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/api/analysis-api';
import type { PortfolioPage } from '../../shared/api/customers-api';
import { sessionTempDir } from '../../electron/api/backend';
import { startBackendClient, type BackendClient } from '../../electron/api/backend-client';
import { nodeBackendChannel } from '../../electron/api/node-backend-channel';
import { bundleChild } from '../child-script';

let dir: string;
let client: BackendClient;

const call = async <T = unknown>(name: string, arg: unknown): Promise<T> => {
  const result = await client.dispatch(name, arg);
  if (!result.ok) throw Object.assign(new Error(result.error.code), result.error);
  return result.value as T;
};

beforeAll(async () => {
  const [script, readWorker] = await Promise.all([
    bundleChild('backend-readers', { entry: 'electron/api/backend-entry.ts' }),
    bundleChild('read-worker-process', { entry: 'electron/api/read-worker.ts' }),
  ]);
  dir = mkdtempSync(join(tmpdir(), 'clave-backend-readers-'));
  client = await startBackendClient({
    spawn: () => nodeBackendChannel(script),
    open: { dbPath: join(dir, 'distribuidora.clave'), userDataDir: dir, tempDir: sessionTempDir(), dialogFiles: true, typedPaths: false, readWorker },
    emit: () => {},
  });
  const { fileId } = await call<{ fileId: string }>('sample/create', { lines: 150_000, customers: 4_000 });
  await call('import/run', { fileId, locale: 'pt-BR' });
  await call<RunSummary>('analysis/run', {});
}, 120_000);
afterAll(async () => {
  await client.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the backend process with its read workers', () => {
  it('answers a quick call while a worker reads every customer\'s purchases', async () => {
    const order: string[] = [];
    // Sent first, both over the same pipe: a backend on one thread answers them in that order.
    const slow = client.dispatch('winback/trend', { months: 12 }).then((r) => (order.push('winback/trend'), r));
    const quick = client.dispatch('workspace/info', {}).then((r) => (order.push('workspace/info'), r));
    expect((await quick).ok).toBe(true);
    expect((await slow).ok).toBe(true);
    expect(order).toEqual(['workspace/info', 'winback/trend']);
  });

  it('a record saved, then the portfolio read by a worker: the record is there', async () => {
    const [first] = (await call<PortfolioPage>('customers/page', { limit: 1 })).rows;
    await call('customers/update', { code: first!.code, patch: { name: 'Atacado Gravado Agora' } });
    const page = await call<PortfolioPage>('customers/page', { search: 'gravado agora' });
    expect(page.rows.map((r) => r.code)).toEqual([first!.code]);
  });

  it('an error from a worker crosses as from the backend: `{ type, code, params }`', async () => {
    expect(await client.dispatch('dossier/get', { code: 'NAO-EXISTE' })).toEqual({
      ok: false,
      error: { type: 'not-found', code: 'kam/customer-not-found', params: { code: 'NAO-EXISTE' } },
    });
    expect(await client.dispatch('customers/page', { limit: 'muitos' })).toMatchObject({ ok: false, error: { type: 'bad-request', code: 'bad-request' } });
  });
});
