// Builds the one handler table for a workspace. Each feature contributes its handlers; the
// registry refuses a name registered twice.
import { createRegistry, type Registry, type RegistryOptions } from '../../shared/api/registry';
import { analysisHandlers } from '../analysis/analysis-handlers';
import { exportHandlers } from '../export/export-handlers';
import { importHandlers } from '../import/import-handlers';
import { customersHandlers } from '../kam/customers-handlers';
import { followupHandlers } from '../kam/followup-handlers';
import { kpiHandlers } from '../kam/kpi-handlers';
import { sampleHandlers } from '../sample/sample-handlers';
import { workspaceHandlers } from '../workspace/workspace-handlers';
import type { Context } from './context';

export function createApi(ctx: Context, options: RegistryOptions = {}): Registry {
  const registry = createRegistry(options);
  registry.registerAll(analysisHandlers(ctx));
  registry.registerAll(exportHandlers(ctx));
  registry.registerAll(importHandlers(ctx));
  registry.registerAll(sampleHandlers(ctx));
  registry.registerAll(customersHandlers(ctx));
  registry.registerAll(followupHandlers(ctx));
  registry.registerAll(kpiHandlers(ctx));
  registry.registerAll(workspaceHandlers(ctx));
  return registry;
}
