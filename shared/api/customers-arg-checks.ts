// The key-account handlers' arguments (customers-api.ts): the portfolio, the customer record, its
// dossier's records and the team. `records/save` is checked per record kind: the record's fields
// are those of its kind. Texts are bounded here (common-arg-checks.ts); what a field may hold
// (a required name, a 60-character tag, a known KAM) is the handlers' rule (shared/kam/).
import { ABC_CLASSES, STATUSES } from '../analysis/result-types';
import {
  ACTIVITY_KINDS,
  ATTITUDES,
  EVENT_KINDS,
  INFLUENCES,
  type RecordInput,
  type RecordKind,
} from '../kam/kam-types';
import { RECORD_KINDS, TEAM_ROLES, UPSELL_POTENTIALS, PROPOSAL_OUTCOMES } from '../kam/record-input';
import {
  anything,
  argChecksOf,
  array,
  boolean,
  custom,
  id,
  join,
  nothing,
  nullable,
  object,
  oneOf,
  optional,
} from './arg-checks';
import { LIMITS, line, note, numeric, pageFields } from './common-arg-checks';
import { GROUP_BYS, PORTFOLIO_SORT_KEYS } from '../kam/portfolio-query';
import type { CustomersHandlers } from './customers-api';

const text = nullable(line);
const day = nullable(numeric);
const ref = nullable(id);

/** Each kind's record: its fields, and `id` when it updates one. */
const recordChecks = argChecksOf<{ [K in RecordKind]: (record: RecordInput<K>) => unknown }>()({
  person: object({
    id: optional(id),
    name: line,
    role: text,
    email: text,
    phone: text,
    influence: nullable(oneOf(INFLUENCES)),
    attitude: nullable(oneOf(ATTITUDES)),
    reportsTo: ref,
  }),
  competitor: object({ id: optional(id), name: line, notes: nullable(note) }),
  event: object({
    id: optional(id),
    kind: oneOf(EVENT_KINDS),
    day: numeric,
    title: line,
    notes: nullable(note),
    outcome: nullable(oneOf(PROPOSAL_OUTCOMES)),
    reason: nullable(note),
    amount: nullable(numeric),
  }),
  objective: object({ id: optional(id), title: line, dueDay: day, doneDay: day }),
  action: object({ id: optional(id), objectiveId: ref, title: line, ownerId: ref, dueDay: day, doneDay: day }),
  activity: object({
    id: optional(id),
    kind: oneOf(ACTIVITY_KINDS),
    day: numeric,
    ownerId: ref,
    notes: nullable(note),
    nextContactDay: day,
  }),
  survey: object({ id: optional(id), kind: oneOf(['nps', 'csat'] as const), day: numeric, score: numeric, comment: nullable(note) }),
});

const saveHead = object({ kind: oneOf(RECORD_KINDS), code: line, record: anything });

type SaveArg = Parameters<CustomersHandlers['records/save']>[0];

const recordRef = object({ kind: oneOf(RECORD_KINDS), id });
const code = object({ code: line });

export const customersArgChecks = argChecksOf<CustomersHandlers>()({
  'customers/list': object({
    filter: optional(
      object({
        status: optional(oneOf(STATUSES)),
        kamId: optional(id),
        seller: optional(line),
        segment: optional(line),
        abc: optional(oneOf(ABC_CLASSES)),
        tag: optional(line),
        search: optional(line),
      }),
    ),
  }),
  'customers/page': object({
    status: optional(oneOf(STATUSES)),
    abc: optional(oneOf([...ABC_CLASSES, 'none'] as const)),
    kamId: optional(id),
    seller: optional(line),
    segment: optional(line),
    tag: optional(line),
    losing: optional(boolean),
    group: optional(oneOf(GROUP_BYS)),
    ...pageFields(oneOf(PORTFOLIO_SORT_KEYS)),
  }),
  'customers/get': code,
  'customers/create': object({ code: line, name: line, patch: optional(patchCheck()) }),
  'customers/update': object({ code: line, patch: patchCheck() }),
  'customers/delete': code,
  'customers/restore': code,
  'customers/seller-segment': object({ runId: optional(id) }),
  'customers/tags': nothing,
  'dossier/get': code,
  'dossier/key-accounts': object({ runId: optional(id) }),
  'records/save': custom<SaveArg>((value, path) => {
    const head = saveHead(value, path);
    const record = recordChecks[head.kind](head.record, join(path, 'record'));
    return { kind: head.kind, code: head.code, record };
  }),
  'records/delete': recordRef,
  'records/restore': recordRef,
  'team/list': nothing,
  'team/save': object({ member: object({ id: optional(id), name: line, role: oneOf(TEAM_ROLES), email: text }) }),
  'team/delete': object({ id }),
  'team/restore': object({ id }),
  'team/sellers': nothing,
  'team/add-sellers': object({ names: array(line) }),
});

/** A customer patch: each key optional; `null` on a text goes back to the imported value. */
function patchCheck() {
  return object({
    name: optional(text),
    seller: optional(text),
    segment: optional(text),
    region: optional(text),
    businessType: optional(text),
    kamId: optional(ref),
    relationshipType: optional(text),
    upsellPotential: optional(nullable(oneOf(UPSELL_POTENTIALS))),
    need: optional(boolean),
    pay: optional(boolean),
    authority: optional(boolean),
    imageMaker: optional(boolean),
    expert: optional(boolean),
    tags: optional(array(line, LIMITS.tags)),
    notes: optional(nullable(note)),
  });
}
