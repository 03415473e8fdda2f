// The customer's lifetime value (seed 001) as the current analysis predicted it: the CLV of the
// next 12 months of SPEC "Predicted purchases and value" (expected purchases × expected spend per
// purchase, month by month, discounted monthly, × the margin rate of the customer's history).
// It replaces "average yearly margin ÷ yearly churn of the class", which had no lifetime for a
// class without churn (every A customer) and 43 years for a class with 2.3 %.
import type { RunSummary } from '../api/analysis-api';
import type { Prediction } from '../analysis/result-types';
import type { Clv } from './kpi-types';

/**
 * The CLV of `code` from the current analysis `run` and the customer's stored prediction there
 * (null when the run does not list it, or there is no run).
 */
export function predictedClv(code: string, run: RunSummary | null, figures: Prediction | null): Clv {
  const steps = figures?.clvSteps;
  return {
    code,
    runId: run?.id ?? null,
    noModel: run === null ? null : run.model.reason,
    modelCustomers: run?.model.customers ?? 0,
    modelRepeaters: run?.model.repeaters ?? 0,
    listed: figures !== null,
    referenceDate: run?.referenceDate ?? null,
    monthlyDiscount: run?.params.discount ?? 0,
    pAlive: figures?.pAlive ?? null,
    expectedPurchases12m: steps?.expectedPurchases12m ?? null,
    expectedSpend: steps?.expectedSpend ?? null,
    predictedRevenue12m: figures?.predictedRevenue12m ?? null,
    marginRate: steps?.marginRate ?? null,
    clv: figures?.clv12m ?? null,
    reasons: steps?.reasons ?? {},
  };
}
