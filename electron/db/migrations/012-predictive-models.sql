-- Schema 12: the predictive models (SPEC "Predicted purchases and value", issue #12).

-- The models fitted at the run, as JSON (shared/analysis/run-model.ts `RunModel`): BG/NBD and
-- Gamma-Gamma's parameters, log-likelihoods and customers, or why they were not fitted, and the
-- backtest of a run of the past. NULL for a run made before schema 12: it has no model.
ALTER TABLE analysis_runs ADD COLUMN model_json TEXT;

-- Each listed customer's predicted figures, the run's own and its others; NULL where a figure does
-- not exist (and in runs made before schema 12). P(alive) 0–1; money in cents.
ALTER TABLE run_results ADD COLUMN p_alive REAL;
ALTER TABLE run_results ADD COLUMN expected_purchases_90d REAL;
ALTER TABLE run_results ADD COLUMN predicted_revenue_12m_cents INTEGER;
ALTER TABLE run_results ADD COLUMN clv_12m_cents INTEGER;
-- Purchase days in the 90 days after the reference date, for a run of the past (the backtest).
ALTER TABLE run_results ADD COLUMN actual_purchases_90d INTEGER;
-- The predicted CLV's steps, for its explanation: repeat purchases (x), expected purchases in 12
-- months, expected spend per purchase (cents), the margin rate of the customer's history, and why
-- each empty figure is empty: 4 bits per figure in shared/models PREDICTED_FIGURES order, each the
-- 1-based index of its reason in PREDICTION_REASONS (0: not empty); see run-results-table.ts.
ALTER TABLE run_results ADD COLUMN repeat_purchases INTEGER;
ALTER TABLE run_results ADD COLUMN expected_purchases_12m REAL;
ALTER TABLE run_results ADD COLUMN expected_spend_cents INTEGER;
ALTER TABLE run_results ADD COLUMN margin_rate REAL;
ALTER TABLE run_results ADD COLUMN prediction_reasons INTEGER;
