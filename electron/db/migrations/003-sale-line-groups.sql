-- The analysis reads every customer's sales summed per (day, order). A covering index in that
-- order lets SQLite stream those groups straight from the index: no temporary B-tree, no table
-- lookups (1.4 s → 0.5 s over a million lines). It starts with (customer_id, day), so it also
-- serves every query the index it replaces served.
DROP INDEX sale_lines_customer_day;
CREATE INDEX sale_lines_customer_groups
  ON sale_lines(customer_id, day, order_key, amount_cents, quantity_milli, margin_cents);
