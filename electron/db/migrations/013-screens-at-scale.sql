-- Schema 13: reads of the screens at scale (issue #13.1).

-- A run's own customers (other = 0) or its others by code: the class migration between two runs
-- joins them on it (a customer's code is kept by its stored rows even after the customer is
-- removed, its id is not). `other` before `code`: with it after, SQLite preferred the primary key.
CREATE INDEX run_results_code ON run_results(run_id, other, code);
