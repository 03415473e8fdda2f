// Key-account management records (issue "Key-account management"): the customer record and
// everything of its dossier, follow-up and satisfaction that a user types in.
import type { Day } from '../domain/calendar';
import type { AbcClass, KeyAccountType, Signal, Status, XyzClass } from '../analysis/result-types';

/** A field the import fills and the user may override: the user's edit wins, the imported value stays visible. */
export type Editable<T> = { value: T; imported: T; edited: boolean };

export type TeamMember = { id: number; name: string; role: 'kam' | 'seller' | 'manager'; email: string | null };

export type Influence = 'decision maker' | 'sponsor' | 'user' | 'gatekeeper';
export type Attitude = 'supporter' | 'neutral' | 'opponent';
export const INFLUENCES: Influence[] = ['decision maker', 'sponsor', 'user', 'gatekeeper'];
export const ATTITUDES: Attitude[] = ['supporter', 'neutral', 'opponent'];

/** A person at the customer: a contact, and with an influence, part of the decision-making map. */
export type Person = {
  id: number;
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
  influence: Influence | null;
  attitude: Attitude | null;
  reportsTo: number | null;
};

export type Competitor = { id: number; name: string; notes: string | null };

export type EventKind = 'proposal' | 'delivery' | 'meeting' | 'complaint';
export const EVENT_KINDS: EventKind[] = ['proposal', 'delivery', 'meeting', 'complaint'];
export type RelationshipEvent = {
  id: number;
  kind: EventKind;
  day: Day;
  title: string;
  notes: string | null;
  /** Proposals only. */
  outcome: 'open' | 'won' | 'lost' | null;
  reason: string | null;
  amount: number | null; // cents
};

export type Objective = { id: number; title: string; dueDay: Day | null; doneDay: Day | null };
export type Action = {
  id: number;
  objectiveId: number | null;
  title: string;
  ownerId: number | null;
  dueDay: Day | null;
  doneDay: Day | null;
};

export type ActivityKind = 'call' | 'visit' | 'email' | 'meeting';
export const ACTIVITY_KINDS: ActivityKind[] = ['call', 'visit', 'email', 'meeting'];
export type Activity = {
  id: number;
  kind: ActivityKind;
  day: Day;
  ownerId: number | null;
  notes: string | null;
  nextContactDay: Day | null;
};

export type SurveyKind = 'nps' | 'csat';
export type SurveyAnswer = { id: number; kind: SurveyKind; day: Day; score: number; comment: string | null; source: string | null };

/** The records of a dossier that are saved, deleted and restored the same way. */
export type RecordKinds = {
  person: Person;
  competitor: Competitor;
  event: RelationshipEvent;
  objective: Objective;
  action: Action;
  activity: Activity;
  survey: SurveyAnswer;
};
export type RecordKind = keyof RecordKinds;
/**
 * To create a record, leave `id` out; to update one, give it. Distributive over `K`, so that
 * `RecordInput<RecordKind>` (what a caller going through the registry sees) is the union of each
 * kind's input rather than only the fields all kinds share.
 */
export type RecordInput<K extends RecordKind> = K extends RecordKind ? Omit<RecordKinds[K], 'id' | 'source'> & { id?: number } : never;

export type UpsellPotential = 'low' | 'medium' | 'high';
export type RelationshipType = 'transactional' | 'partnership' | 'strategic';

export type CustomerRecord = {
  id: number;
  code: string;
  name: Editable<string | null>;
  seller: Editable<string | null>;
  segment: Editable<string | null>;
  region: Editable<string | null>;
  businessType: string | null;
  kamId: number | null;
  relationshipType: string | null;
  upsellPotential: UpsellPotential | null;
  threeP: { need: boolean; pay: boolean; authority: boolean; checkedOn: Day | null };
  imageMaker: boolean;
  expert: boolean;
  tags: string[];
  notes: string | null;
  /** Created by hand (a prospect); never removed by undoing an import. */
  createdByHand: boolean;
  hasSales: boolean;
  deleted: boolean;
};

/** What the user changes on a customer; each key saved at once. `null` on name/seller/segment/region goes back to the imported value. */
export type CustomerPatch = Partial<{
  name: string | null;
  seller: string | null;
  segment: string | null;
  region: string | null;
  businessType: string | null;
  kamId: number | null;
  relationshipType: string | null;
  upsellPotential: UpsellPotential | null;
  need: boolean;
  pay: boolean;
  authority: boolean;
  imageMaker: boolean;
  expert: boolean;
  tags: string[];
  notes: string | null;
}>;

/** A row of the portfolio: the record's effective fields and the figures of the current run. */
export type PortfolioRow = {
  code: string;
  name: string | null;
  seller: string | null;
  segment: string | null;
  region: string | null;
  kamId: number | null;
  kamName: string | null;
  status: Status; // at the current run's reference date
  /** Bought in the current run's window (one of its customers). */
  inWindow: boolean;
  abc: AbcClass | null;
  xyz: XyzClass | null;
  revenue: number | null; // cents, in the current run's window
  lastPurchase: Day | null;
  /** Lost and inactive customers: revenue of the 12 months up to the last purchase (cents); null for the others. */
  valueLost: number | null;
  /** Lost and inactive customers: what they used to buy (top products by revenue); empty for the others. */
  usedToBuy: string[];
  signals: Signal[];
  types: KeyAccountType[];
  tags: string[];
  threeP: number; // how many of the three P are ticked
  nextContactDay: Day | null;
  health: number | null;
  /** The current analysis' predicted figures (null where it has none: no model, no purchase…). */
  pAlive: number | null;
  expectedPurchases90d: number | null;
  predictedRevenue12m: number | null; // cents
  clv12m: number | null; // cents
  /** A key account (A or B) with P(alive) under 50 %: "provavelmente perdendo" (shared/kam/likely-losing.ts). */
  likelyLosing: boolean;
};

export type WinbackReason = 'price' | 'service' | 'quality' | 'competitor' | 'closed' | 'moved' | 'other';
export const WINBACK_REASONS: WinbackReason[] = ['price', 'service', 'quality', 'competitor', 'closed', 'moved', 'other'];
export type WinbackOutcome = 'open' | 'won back' | 'not recovered';

export type WinbackCase = {
  reason: WinbackReason | null;
  reasonText: string | null;
  offer: string | null;
  outcome: WinbackOutcome;
  updatedDay: Day;
};
