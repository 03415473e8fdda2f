-- Schema 4: a narrower sale_lines table, for a faster import.
-- The texts that repeat from line to line (product, seller, segment, region, and the customer's
-- name as the line gave it) are stored once in sale_texts and referred to by id: a million-line
-- import writes half the bytes and binds numbers instead of strings. sale_lines_named shows the
-- lines with their texts, for the queries that read them.
-- An import's lines have consecutive ids (one transaction, one writer), so a batch keeps the
-- range of its lines and an undo deletes by that range: the index on batch_id, rebuilt at every
-- large import, is gone.

CREATE TABLE sale_texts (
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL UNIQUE
);

INSERT INTO sale_texts (text)
  SELECT product FROM sale_lines WHERE product IS NOT NULL
  UNION SELECT seller FROM sale_lines WHERE seller IS NOT NULL
  UNION SELECT segment FROM sale_lines WHERE segment IS NOT NULL
  UNION SELECT region FROM sale_lines WHERE region IS NOT NULL
  UNION SELECT customer_name FROM sale_lines WHERE customer_name IS NOT NULL;

CREATE TABLE sale_lines_4 (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES import_batches(id),
  customer_id INTEGER NOT NULL REFERENCES customers(id),
  day INTEGER NOT NULL,
  -- The order/invoice id, or '@' || day when the file has none: SPEC's (customer, date) order.
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

INSERT INTO sale_lines_4
  SELECT l.id, l.batch_id, l.customer_id, l.day, l.order_key,
         (SELECT t.id FROM sale_texts t WHERE t.text = l.product),
         l.quantity_milli, l.amount_cents, l.cost_cents, l.margin_cents,
         (SELECT t.id FROM sale_texts t WHERE t.text = l.seller),
         (SELECT t.id FROM sale_texts t WHERE t.text = l.segment),
         (SELECT t.id FROM sale_texts t WHERE t.text = l.region),
         (SELECT t.id FROM sale_texts t WHERE t.text = l.customer_name)
    FROM sale_lines l ORDER BY l.id;

DROP TABLE sale_lines;
ALTER TABLE sale_lines_4 RENAME TO sale_lines;
CREATE INDEX sale_lines_customer_groups
  ON sale_lines(customer_id, day, order_key, amount_cents, quantity_milli, margin_cents);

CREATE VIEW sale_lines_named AS
  SELECT l.*, p.text AS product, s.text AS seller, g.text AS segment, r.text AS region, n.text AS customer_name
    FROM sale_lines l
    LEFT JOIN sale_texts p ON p.id = l.product_id
    LEFT JOIN sale_texts s ON s.id = l.seller_id
    LEFT JOIN sale_texts g ON g.id = l.segment_id
    LEFT JOIN sale_texts r ON r.id = l.region_id
    LEFT JOIN sale_texts n ON n.id = l.customer_name_id;

-- The ids of a batch's first and last line; NULL when it has none (or they were undone).
ALTER TABLE import_batches ADD COLUMN first_line_id INTEGER;
ALTER TABLE import_batches ADD COLUMN last_line_id INTEGER;
UPDATE import_batches SET first_line_id = r.lo, last_line_id = r.hi
  FROM (SELECT batch_id, MIN(id) AS lo, MAX(id) AS hi FROM sale_lines GROUP BY batch_id) AS r
 WHERE r.batch_id = import_batches.id;
