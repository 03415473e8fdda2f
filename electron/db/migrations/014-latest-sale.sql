-- Schema 14: the day of the latest sale line, kept by the import and the undo that change the
-- lines (a run of 5 million lines no longer scans them all for it at its start: 0.3 s). `stamp` is
-- the workspace's customersStamp (data-stamp.ts) when it was stored: a day stored for another
-- stamp is not used.
CREATE TABLE latest_sale (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  stamp TEXT NOT NULL,
  day INTEGER
);
