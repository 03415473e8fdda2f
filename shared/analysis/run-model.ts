// The predictive models in a run (SPEC "Predicted purchases and value"): BG/NBD and Gamma-Gamma
// fitted over every customer with a purchase date up to the reference date — the run's customers
// and its others, all history — then each customer's figures, made one at a time as the results
// are written, and, for a run of the past, the backtest of the model check.
import {
  BACKTEST_DAYS,
  backtestSummary,
  expectedPurchases90d,
  fitModels,
  predictCustomer,
  predictionCache,
  type Backtest,
  type CustomerSummary,
  type FitResult,
  type FittedModel,
  type NotFitted,
  type PredictionCache,
} from '../models';
import type { Day } from '../domain/calendar';
import type { ModelFacts } from './customer-facts';
import { periodEnd, periodOf } from './periods';
import type { Prediction } from './result-types';

/** Why a run has no model: the fit's reason, or the run was stored before Clave had the models. */
export type NoModelReason = NotFitted | 'before-models';

export type RunModel = {
  /** BG/NBD, with Gamma-Gamma in `spend`; null when not fitted, and `reason` says why. */
  fitted: FittedModel | null;
  reason: NoModelReason | null;
  /**
   * Customers with a purchase date up to the reference date, and those with a repeat purchase:
   * whom the fit saw, fitted or not (0 and 0 before schema 12).
   */
  customers: number;
  repeaters: number;
  /**
   * For a run of the past (the stored sales reach 90 days past the reference date): predicted
   * against actual purchases in those 90 days, by past repeat purchases; else null.
   */
  backtest: Backtest | null;
};

/** A run stored before schema 12 has no model. */
export const MODEL_BEFORE_MODELS: RunModel = { fitted: null, reason: 'before-models', customers: 0, repeaters: 0, backtest: null };

export type RunPredictor = { model: RunModel; predict(facts: ModelFacts): Prediction };

/**
 * What the models are fitted to: the summary of every customer with a purchase date up to the
 * reference date, in the order given (the order the fit sums them in). `madeFit` (runModel): the
 * fit of exactly these, made elsewhere (a large run fits on its writer thread, write-run.ts).
 */
export function modelSummaries(customers: Iterable<ModelFacts>): CustomerSummary[] {
  const summaries: CustomerSummary[] = [];
  for (const c of customers) if (c.summary !== null) summaries.push(c.summary);
  return summaries;
}

/**
 * Fits the models to every customer's summary (`customers` is read twice: the fit, then the
 * backtest's pass when `backtest`) and gives the predictor of each customer's figures.
 */
export function runModel(customers: () => Iterable<ModelFacts>, backtest: boolean, monthlyDiscount: number, madeFit?: FitResult): RunPredictor {
  const summaries = modelSummaries(customers());
  let repeaters = 0;
  for (const s of summaries) if (s.x > 0) repeaters++;
  const fit = madeFit ?? fitModels(summaries);
  const fitted = fit.model;
  // Customers with equal x and T share their expected purchases' series.
  const cache = fitted === null ? null : predictionCache(fitted);
  return {
    model: {
      fitted,
      reason: fit.reason,
      customers: summaries.length,
      repeaters,
      backtest: backtest ? backtestOf(fitted, cache, customers()) : null,
    },
    predict: (f) => {
      const p = predictCustomer(fitted, f.summary, f.history, { monthlyDiscount }, cache);
      return {
        pAlive: p.pAlive,
        expectedPurchases90d: p.expectedPurchases90d,
        predictedRevenue12m: p.predictedRevenue12m,
        clv12m: p.clv12m,
        actualPurchases90d: f.actualPurchases90d,
        clvSteps: {
          repeatPurchases: f.summary?.x ?? null,
          expectedPurchases12m: p.expectedPurchases12m,
          expectedSpend: p.expectedSpend,
          marginRate: p.marginRate,
          reasons: p.reasons,
        },
      };
    },
  };
}

/** The model check's table: each customer's expected purchases in the 90 days against its actual ones. */
function backtestOf(model: FittedModel | null, cache: PredictionCache | null, customers: Iterable<ModelFacts>): Backtest {
  function* pairs() {
    for (const c of customers) {
      if (c.summary === null) continue;
      const expected = model === null ? null : expectedPurchases90d(model, c.summary, cache);
      yield { x: c.summary.x, expected, actual: c.actualPurchases90d };
    }
  }
  return backtestSummary(pairs());
}

/**
 * The latest month end that leaves 90 days of stored sales after it: a run ending there (its
 * reference date that month end) is a run of the past, with a backtest. For the model check's
 * advice to a workspace whose current run has no later data.
 */
export function backtestEndFor(latestSale: Day): Day {
  const last = latestSale - BACKTEST_DAYS;
  const month = periodOf('month', last);
  return periodEnd('month', month) === last ? last : periodEnd('month', month - 1);
}
