// What a screen may save: the records of a dossier, the customer patch, a team member and a
// win-back case, each checked and normalised (input-checks.ts) before it reaches the database.
import {
  ACTIVITY_KINDS,
  ATTITUDES,
  EVENT_KINDS,
  INFLUENCES,
  WINBACK_REASONS,
  type CustomerPatch,
  type RecordInput,
  type RecordKind,
  type TeamMember,
  type UpsellPotential,
  type WinbackCase,
  type WinbackOutcome,
} from './kam-types';
import { apiError } from '../api/errors';
import type { FieldCode } from '../messages/field-names';
import {
  flag,
  oneOf,
  optionalCents,
  optionalDay,
  optionalId,
  optionalText,
  requiredDay,
  requiredObject,
  requiredOneOf,
  requiredText,
} from './input-checks';
import { SCORE_RANGE } from './satisfaction';

export const RECORD_KINDS: RecordKind[] = ['person', 'competitor', 'event', 'objective', 'action', 'activity', 'survey'];

/** A record checked for saving: the fields of its kind, without id. */
export type CheckedRecord<K extends RecordKind> = Omit<RecordInput<K>, 'id'>;

type Checkers = { [K in RecordKind]: (r: Record<string, unknown>) => CheckedRecord<K> };

export const PROPOSAL_OUTCOMES = ['open', 'won', 'lost'] as const;

const checkers: Checkers = {
  person: (r) => ({
    name: requiredText(r.name, 'name'),
    role: optionalText(r.role, 'role', 200),
    email: optionalText(r.email, 'email', 200),
    phone: optionalText(r.phone, 'phone', 100),
    influence: oneOf(r.influence, INFLUENCES, 'influence'),
    attitude: oneOf(r.attitude, ATTITUDES, 'attitude'),
    reportsTo: optionalId(r.reportsTo, 'reportsTo'),
  }),
  competitor: (r) => ({ name: requiredText(r.name, 'competitor'), notes: optionalText(r.notes, 'notes') }),
  event: (r) => {
    const kind = requiredOneOf(r.kind, EVENT_KINDS, 'eventKind');
    const outcome = oneOf(r.outcome, PROPOSAL_OUTCOMES, 'outcome');
    if (kind !== 'proposal' && outcome !== null) throw apiError('kam/outcome-only-proposals');
    return {
      kind,
      day: requiredDay(r.day, 'day'),
      title: requiredText(r.title, 'title'),
      notes: optionalText(r.notes, 'notes'),
      outcome: kind === 'proposal' ? (outcome ?? 'open') : null,
      reason: optionalText(r.reason, 'reason', 500),
      amount: optionalCents(r.amount, 'amount'),
    };
  },
  objective: (r) => ({
    title: requiredText(r.title, 'objective'),
    dueDay: optionalDay(r.dueDay, 'dueDay'),
    doneDay: optionalDay(r.doneDay, 'doneDay'),
  }),
  action: (r) => ({
    objectiveId: optionalId(r.objectiveId, 'objective'),
    title: requiredText(r.title, 'action'),
    ownerId: optionalId(r.ownerId, 'owner'),
    dueDay: optionalDay(r.dueDay, 'dueDay'),
    doneDay: optionalDay(r.doneDay, 'doneDay'),
  }),
  activity: (r) => ({
    kind: requiredOneOf(r.kind, ACTIVITY_KINDS, 'activityKind'),
    day: requiredDay(r.day, 'day'),
    ownerId: optionalId(r.ownerId, 'owner'),
    notes: optionalText(r.notes, 'notes'),
    nextContactDay: optionalDay(r.nextContactDay, 'nextContactDay'),
  }),
  survey: (r) => {
    const kind = requiredOneOf(r.kind, ['nps', 'csat'] as const, 'surveyKind');
    const { min, max } = SCORE_RANGE[kind];
    const score = r.score;
    if (typeof score !== 'number' || !Number.isInteger(score) || score < min || score > max)
      throw apiError('kam/bad-score', { value: typeof score === 'number' ? score : String(score).slice(0, 40), kind, min, max });
    return { kind, day: requiredDay(r.day, 'day'), score: score as number, comment: optionalText(r.comment, 'comment') };
  },
};

export function checkRecord<K extends RecordKind>(kind: K, record: unknown): CheckedRecord<K> {
  if (!RECORD_KINDS.includes(kind)) throw apiError('kam/bad-record-kind', { value: String(kind).slice(0, 80) });
  return checkers[kind](requiredObject(record, 'record'));
}

export const UPSELL_POTENTIALS: UpsellPotential[] = ['low', 'medium', 'high'];
const TEXT_FIELDS = ['name', 'seller', 'segment', 'region', 'businessType', 'relationshipType'] as const satisfies readonly FieldCode[];
const FLAG_FIELDS = ['need', 'pay', 'authority', 'imageMaker', 'expert'] as const satisfies readonly FieldCode[];
const MAX_TAGS = 50;
const isOneOf = <T extends string>(key: string, list: readonly T[]): key is T => (list as readonly string[]).includes(key);

/** The patch with every given key checked; unknown keys are refused. */
export function checkPatch(patch: unknown): CustomerPatch {
  const p = requiredObject(patch, 'patch');
  const out: CustomerPatch = {};
  for (const [key, value] of Object.entries(p)) {
    if (isOneOf(key, TEXT_FIELDS)) out[key] = optionalText(value, key, 200);
    else if (isOneOf(key, FLAG_FIELDS)) out[key] = flag(value, key);
    else if (key === 'kamId') out.kamId = optionalId(value, 'kam');
    else if (key === 'upsellPotential') out.upsellPotential = oneOf(value, UPSELL_POTENTIALS, 'upsellPotential');
    else if (key === 'notes') out.notes = optionalText(value, 'notes', 20_000);
    else if (key === 'tags') {
      if (!Array.isArray(value)) throw apiError('kam/tags-not-list');
      const tags = [...new Set((value as unknown[]).map((t) => optionalText(t, 'tag', 60)).filter((t): t is string => t !== null))];
      if (tags.length > MAX_TAGS) throw apiError('kam/too-many-tags', { max: MAX_TAGS });
      out.tags = tags;
    } else throw apiError('kam/unknown-field', { key: key.slice(0, 80) });
  }
  return out;
}

export const TEAM_ROLES: TeamMember['role'][] = ['kam', 'seller', 'manager'];

export function checkTeamMember(member: unknown): Omit<TeamMember, 'id'> & { id: number | null } {
  const m = requiredObject(member, 'teamMember');
  return {
    id: optionalId(m.id, 'teamMember'),
    name: requiredText(m.name, 'name'),
    role: oneOf(m.role, TEAM_ROLES, 'teamRole') ?? 'kam',
    email: optionalText(m.email, 'email', 200),
  };
}

export const WINBACK_OUTCOMES: WinbackOutcome[] = ['open', 'won back', 'not recovered'];

export function checkWinbackCase(value: unknown): Omit<WinbackCase, 'updatedDay'> {
  const c = requiredObject(value, 'winbackCase');
  return {
    reason: oneOf(c.reason, WINBACK_REASONS, 'reason'),
    reasonText: optionalText(c.reasonText, 'reasonText'),
    offer: optionalText(c.offer, 'offer'),
    outcome: oneOf(c.outcome, WINBACK_OUTCOMES, 'outcome') ?? 'open',
  };
}
