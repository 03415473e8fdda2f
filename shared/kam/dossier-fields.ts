// A dossier as one flat row of plain values: what the workbook export adds for each A customer
// (and any other table of dossiers). Lists are joined with "; ", days are ISO dates, money in
// cents, and every key is stable so that an export can label it in its own language.
import type { Dossier } from '../api/customers-api';
import { isoOfDay, type Day } from '../domain/calendar';

export const DOSSIER_FIELD_KEYS = [
  'code', 'name', 'kam', 'seller', 'segment', 'region', 'businessType', 'relationshipType', 'upsellPotential',
  'need', 'pay', 'authority', 'threePCheckedOn', 'imageMaker', 'expert', 'tags', 'notes', 'contacts',
  'decisionMakers', 'sponsors', 'competitors', 'openObjectives', 'openActions', 'lastActivity', 'nextContact',
  'lastNps', 'health', 'clv',
] as const;

export type DossierFieldKey = (typeof DOSSIER_FIELD_KEYS)[number];
export type DossierFields = Record<DossierFieldKey, string | number | boolean | null>;

const day = (d: Day | null) => (d === null ? null : isoOfDay(d));
const list = (items: (string | null)[]) => items.filter((x): x is string => x !== null && x !== '').join('; ') || null;

/** Every part of a dossier but its automatic sales history and classes per run, which the fields do not use. */
export function dossierFields(x: Omit<Dossier, 'history' | 'current'>): DossierFields {
  const r = x.record;
  const people = (influence: string) => list(x.people.filter((p) => p.influence === influence).map((p) => p.name));
  const lastActivity = x.activities[0] ?? null; // newest first
  const lastNps = x.surveys.find((s) => s.kind === 'nps') ?? null; // newest first
  return {
    code: r.code,
    name: r.name.value,
    kam: x.kam?.name ?? null,
    seller: r.seller.value,
    segment: r.segment.value,
    region: r.region.value,
    businessType: r.businessType,
    relationshipType: r.relationshipType,
    upsellPotential: r.upsellPotential,
    need: r.threeP.need,
    pay: r.threeP.pay,
    authority: r.threeP.authority,
    threePCheckedOn: day(r.threeP.checkedOn),
    imageMaker: r.imageMaker,
    expert: r.expert,
    tags: list(r.tags),
    notes: r.notes,
    contacts: list(x.people.map((p) => [p.name, p.role, p.email, p.phone].filter(Boolean).join(', '))),
    decisionMakers: people('decision maker'),
    sponsors: people('sponsor'),
    competitors: list(x.competitors.map((c) => c.name)),
    openObjectives: list(x.objectives.filter((o) => o.doneDay === null).map((o) => o.title)),
    openActions: list(x.actions.filter((a) => a.doneDay === null).map((a) => (a.dueDay === null ? a.title : `${a.title} (${isoOfDay(a.dueDay)})`))),
    lastActivity: day(lastActivity?.day ?? null),
    nextContact: day(lastActivity?.nextContactDay ?? null),
    lastNps: lastNps?.score ?? null,
    health: x.health.score,
    clv: x.clv.clv,
  };
}
