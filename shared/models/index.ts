// Predicted purchases and value: BG/NBD and Gamma-Gamma (SPEC "Predicted purchases and value").
// Pure: no Node, no DOM, no database. How a run uses it:
//
//   1. For every customer with a sale line up to the reference date (all history, not only the
//      window), its orders as { day, total } (cents; an order on several days counts on its
//      first day, as the analysis does) → `purchaseDays(orders)`: the days with an order whose
//      total is > 0, each with that day's purchase total. Orders after the reference date may be
//      included: they are used only by the backtest.
//   2. `summarise(purchaseDays, referenceDate)` → { x, tx, T, m } (weeks; m in major units), or
//      null for a customer with no purchase day up to the reference date (not in the fit).
//   3. `fitModels(summaries)` → { model, reason: null } or { model: null, reason } where reason is
//      'too-few-repeaters' (fewer than 30 customers with x > 0) or why the maximum was not found
//      ('not-finite' | 'parameter-unbounded' | 'not-negative-definite' | 'not-converged').
//      model = { r, alpha, a, b, logLikelihood, customers, repeaters, spend, spendReason }, with
//      spend = { p, q, v, logLikelihood, customers } or null and spendReason the code why.
//   4. `predictCustomer(model | null, summary | null, { revenue, margin }, { monthlyDiscount })`
//      → { pAlive, expectedPurchases90d, expectedPurchases12m, expectedSpend (cents),
//      predictedRevenue12m (cents), marginRate, clv12m (cents), reasons }: each figure a finite
//      number or null, and `reasons[figure]` a code when null (`PredictionReason`). revenue and
//      margin (cents, margin null when unknown) are over the customer's history up to the
//      reference date. Works for the run's customers and for `others` alike.
//   5. `actualPurchases90d(purchaseDays, referenceDate, latestSaleDate)`: the backtest's purchase
//      days in the 90 days after the reference date, or null when the stored sales (latest sale
//      date of the workspace) do not reach that far; `backtestSummary(...)` groups predicted and
//      actual by past repeat purchases (0 … 7+) for the model check.
//
// The codes are not sentences: whoever shows one words it (shared/messages).
export { isPurchase, purchaseDays, purchaseDaysInto, purchaseDaysOf, summarise, type CustomerSummary, type Order, type PurchaseDays } from './customer-summary';
export { fitModels, MIN_REPEATERS, type FitResult, type FittedModel, type NotFitted, type SpendModel } from './fit-models';
export {
  DEFAULT_MONTHLY_DISCOUNT,
  expectedPurchases,
  expectedPurchases90d,
  NEXT_90_DAYS_WEEKS,
  PREDICTED_FIGURES,
  PREDICTION_REASONS,
  predictCustomer,
  predictionCache,
  type PredictedFigure,
  type PredictionCache,
  type CustomerHistory,
  type CustomerPrediction,
  type PredictionReason,
  type PredictOptions,
} from './predict';
export { actualPurchases90d, backtestSummary, BACKTEST_DAYS, type Backtest, type BacktestRow } from './backtest';
