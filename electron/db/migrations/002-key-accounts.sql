-- Clave workspace schema, version 2: key-account management (portfolio, dossier, follow-up,
-- KPIs). Every row a user writes by hand can be soft-deleted (deleted_at) so that a deletion
-- can be undone; lists never show deleted rows.

-- The people of the team: sellers and key account managers.
CREATE TABLE team_members (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT 'kam', -- 'kam' | 'seller' | 'manager'
  email TEXT,
  deleted_at TEXT
);

-- What the user edited on a customer. A NULL edit means "use the imported value": a re-import
-- updates customers.name/seller/segment/region but never these columns, so the edit wins and the
-- imported value stays visible next to it.
CREATE TABLE customer_profiles (
  customer_id INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
  name_edit TEXT,
  seller_edit TEXT,
  segment_edit TEXT,
  region_edit TEXT,
  business_type TEXT,
  kam_id INTEGER REFERENCES team_members(id) ON DELETE SET NULL,
  relationship_type TEXT, -- 'transactional' | 'partnership' | 'strategic' | free text
  upsell_potential TEXT, -- 'low' | 'medium' | 'high'
  need_ok INTEGER NOT NULL DEFAULT 0, -- the three P: need for the offer,
  pay_ok INTEGER NOT NULL DEFAULT 0, -- ability to pay,
  authority_ok INTEGER NOT NULL DEFAULT 0, -- authority to decide
  three_p_checked_on INTEGER, -- day the checklist was last checked
  image_maker INTEGER NOT NULL DEFAULT 0,
  expert INTEGER NOT NULL DEFAULT 0,
  notes TEXT,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at TEXT -- a customer removed by the user (prospects); undoable
);

CREATE TABLE customer_tags (
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  tag TEXT NOT NULL,
  PRIMARY KEY (customer_id, tag)
) WITHOUT ROWID;

-- People at the customer: contacts and, with an influence, the decision-making map (seed 002).
CREATE TABLE customer_people (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  role TEXT,
  email TEXT,
  phone TEXT,
  influence TEXT, -- 'decision maker' | 'sponsor' | 'user' | 'gatekeeper' | NULL (a plain contact)
  attitude TEXT, -- 'supporter' | 'neutral' | 'opponent' | NULL
  reports_to INTEGER REFERENCES customer_people(id) ON DELETE SET NULL,
  deleted_at TEXT
);
CREATE INDEX customer_people_customer ON customer_people(customer_id);

CREATE TABLE competitors (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  notes TEXT,
  deleted_at TEXT
);
CREATE INDEX competitors_customer ON competitors(customer_id);

-- Relationship history entered by hand: proposals (with outcome and reason), deliveries,
-- meetings, complaints.
CREATE TABLE relationship_events (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  kind TEXT NOT NULL, -- 'proposal' | 'delivery' | 'meeting' | 'complaint'
  day INTEGER NOT NULL,
  title TEXT NOT NULL,
  notes TEXT,
  outcome TEXT, -- proposals: 'open' | 'won' | 'lost'
  reason TEXT,
  amount_cents INTEGER,
  deleted_at TEXT
);
CREATE INDEX relationship_events_customer ON relationship_events(customer_id, day);

-- The action plan: objectives, and actions with owner and due date (an action may belong to an
-- objective).
CREATE TABLE objectives (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  due_day INTEGER,
  done_day INTEGER,
  deleted_at TEXT
);
CREATE INDEX objectives_customer ON objectives(customer_id);

CREATE TABLE actions (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  objective_id INTEGER REFERENCES objectives(id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  owner_id INTEGER REFERENCES team_members(id) ON DELETE SET NULL,
  due_day INTEGER,
  done_day INTEGER,
  deleted_at TEXT
);
CREATE INDEX actions_customer ON actions(customer_id);
CREATE INDEX actions_due ON actions(due_day) WHERE done_day IS NULL AND deleted_at IS NULL;

-- Follow-up: calls, visits, e-mails, meetings, each with the next contact date.
CREATE TABLE activities (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  kind TEXT NOT NULL, -- 'call' | 'visit' | 'email' | 'meeting'
  day INTEGER NOT NULL,
  owner_id INTEGER REFERENCES team_members(id) ON DELETE SET NULL,
  notes TEXT,
  next_contact_day INTEGER,
  deleted_at TEXT
);
CREATE INDEX activities_customer ON activities(customer_id, day);
CREATE INDEX activities_next ON activities(next_contact_day) WHERE deleted_at IS NULL;

-- Win-back (seed 002, "Pèrdua d'un client clau"): why a customer was lost, what was offered,
-- and how it ended. One open case per customer.
CREATE TABLE winback_cases (
  customer_id INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
  reason TEXT, -- 'price' | 'service' | 'quality' | 'competitor' | 'closed' | 'moved' | 'other'
  reason_text TEXT,
  offer TEXT,
  outcome TEXT NOT NULL DEFAULT 'open', -- 'open' | 'won back' | 'not recovered'
  updated_day INTEGER NOT NULL
);

-- Satisfaction answers: NPS (0–10) and CSAT (1–5), typed in or imported from .xlsx.
CREATE TABLE survey_answers (
  id INTEGER PRIMARY KEY,
  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  kind TEXT NOT NULL, -- 'nps' | 'csat'
  day INTEGER NOT NULL,
  score INTEGER NOT NULL,
  comment TEXT,
  source TEXT, -- file name of an imported sheet, NULL when typed
  deleted_at TEXT
);
CREATE INDEX survey_answers_customer ON survey_answers(customer_id, day);

-- Workspace settings (health-score weights …) as JSON values.
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value_json TEXT NOT NULL
);
