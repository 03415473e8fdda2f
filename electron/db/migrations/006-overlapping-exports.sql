-- Schema 6: overlapping exports (SPEC "Import"), and an undo that removes the customers it created.

-- What a batch did about the lines already stored: its rule ('skip' | 'replace' | 'keep'; NULL for
-- a batch imported before schema 6, which kept every line), how many of its lines it skipped as
-- already stored, how many stored lines it replaced, and the first and last day of the lines its
-- file gave (before skipping): where it may overlap another batch, without reading its lines.
ALTER TABLE import_batches ADD COLUMN overlap TEXT;
ALTER TABLE import_batches ADD COLUMN skipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN replaced INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN first_day INTEGER;
ALTER TABLE import_batches ADD COLUMN last_day INTEGER;
UPDATE import_batches
   SET first_day = (SELECT min(day) FROM sale_lines WHERE id BETWEEN first_line_id AND last_line_id AND batch_id = import_batches.id),
       last_day = (SELECT max(day) FROM sale_lines WHERE id BETWEEN first_line_id AND last_line_id AND batch_id = import_batches.id)
 WHERE first_line_id IS NOT NULL AND undone_at IS NULL;

-- The stored lines a 'replace' import removed, kept until that import is undone (they go back to
-- sale_lines, with their own ids) or the batch they came from is (they go with it). Same columns
-- as sale_lines, plus the replacing batch.
CREATE TABLE replaced_sale_lines (
  id INTEGER PRIMARY KEY,
  replaced_by INTEGER NOT NULL REFERENCES import_batches(id),
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  -- A customer whose lines wait here is not removed by an undo: the lines may come back.
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  day INTEGER NOT NULL,
  order_key TEXT NOT NULL,
  product_id INTEGER REFERENCES sale_texts(id),
  quantity_milli INTEGER,
  amount_cents INTEGER NOT NULL,
  cost_cents INTEGER,
  margin_cents INTEGER,
  seller_id INTEGER REFERENCES sale_texts(id),
  segment_id INTEGER REFERENCES sale_texts(id),
  region_id INTEGER REFERENCES sale_texts(id),
  customer_name_id INTEGER REFERENCES sale_texts(id)
);
CREATE INDEX replaced_sale_lines_by ON replaced_sale_lines(replaced_by);
CREATE INDEX replaced_sale_lines_batch ON replaced_sale_lines(batch_id);
CREATE INDEX replaced_sale_lines_customer ON replaced_sale_lines(customer_id);

-- The days each sheet of a 'replace' import covered (its first to last line date): when an
-- earlier replace is undone, the lines it brings back that a later replace covers go to that one.
CREATE TABLE replace_ranges (
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  first_day INTEGER NOT NULL,
  last_day INTEGER NOT NULL
);
CREATE INDEX replace_ranges_batch ON replace_ranges(batch_id);

-- A stored run's row is a record of the run (it carries the code and the name): it no longer keeps
-- a customer alive. Undoing an import removes the customers it created that have nothing else
-- (issue #10: "Try with sample data, then undo" left every customer of the sample as a nameless
-- prospect because the sample's run referred to them); the run's rows keep them by code, their
-- customer id set to NULL. The column is dropped and added back (SQLite cannot alter a foreign
-- key), then refilled from the code, which a customer keeps for life; the table's other columns
-- stay as they are.
DROP INDEX run_results_customer;
ALTER TABLE run_results DROP COLUMN customer_id;
ALTER TABLE run_results ADD COLUMN customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL;
UPDATE run_results SET customer_id = (SELECT c.id FROM customers c WHERE c.code = run_results.code);
CREATE INDEX run_results_customer ON run_results(customer_id, run_id);
