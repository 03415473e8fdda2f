// Analysis runs: run, list, read results and the derived views.
import type { Day } from '../domain/calendar';
import type { Concentration, MatrixCell, MigrationCustomer, MigrationKey, MigrationTable, Sensitivity } from '../analysis/matrix-types';
import type { ParetoView } from '../analysis/pareto-points';
import type { AnalysisParams, PeriodKind } from '../analysis/params';
import type { ResultGridFilter } from '../analysis/result-filter';
import type { AbcClass, CustomerResult, OtherCustomer, RunTotals, Status, XyzClass } from '../analysis/result-types';
import type { RunModel } from '../analysis/run-model';
import type { Page, PageRequest } from './paging';

export type RunSummary = {
  id: number;
  createdAt: string;
  window: { from: string; to: string; period: PeriodKind };
  /** YYYY-MM-DD: the earlier of the window's last day and the latest stored sale date; recency is counted to it. */
  referenceDate: string;
  /** YYYY-MM-DD: the latest stored sale date when the run was made; null without sales (or not recorded, before schema 5). */
  latestSale: string | null;
  /** A period of the window that the reference date does not complete was left out of XYZ ("último período incompleto"). */
  lastPeriodLeftOut: boolean;
  params: AnalysisParams;
  totals: RunTotals;
  /** BG/NBD and Gamma-Gamma fitted at the run (or why not), and the backtest of a run of the past. */
  model: RunModel;
  previousRunId: number | null;
  sources: { batchId: number; fileName: string }[];
  /** The workspace's current analysis: the run the key-account screens use. */
  current: boolean;
  /** The name the user gave the run; null when none. */
  label: string | null;
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

/** A run customer with its rank in ABC order (1-based). */
export type RankedResult = CustomerResult & { rank: number };

/** The distinct values a run's customers have, for the grid's filter selects. */
export type ResultValues = { sellers: string[]; segments: string[] };

/** A customer as a list of one class shows it (the command line's key accounts). */
export type ClassCustomer = Pick<CustomerResult, 'code' | 'name' | 'value' | 'cumulativeShare' | 'abc' | 'xyz' | 'status'>;

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
  /** Deleting the current run makes the previous current one current again. */
  'analysis/delete': (arg: { runId: number }) => Promise<{ runId: number }>;
  'analysis/results': (arg: { runId: number; filter?: ResultFilter }) => Promise<CustomerResult[]>;
  /** The run's customers of one class, by rank, with only what a list of them shows. */
  'analysis/class-customers': (arg: { runId: number; abc: AbcClass }) => Promise<ClassCustomer[]>;
  /**
   * A page of the run's customers: filtered as the customer grid's route says, searched (code,
   * name, seller, segment, region) and sorted by any column key of the customer table
   * (shared/format/customer-columns.ts); default order: ABC (rank). `codes`: only these customers.
   */
  'analysis/results-page': (arg: { runId: number; filter?: ResultGridFilter; codes?: string[] } & PageRequest) => Promise<Page<RankedResult>>;
  'analysis/result-values': (arg: { runId: number }) => Promise<ResultValues>;
  /** The workspace's customers outside the run's window, kept with it (SPEC "ABC" 1), by code. */
  'analysis/others': (arg: { runId: number; filter?: { status?: Status } }) => Promise<OtherCustomer[]>;
  /** Makes the run the current analysis; returns it. */
  'analysis/set-current': (arg: { runId: number }) => Promise<RunSummary>;
  /** Names the run (null or blank: no name); returns it. */
  'analysis/set-label': (arg: { runId: number; label: string | null }) => Promise<RunSummary>;
  'analysis/matrix': (arg: { runId: number }) => Promise<MatrixCell[]>;
  /** `aLimit`: only the first A customers (all when absent); `aCount` says how many there are. */
  'analysis/concentration': (arg: { runId: number; aLimit?: number }) => Promise<Concentration>;
  'analysis/sensitivity': (arg: { runId: number }) => Promise<Sensitivity>;
  /** The Pareto chart's bars (a few hundred, however many customers). */
  'analysis/pareto': (arg: { runId: number }) => Promise<ParetoView>;
  /** How many customers moved from each class of one run to each class of another. */
  'analysis/migration': (arg: { fromRunId: number; toRunId: number }) => Promise<MigrationTable>;
  /** The customers behind one cell of the migration, largest first (newer run's value), a page at a time. */
  'analysis/migration-customers': (
    arg: { fromRunId: number; toRunId: number; from: MigrationKey; to: MigrationKey; offset?: number; limit?: number },
  ) => Promise<Page<MigrationCustomer>>;
};
