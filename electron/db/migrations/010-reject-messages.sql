-- Schema 10: rejected rows (issue #10).
-- - Keyed by their sheet as well: an import of several sheets (`allSheets`) may reject row 3 of
--   each; keyed by (batch, row) the second one failed the whole import. `sheet_index` is the
--   sheet's place among the batch's sheets (0 for a single sheet or a text file), `sheet` its name
--   when the batch read several (NULL otherwise: the batch names it).
-- - Their column by its position, and their reason as a message code with its parameters, so
--   that the screens and the rejects export word both in the reader's language ("column C", not
--   "coluna C"; the value quoted in the reason). Rows stored before keep NULL: they are shown as
--   they were stored (the column's name, the reason's code).
CREATE TABLE import_rejects_10 (
  batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,
  sheet_index INTEGER NOT NULL DEFAULT 0,
  row_number INTEGER NOT NULL,
  sheet TEXT,
  column_name TEXT,
  column_index INTEGER,
  -- 'no-customer' | 'no-date' | 'bad-date' | 'bad-number' | 'total-row' | 'no-amount'
  code TEXT NOT NULL,
  reason TEXT NOT NULL,
  message_json TEXT,
  raw_json TEXT NOT NULL,
  PRIMARY KEY (batch_id, sheet_index, row_number)
) WITHOUT ROWID;
INSERT INTO import_rejects_10 (batch_id, sheet_index, row_number, column_name, code, reason, raw_json)
  SELECT batch_id, 0, row_number, column_name, code, reason, raw_json FROM import_rejects;
DROP TABLE import_rejects;
ALTER TABLE import_rejects_10 RENAME TO import_rejects;
