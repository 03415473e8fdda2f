// Every feature's argument checks in one table, as the handlers' types are joined in
// shared/api/handlers.ts: what the tests compare the registered handlers against.
import { analysisArgChecks } from '../../shared/api/analysis-arg-checks';
import type { ArgChecks } from '../../shared/api/arg-checks';
import { customersArgChecks } from '../../shared/api/customers-arg-checks';
import { exportArgChecks } from '../../shared/api/export-arg-checks';
import { followupArgChecks } from '../../shared/api/followup-arg-checks';
import type { Handlers } from '../../shared/api/handlers';
import { importArgChecks } from '../../shared/api/import-arg-checks';
import { kpiArgChecks } from '../../shared/api/kpi-arg-checks';
import { sampleArgChecks } from '../../shared/api/sample-arg-checks';
import { workspaceArgChecks } from '../../shared/api/workspace-arg-checks';

export const ALL_ARG_CHECKS: ArgChecks<Handlers> = {
  ...analysisArgChecks,
  ...customersArgChecks,
  ...exportArgChecks,
  ...followupArgChecks,
  ...importArgChecks,
  ...kpiArgChecks,
  ...sampleArgChecks,
  ...workspaceArgChecks,
};
