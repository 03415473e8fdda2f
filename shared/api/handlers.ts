// The whole API: one table joining every feature's handlers. Each handler takes one argument
// object and returns a promise; names are 'feature/action'.
import type { AnalysisHandlers } from './analysis-api';
import type { ExportHandlers } from './export-api';
import type { ImportHandlers } from './import-api';
import type { SampleHandlers } from './sample-api';
import type { CustomersHandlers } from './customers-api';
import type { FollowupHandlers } from './followup-api';
import type { KpiHandlers } from './kpi-api';
import type { WorkspaceHandlers } from './workspace-api';

export type Handlers = ImportHandlers &
  AnalysisHandlers &
  ExportHandlers &
  SampleHandlers &
  CustomersHandlers &
  FollowupHandlers &
  KpiHandlers &
  WorkspaceHandlers;

export type HandlerName = keyof Handlers;
export type HandlerArg<N extends HandlerName> = Parameters<Handlers[N]>[0];
export type HandlerResult<N extends HandlerName> = Awaited<ReturnType<Handlers[N]>>;
