// What an analysis run produces, per customer and in total (SPEC "Per-customer figures").
import type { Day } from '../domain/calendar';
import type { CustomerPrediction } from '../models';
import type { AnalysisParams, PeriodKind } from './params';
import type { RunModel } from './run-model';

export type AbcClass = 'A' | 'B' | 'C';
export type XyzClass = 'X' | 'Y' | 'Z';
export type Status = 'prospect' | 'active' | 'at risk' | 'inactive' | 'lost';
export type KeyAccountType = 'breadwinner' | 'rising' | 'image maker' | 'expert';

export const ABC_CLASSES: AbcClass[] = ['A', 'B', 'C'];
export const XYZ_CLASSES: XyzClass[] = ['X', 'Y', 'Z'];
export const STATUSES: Status[] = ['prospect', 'active', 'at risk', 'inactive', 'lost'];

/** Each signal carries the figures behind it, so a screen can say why it was raised. */
export type Signal =
  | { kind: 'overdue'; recencyDays: number; cycleDays: number }
  | { kind: 'declining'; recentMean: number; earlierMean: number }
  | { kind: 'dropped class'; from: AbcClass; to: AbcClass; previousRunId: number };

export type SignalKind = Signal['kind'];

export type Window = { from: Day; to: Day; period: PeriodKind };

/**
 * A customer's predicted figures (SPEC "Predicted purchases and value"), each null where it does
 * not exist (no model, no purchase date up to the reference date, no margin…: `clvSteps.reasons`
 * says why); all null in runs stored before schema 12.
 */
export type Prediction = {
  /** Probability that the customer is still buying, 0–1. */
  pAlive: number | null;
  expectedPurchases90d: number | null;
  /** Cents, the next 12 months, discounted monthly. */
  predictedRevenue12m: number | null;
  /** Cents: predicted revenue × the customer's margin rate. */
  clv12m: number | null;
  /** Purchase days in the 90 days after the reference date, for a run of the past (the backtest). */
  actualPurchases90d: number | null;
  /** The steps of the predicted CLV, for its explanation. */
  clvSteps: ClvSteps;
};

export type ClvSteps = {
  /** x: purchase days after the first, up to the reference date. */
  repeatPurchases: number | null;
  /** Expected purchases in the next 12 months, undiscounted. */
  expectedPurchases12m: number | null;
  /** E[M]: expected spend per purchase, cents. */
  expectedSpend: number | null;
  /** Margin / revenue of the customer's history up to the reference date. */
  marginRate: number | null;
  /** Why each empty figure is empty (a code of shared/models `PredictionReason`). */
  reasons: CustomerPrediction['reasons'];
};

export type PredictionField = Exclude<keyof Prediction, 'clvSteps'>;
export const PREDICTION_FIELDS: PredictionField[] = ['pAlive', 'expectedPurchases90d', 'predictedRevenue12m', 'clv12m', 'actualPurchases90d'];

export type CustomerResult = Prediction & {
  code: string;
  name: string | null;
  seller: string | null;
  segment: string | null;
  region: string | null;
  /** Value on the run's basis: cents (revenue, margin), thousandths (quantity) or a count (orders). */
  value: number;
  share: number | null;
  cumulativeShare: number | null;
  abc: AbcClass;
  nonPositive: boolean;
  /** ABC by revenue and by margin side by side, whatever the basis; null where unknown. */
  abcRevenue: AbcClass;
  abcMargin: AbcClass | null;
  /** A by revenue, C by margin. */
  bigButUnprofitable: boolean;
  xyz: XyzClass | null;
  cv: number | null;
  xyzPeriods: number;
  revenue: number; // cents
  margin: number | null; // cents; null when no line of the customer has a known margin
  marginPct: number | null;
  quantity: number; // thousandths
  orders: number;
  averageTicket: number | null; // cents
  firstPurchase: Day | null;
  lastPurchase: Day | null;
  recencyDays: number | null;
  cycleDays: number | null;
  expectedNext: Day | null;
  status: Status;
  signals: Signal[];
  types: KeyAccountType[];
  /** Revenue of the 12 months up to the last purchase (cents): the win-back "value lost"; null in runs stored before schema 5. */
  trailingRevenue: number | null;
};

/**
 * A customer of the workspace outside the run's window (SPEC "ABC" 1): a sale line up to the
 * reference date but none in the window, or no sale line at all (a prospect). Kept with the run
 * with its status at the reference date; its only possible signal is overdue.
 */
export type OtherCustomer = Pick<
  CustomerResult,
  | 'code'
  | 'name'
  | 'seller'
  | 'segment'
  | 'region'
  | 'firstPurchase'
  | 'lastPurchase'
  | 'recencyDays'
  | 'cycleDays'
  | 'expectedNext'
  | 'status'
  | 'signals'
  | 'trailingRevenue'
  | keyof Prediction
>;

export type RunTotals = {
  customers: number;
  /** Sum of the positive values (the ABC total). */
  value: number;
  A: number;
  B: number;
  C: number;
  revenue: number; // cents
  margin: number | null; // cents
};

export type AnalysisResult = {
  window: Window;
  params: AnalysisParams;
  /** The earlier of the window's last day and the latest stored sale date. */
  referenceDay: Day;
  /** The latest stored sale date (all batches, returns included); null without sales. */
  latestSale: Day | null;
  /** A period of the window the reference date does not complete was left out of XYZ. */
  lastPeriodLeftOut: boolean;
  totals: RunTotals;
  customers: CustomerResult[]; // in ABC order
  /** The workspace's other customers, by code. */
  others: OtherCustomer[];
  /** The predictive models fitted at the run, or why not, and the backtest of a run of the past. */
  model: RunModel;
  previousRunId: number | null;
};
