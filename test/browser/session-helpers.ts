// What most screen tests start with: calls to the session's API (the workspace the host has open
// now: a test may restart the host), moving its page to a screen, and the sample analysed.
import { join } from 'node:path';
import type { RunSummary } from '../../shared/api/analysis-api';
import type { HandlerName, Handlers } from '../../shared/api/handlers';
import { SAMPLES } from '../import/import-helpers';
import type { AppSession } from './browser-harness';

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
