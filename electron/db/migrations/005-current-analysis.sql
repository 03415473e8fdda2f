-- Schema 5: the reference date, the current analysis, labels, and the workspace's other customers
-- kept with each run (SPEC "Analysis run", "ABC" 1, "The current analysis").

-- The earlier of the window's end and the latest stored sale date; runs made before schema 5
-- measured recency to the window's end, so that is their reference date.
ALTER TABLE analysis_runs ADD COLUMN reference_day INTEGER;
UPDATE analysis_runs SET reference_day = window_to;
-- The latest stored sale date when the run was made (NULL: unknown, or no sales).
ALTER TABLE analysis_runs ADD COLUMN latest_sale INTEGER;
-- 1 when a period of the window that the reference date does not complete was left out of XYZ.
ALTER TABLE analysis_runs ADD COLUMN last_period_left_out INTEGER NOT NULL DEFAULT 0;
-- An optional name the user gives the run.
ALTER TABLE analysis_runs ADD COLUMN label TEXT;
-- When the run was last made the current analysis, as a counter: the run with the highest value
-- is current; deleting it makes the one before current again. NULL: never current.
ALTER TABLE analysis_runs ADD COLUMN current_seq INTEGER;
-- Until now the key-account screens judged by the run whose window ends latest: it stays current.
UPDATE analysis_runs SET current_seq = 1
 WHERE id = (SELECT id FROM analysis_runs ORDER BY window_to DESC, id DESC LIMIT 1);
CREATE INDEX analysis_runs_current ON analysis_runs(current_seq) WHERE current_seq IS NOT NULL;

-- run_results now also holds the run's other customers (other = 1), after its own customers in
-- rank order, by code: one table, so that a figure added for every listed customer is one column.
-- An other customer has no window figures (value, class, XYZ, revenue…): those columns are NULL.
-- customer_id is set to NULL when the customer is removed: a stored run keeps its code and name.
CREATE TABLE run_results_5 (
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  rank INTEGER NOT NULL,
  customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,
  other INTEGER NOT NULL DEFAULT 0,
  code TEXT NOT NULL,
  name TEXT,
  seller TEXT,
  segment TEXT,
  region TEXT,
  value INTEGER,
  share REAL,
  cumulative_share REAL,
  abc TEXT,
  non_positive INTEGER,
  abc_revenue TEXT,
  abc_margin TEXT,
  xyz TEXT,
  cv REAL,
  xyz_periods INTEGER,
  revenue_cents INTEGER,
  margin_cents INTEGER,
  quantity_milli INTEGER,
  orders INTEGER,
  first_purchase INTEGER,
  last_purchase INTEGER,
  recency_days INTEGER,
  cycle_days REAL,
  expected_next INTEGER,
  status TEXT NOT NULL,
  signals_json TEXT NOT NULL,
  types_json TEXT NOT NULL,
  -- Revenue of the 12 months up to the last purchase (the win-back "value lost"); NULL before schema 5.
  trailing_revenue_cents INTEGER,
  PRIMARY KEY (run_id, rank)
) WITHOUT ROWID;

INSERT INTO run_results_5 (run_id, rank, customer_id, other, code, name, seller, segment, region, value, share,
    cumulative_share, abc, non_positive, abc_revenue, abc_margin, xyz, cv, xyz_periods, revenue_cents, margin_cents,
    quantity_milli, orders, first_purchase, last_purchase, recency_days, cycle_days, expected_next, status,
    signals_json, types_json)
  SELECT run_id, rank, customer_id, 0, code, name, seller, segment, region, value, share,
    cumulative_share, abc, non_positive, abc_revenue, abc_margin, xyz, cv, xyz_periods, revenue_cents, margin_cents,
    quantity_milli, orders, first_purchase, last_purchase, recency_days, cycle_days, expected_next, status,
    signals_json, types_json
    FROM run_results;

DROP TABLE run_results;
ALTER TABLE run_results_5 RENAME TO run_results;
CREATE INDEX run_results_customer ON run_results(customer_id, run_id);
