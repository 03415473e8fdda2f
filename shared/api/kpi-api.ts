// KPIs (seed 001): satisfaction, churn, lifetime value, health score, the dashboard.
import type { ApiMessage } from './errors';
import type { FileId } from './import-api';
import type { ChurnReport, Clv, Dashboard, HealthScore, HealthWeights, NpsReport } from '../kam/kpi-types';
import type { PeriodKind } from '../analysis/params';

export type SurveyImportResult = {
  fileName: string;
  rowsRead: number;
  imported: number;
  rejected: number;
  /** Each rejected row: its number, its column's header (null for the row as a whole) and why, as a message. */
  rejects: { row: number; column: string | null; reason: ApiMessage }[];
};

export type KpiHandlers = {
  /** An .xlsx with customer, date, score (0–10 NPS, 1–5 CSAT) and comment columns; one transaction. */
  'surveys/import': (arg: { fileId: FileId; kind: 'nps' | 'csat' }) => Promise<SurveyImportResult>;
  'kpi/nps': (arg: Record<string, never>) => Promise<NpsReport>;
  'kpi/churn': (arg: { period?: PeriodKind; periods?: number }) => Promise<ChurnReport>;
  'kpi/clv': (arg: { code: string }) => Promise<Clv>;
  'kpi/health': (arg: { code: string }) => Promise<HealthScore>;
  'kpi/health-weights': (arg: Record<string, never>) => Promise<HealthWeights>;
  'kpi/set-health-weights': (arg: { weights: HealthWeights }) => Promise<HealthWeights>;
  /**
   * `atRiskLimit`: only the first key accounts at risk (the least healthy), all when absent;
   * `keyAccountsAtRiskCount` counts them all either way (at 5M lines the whole list was 1.7 MB).
   */
  'kpi/dashboard': (arg: { atRiskLimit?: number }) => Promise<Dashboard>;
};
