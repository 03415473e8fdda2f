// Builds the one handler table for a workspace. Each feature contributes its handlers; the
// registry refuses a name registered twice.
import { createRegistry, type Registry } from '../../shared/api/registry';
import { analysisHandlers } from '../analysis/analysis-handlers';
import { exportHandlers } from '../export/export-handlers';
import { importHandlers } from '../import/import-handlers';
import { sampleHandlers } from '../sample/sample-handlers';
import type { Context } from './context';

export function createApi(ctx: Context): Registry {
  const registry = createRegistry();
  registry.registerAll(analysisHandlers(ctx));
  registry.registerAll(exportHandlers(ctx));
  registry.registerAll(importHandlers(ctx));
  registry.registerAll(sampleHandlers(ctx));
  return registry;
}
