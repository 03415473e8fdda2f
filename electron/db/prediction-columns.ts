// run_results' predicted figures (schema 12) as stored: their columns, and the codec between a
// row's values and a Prediction (run-results-table.ts writes and reads them).
import type { ClvSteps, Prediction } from '../../shared/analysis/result-types';
import { PREDICTED_FIGURES, PREDICTION_REASONS } from '../../shared/models';

// The predicted figures (schema 12), the same for a run's customers and its others: written and
// read in this order, after each kind's own columns.
export const PREDICTION_COLUMNS = `p_alive, expected_purchases_90d, predicted_revenue_12m_cents, clv_12m_cents, actual_purchases_90d,
  repeat_purchases, expected_purchases_12m, expected_spend_cents, margin_rate, prediction_reasons`;

export type PredictionRow = [
  pAlive: number | null, expectedPurchases90d: number | null, predictedRevenue12m: number | null, clv12m: number | null,
  actualPurchases90d: number | null, repeatPurchases: number | null, expectedPurchases12m: number | null,
  expectedSpend: number | null, marginRate: number | null, reasons: number | null,
];

/**
 * Why each empty figure is empty, as one number: 4 bits per figure (PREDICTED_FIGURES order), each
 * the 1-based index of its reason (PREDICTION_REASONS); 0 (stored NULL) when none is empty.
 * Both lists only grow at their ends, so stored numbers keep their meaning.
 */
function encodeReasons(reasons: ClvSteps['reasons']): number {
  let code = 0;
  PREDICTED_FIGURES.forEach((figure, i) => {
    const reason = reasons[figure];
    if (reason !== undefined) code += (PREDICTION_REASONS.indexOf(reason) + 1) * 16 ** i;
  });
  return code;
}

function decodeReasons(code: number | null): ClvSteps['reasons'] {
  const reasons: ClvSteps['reasons'] = {};
  if (code === null) return reasons;
  PREDICTED_FIGURES.forEach((figure, i) => {
    const reason = PREDICTION_REASONS[(Math.floor(code / 16 ** i) % 16) - 1];
    if (reason !== undefined) reasons[figure] = reason;
  });
  return reasons;
}

export function predictionValues(p: Prediction): PredictionRow {
  const s = p.clvSteps;
  const reasons = encodeReasons(s.reasons);
  return [p.pAlive, p.expectedPurchases90d, p.predictedRevenue12m, p.clv12m, p.actualPurchases90d, s.repeatPurchases, s.expectedPurchases12m, s.expectedSpend, s.marginRate, reasons === 0 ? null : reasons];
}

export function predictionOf(r: PredictionRow): Prediction {
  const [pAlive, expectedPurchases90d, predictedRevenue12m, clv12m, actualPurchases90d, repeatPurchases, expectedPurchases12m, expectedSpend, marginRate, reasons] = r;
  return {
    pAlive, expectedPurchases90d, predictedRevenue12m, clv12m, actualPurchases90d,
    clvSteps: { repeatPurchases, expectedPurchases12m, expectedSpend, marginRate, reasons: decodeReasons(reasons) },
  };
}

export const PREDICTION_COUNT = 10;
