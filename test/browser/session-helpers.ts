// What most screen tests start with: calls to the session's API (the workspace the host has open
// now: a test may restart the host), moving its page to a screen, and a session prepared for a
// whole file (onPreparedSession; on the analysed sample: onAnalysedSample).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunSummary } from '../../shared/api/analysis-api';
import type { Day } from '../../shared/domain/calendar';
import { drawnLines, salesCsv } from '../analysis/model-workspace';
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

/** How a test file's session opens: the screen size (1366×768, the usual laptop, unless said) and the time its preparation may take. */
export type PreparedSessionOptions = { open?: Parameters<typeof openApp>[0]; timeoutMs?: number; hash?: string };

/**
 * Imports sales drawn from the models' own process, `customers` customers first buying over the
 * two years before `reference` (some still buy, many stopped), and runs the default analysis.
 */
export async function analyseDrawnSales(s: AppSession, customers: number, reference: Day): Promise<RunSummary> {
  const path = join(s.dir, 'vendas.csv');
  writeFileSync(path, salesCsv(drawnLines(customers, 5, reference - 720, reference - 30, reference)));
  await s.host.workspace.api.call('import/run', { fileId: s.host.workspace.ctx.files.add(path) });
  return s.host.workspace.api.call('analysis/run', {});
}

/**
 * For a test file: a Chromium session opened before its tests and closed after them. `opened`
 * receives the session, then `prepare` fills its workspace through the API, then the page is
 * reloaded (it loaded before the data existed; the session token stays in the tab) and, with
 * `hash`, moved to that screen.
 */
export function onPreparedSession(opened: (s: AppSession) => void, prepare: (s: AppSession) => Promise<unknown>, options: PreparedSessionOptions = {}): void {
  const { open = { viewport: { width: 1366, height: 768 } }, timeoutMs = 60_000, hash } = options;
  let session: AppSession | undefined;
  beforeAll(async () => {
    session = await openApp(open);
    opened(session);
    await prepare(session);
    await session.page.reload();
    if (hash !== undefined) await showOf(() => session!)(hash);
  }, timeoutMs);
  afterAll(async () => {
    await session?.close();
  });
}

/** The same on the analysed sample (analyseSample), at 1366×768; `hash`: then on that screen. */
export function onAnalysedSample(opened: (s: AppSession) => void, hash?: string): void {
  onPreparedSession(opened, analyseSample, { hash });
}
