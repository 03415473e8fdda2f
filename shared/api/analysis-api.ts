// Analysis runs: run, list, read results and the derived views.
import type { Day } from '../domain/calendar';
import type { Concentration, MatrixCell, MigrationTable, Sensitivity } from '../analysis/matrix-types';
import type { AnalysisParams, PeriodKind } from '../analysis/params';
import type { AbcClass, CustomerResult, RunTotals, Status, XyzClass } from '../analysis/result-types';

export type RunSummary = {
  id: number;
  createdAt: string;
  window: { from: string; to: string; period: PeriodKind };
  params: AnalysisParams;
  totals: RunTotals;
  previousRunId: number | null;
  sources: { batchId: number; fileName: string }[];
};

export type RunRequest = {
  /** Window bounds as YYYY-MM-DD; snapped outward to whole periods. Default: SPEC's 12 months. */
  from?: string;
  to?: string;
  params?: Partial<AnalysisParams>;
};

export type ResultFilter = {
  abc?: AbcClass;
  xyz?: XyzClass | 'new';
  status?: Status;
  codes?: string[];
};

export type AnalysisDefaults = {
  params: AnalysisParams;
  latestSale: Day | null;
  window: { from: string; to: string } | null;
};

export type AnalysisHandlers = {
  'analysis/defaults': (arg: Record<string, never>) => Promise<AnalysisDefaults>;
  'analysis/run': (arg: RunRequest) => Promise<RunSummary>;
  'analysis/runs': (arg: Record<string, never>) => Promise<RunSummary[]>;
  'analysis/get': (arg: { runId: number }) => Promise<RunSummary>;
  'analysis/delete': (arg: { runId: number }) => Promise<{ runId: number }>;
  'analysis/results': (arg: { runId: number; filter?: ResultFilter }) => Promise<CustomerResult[]>;
  'analysis/matrix': (arg: { runId: number }) => Promise<MatrixCell[]>;
  'analysis/concentration': (arg: { runId: number }) => Promise<Concentration>;
  'analysis/sensitivity': (arg: { runId: number }) => Promise<Sensitivity>;
  'analysis/migration': (arg: { fromRunId: number; toRunId: number }) => Promise<MigrationTable>;
};
