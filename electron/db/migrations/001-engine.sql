-- Clave workspace schema, version 1: the analysis engine's tables.
-- Days are integers (days since 1970-01-01); money is integer cents; quantities are thousandths.

CREATE TABLE customers (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  -- The most recent non-empty imported name (SPEC: "the most recent non-empty name seen for the
  -- code") and the sale day it came from, so a later import of older lines does not replace it.
  name TEXT,
  name_day INTEGER,
  -- Seller, segment and region follow the same rule as the name, each with its own day.
  seller TEXT,
  seller_day INTEGER,
  segment TEXT,
  segment_day INTEGER,
  region TEXT,
  region_day INTEGER,
  -- The import batch that created the customer; NULL for one added by hand (a prospect), which
  -- undoing an import never deletes.
  source_batch_id INTEGER,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE import_batches (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  sheet TEXT,
  mapping_json TEXT NOT NULL,
  locale TEXT NOT NULL,
  rows_read INTEGER NOT NULL,
  imported INTEGER NOT NULL,
  rejected INTEGER NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  undone_at TEXT
);
CREATE INDEX import_batches_hash ON import_batches(content_hash);

CREATE TABLE sale_lines (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  day INTEGER NOT NULL,
  -- The order/invoice id, or '@' || day when the file has none: SPEC's (customer, date) order.
  order_key TEXT NOT NULL,
  product TEXT,
  quantity_milli INTEGER,
  amount_cents INTEGER NOT NULL,
  cost_cents INTEGER,
  margin_cents INTEGER,
  seller TEXT,
  segment TEXT,
  region TEXT,
  customer_name TEXT
);
CREATE INDEX sale_lines_customer_day ON sale_lines(customer_id, day);
CREATE INDEX sale_lines_batch ON sale_lines(batch_id);

CREATE TABLE import_rejects (
  batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  row_number INTEGER NOT NULL,
  column_name TEXT,
  -- 'no-customer' | 'no-date' | 'bad-date' | 'bad-number' | 'total-row' | 'no-amount'
  code TEXT NOT NULL,
  reason TEXT NOT NULL,
  raw_json TEXT NOT NULL,
  PRIMARY KEY (batch_id, row_number)
) WITHOUT ROWID;

-- The column mapping the user confirmed, remembered per set of headers.
CREATE TABLE column_mappings (
  header_key TEXT PRIMARY KEY,
  mapping_json TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE analysis_runs (
  id INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  period TEXT NOT NULL,
  window_from INTEGER NOT NULL,
  window_to INTEGER NOT NULL,
  params_json TEXT NOT NULL,
  -- Canonical text of the parameters without the window: runs with the same key are compared
  -- for the "dropped class" signal and the class-migration table.
  params_key TEXT NOT NULL,
  totals_json TEXT NOT NULL,
  sources_json TEXT NOT NULL,
  previous_run_id INTEGER REFERENCES analysis_runs(id) ON DELETE SET NULL,
  app_version TEXT NOT NULL
);
CREATE INDEX analysis_runs_params ON analysis_runs(params_key, window_to);

CREATE TABLE run_results (
  run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE,
  rank INTEGER NOT NULL,
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  code TEXT NOT NULL,
  name TEXT,
  seller TEXT,
  segment TEXT,
  region TEXT,
  value INTEGER NOT NULL,
  share REAL,
  cumulative_share REAL,
  abc TEXT NOT NULL,
  non_positive INTEGER NOT NULL,
  abc_revenue TEXT,
  abc_margin TEXT,
  xyz TEXT,
  cv REAL,
  xyz_periods INTEGER NOT NULL,
  revenue_cents INTEGER NOT NULL,
  margin_cents INTEGER,
  quantity_milli INTEGER NOT NULL,
  orders INTEGER NOT NULL,
  first_purchase INTEGER,
  last_purchase INTEGER,
  recency_days INTEGER,
  cycle_days REAL,
  expected_next INTEGER,
  status TEXT NOT NULL,
  signals_json TEXT NOT NULL,
  types_json TEXT NOT NULL,
  PRIMARY KEY (run_id, rank)
) WITHOUT ROWID;
CREATE INDEX run_results_customer ON run_results(customer_id, run_id);
