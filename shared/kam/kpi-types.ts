// Satisfaction, churn, lifetime value and the account health score (seed 001), as shown on
// screens: every figure carries its inputs so that it can be explained.
import type { Day } from '../domain/calendar';
import type { AbcClass, ClvSteps } from '../analysis/result-types';
import type { NoModelReason } from '../analysis/run-model';

export type NpsSummary = {
  answers: number;
  promoters: number; // 9–10
  passives: number; // 7–8
  detractors: number; // 0–6
  /** % promoters − % detractors, −100…100; null without answers. */
  nps: number | null;
};

export type CsatSummary = { answers: number; satisfied: number; /** % of 4–5 answers; null without answers. */ csat: number | null };

export type NpsReport = {
  overall: NpsSummary;
  csat: CsatSummary;
  byClass: { abc: AbcClass | 'none'; nps: NpsSummary }[];
  byCustomer: { code: string; name: string | null; abc: AbcClass | null; nps: NpsSummary; lastScore: number | null; lastDay: Day | null }[];
  overTime: { period: string; nps: NpsSummary; csat: CsatSummary }[];
};

export type ChurnPeriod = {
  period: string;
  /** Customers not lost at the start of the period (they had bought and were within the lost-days limit). */
  atStart: number;
  /** Of those, customers that crossed the lost-days limit during the period. */
  lost: number;
  rate: number | null;
};

export type ChurnReport = {
  lostDays: number;
  overall: ChurnPeriod[];
  byClass: { abc: AbcClass; periods: ChurnPeriod[]; yearlyRate: number | null }[];
  yearlyRate: number | null;
};

/**
 * The customer's lifetime value: the CLV of the next 12 months the current analysis predicted
 * (SPEC "Predicted purchases and value"), with the steps that explain it and why a step is empty.
 */
export type Clv = {
  code: string;
  /** The current analysis; null when there is none. */
  runId: number | null;
  /** Why the current analysis has no model (null when it has one, or there is no analysis). */
  noModel: NoModelReason | null;
  /** Whom the model's fit saw: customers with a purchase date, and those with a repeat purchase. */
  modelCustomers: number;
  modelRepeaters: number;
  /** The current analysis lists the customer (one of its own or of its others). */
  listed: boolean;
  /** The analysis' reference date (YYYY-MM-DD): the margin rate is the history's up to it. */
  referenceDate: string | null;
  monthlyDiscount: number;
  pAlive: number | null;
  /** Expected purchases in the next 12 months, undiscounted. */
  expectedPurchases12m: number | null;
  /** E[M], cents per purchase. */
  expectedSpend: number | null;
  /** Cents, discounted monthly. */
  predictedRevenue12m: number | null;
  marginRate: number | null;
  /** Cents. */
  clv: number | null;
  /** Why each empty figure is empty. */
  reasons: ClvSteps['reasons'];
};

export type HealthFactor =
  | 'overdue'
  | 'declining'
  | 'droppedClass'
  | 'satisfaction'
  | 'lastContact'
  | 'decisionMap'
  | 'openActions'
  | 'alive';

export const HEALTH_FACTORS: HealthFactor[] = ['overdue', 'declining', 'droppedClass', 'satisfaction', 'lastContact', 'decisionMap', 'openActions', 'alive'];

/** The most each factor can take off the score (points of 100); editable per workspace. */
export type HealthWeights = Record<HealthFactor, number>;

export const DEFAULT_HEALTH_WEIGHTS: HealthWeights = {
  overdue: 25,
  declining: 15,
  droppedClass: 10,
  satisfaction: 20,
  lastContact: 10,
  decisionMap: 10,
  openActions: 10,
  alive: 15,
};

export type HealthContribution = {
  factor: HealthFactor;
  /** Points taken off (≥ 0), at most the factor's weight. */
  points: number;
  weight: number;
  /** The figures behind it, e.g. { recencyDays: 40, cycleDays: 14 }. */
  inputs: Record<string, number | string | null>;
};

export type HealthScore = { score: number; contributions: HealthContribution[] };

export type Dashboard = {
  runId: number | null;
  keyAccounts: number;
  keyAccountsShare: number | null; // of the run's total value
  topCustomerShare: number | null;
  hhi: number | null;
  /** The least healthy first; only the first `atRiskLimit` when the request says so. */
  keyAccountsAtRisk: { code: string; name: string | null; status: string; health: number | null; signals: string[] }[];
  /** How many key accounts are at risk, in all. */
  keyAccountsAtRiskCount: number;
  keyAccountsNps: NpsSummary;
  overdueContacts: number;
  overduePurchases: number;
  openWinbacks: number;
};
