// What most screen tests start with: calls to the session's API (the workspace the host has open
// now: a test may restart the host), moving its page to a screen, and the sample analysed (for a
// whole file: onAnalysedSample).
import { join } from 'node:path';
import type { RunSummary } from '../../shared/api/analysis-api';
import type { HandlerName, Handlers } from '../../shared/api/handlers';
import { SAMPLES } from '../import/import-helpers';
import { afterAll, beforeAll } from 'vitest';
import { openApp, type AppSession } from './browser-harness';

export type SessionApi = <N extends HandlerName>(name: N, arg: Parameters<Handlers[N]>[0]) => ReturnType<Handlers[N]>;

/** `api(name, arg)` on the session `session()` gives when called (set in a beforeAll). */
export const apiOf =
  (session: () => AppSession): SessionApi =>
  (name, arg) =>
    session().host.workspace.api.call(name, arg);

/** `show('#/agenda')`: the page goes to that screen. */
export const showOf = (session: () => AppSession) => async (hash: string) => {
  await session().page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
};

/** Imports the canonical sample (vendas-canonico.csv) and runs the default analysis. */
export async function analyseSample(s: AppSession): Promise<RunSummary> {
  await s.host.workspace.api.call('import/run', { fileId: s.host.workspace.ctx.files.add(join(SAMPLES, 'vendas-canonico.csv')) });
  return s.host.workspace.api.call('analysis/run', {});
}

/**
 * For a test file: a Chromium session at 1366×768 on the analysed sample, opened before its tests
 * (the page reloaded once the run is stored; `hash`: then on that screen) and closed after them.
 * `opened` receives the session.
 */
export function onAnalysedSample(opened: (s: AppSession) => void, hash?: string): void {
  let session: AppSession | undefined;
  beforeAll(async () => {
    session = await openApp({ viewport: { width: 1366, height: 768 } });
    opened(session);
    await analyseSample(session);
    await session.page.reload();
    if (hash !== undefined) await showOf(() => session!)(hash);
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });
}
