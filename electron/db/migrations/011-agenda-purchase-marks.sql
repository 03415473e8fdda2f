-- Schema 11: what was done with an overdue purchase in the agenda (issue #13).
-- An overdue purchase (SPEC's overdue signal: the expected next purchase has passed) is marked
-- 'done' (handled: it leaves the agenda) or 'snoozed' until a day (it leaves the overdue list
-- until then). The mark belongs to the customer's gap since its last purchase: a new purchase
-- makes a new gap and the agenda shows it again when it is overdue; a new analysis of the same
-- sales (a cycle computed on another window, another expected day) does not.
CREATE TABLE agenda_purchase_marks (
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  last_purchase_day INTEGER NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('done', 'snoozed')),
  -- 'snoozed': the day it comes back to the overdue list; NULL when done.
  until_day INTEGER,
  marked_day INTEGER NOT NULL,
  CHECK ((state = 'snoozed') = (until_day IS NOT NULL)),
  PRIMARY KEY (customer_id, last_purchase_day)
) WITHOUT ROWID;
