// Builds the one handler table for a workspace. Each feature contributes its handlers and the
// checks of their arguments; the registry refuses a name registered twice.
import { analysisArgChecks } from '../../shared/api/analysis-arg-checks';
import { customersArgChecks } from '../../shared/api/customers-arg-checks';
import { exportArgChecks } from '../../shared/api/export-arg-checks';
import { followupArgChecks } from '../../shared/api/followup-arg-checks';
import { importArgChecks } from '../../shared/api/import-arg-checks';
import { kpiArgChecks } from '../../shared/api/kpi-arg-checks';
import { createRegistry, type Registry, type RegistryOptions } from '../../shared/api/registry';
import { sampleArgChecks } from '../../shared/api/sample-arg-checks';
import { workspaceArgChecks } from '../../shared/api/workspace-arg-checks';
import { analysisHandlers } from '../analysis/analysis-handlers';
import { exportHandlers } from '../export/export-handlers';
import { importHandlers } from '../import/import-handlers';
import { customersHandlers } from '../kam/customers-handlers';
import { followupHandlers } from '../kam/followup-handlers';
import { kpiHandlers } from '../kam/kpi-handlers';
import { sampleHandlers } from '../sample/sample-handlers';
import { workspaceHandlers } from '../workspace/workspace-handlers';
import type { Context } from './context';
import { platformError } from './platform-errors';

export function createApi(ctx: Context, options: RegistryOptions = {}): Registry {
  const registry = createRegistry({ typed: platformError, ...options });
  registry.registerAll(analysisHandlers(ctx), analysisArgChecks);
  registry.registerAll(exportHandlers(ctx), exportArgChecks);
  registry.registerAll(importHandlers(ctx), importArgChecks);
  registry.registerAll(sampleHandlers(ctx), sampleArgChecks);
  registry.registerAll(customersHandlers(ctx), customersArgChecks);
  registry.registerAll(followupHandlers(ctx), followupArgChecks);
  registry.registerAll(kpiHandlers(ctx), kpiArgChecks);
  registry.registerAll(workspaceHandlers(ctx), workspaceArgChecks);
  return registry;
}
