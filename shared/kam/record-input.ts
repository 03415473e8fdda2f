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
import {
  fail,
  flag,
  oneOf,
  optionalCents,
  optionalDay,
  optionalId,
  optionalText,
  requiredDay,
  requiredObject,
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
    name: requiredText(r.name, 'Nome'),
    role: optionalText(r.role, 'Cargo', 200),
    email: optionalText(r.email, 'E-mail', 200),
    phone: optionalText(r.phone, 'Telefone', 100),
    influence: oneOf(r.influence, INFLUENCES, 'Influência'),
    attitude: oneOf(r.attitude, ATTITUDES, 'Atitude'),
    reportsTo: optionalId(r.reportsTo, 'Reporta-se a'),
  }),
  competitor: (r) => ({ name: requiredText(r.name, 'Concorrente'), notes: optionalText(r.notes, 'Observações') }),
  event: (r) => {
    const kind = oneOf(r.kind, EVENT_KINDS, 'Tipo de registro') ?? fail('Tipo de registro é obrigatório.');
    const outcome = oneOf(r.outcome, PROPOSAL_OUTCOMES, 'Resultado');
    if (kind !== 'proposal' && outcome !== null) fail('Resultado (ganha/perdida) só vale para propostas.');
    return {
      kind,
      day: requiredDay(r.day, 'Data'),
      title: requiredText(r.title, 'Título'),
      notes: optionalText(r.notes, 'Observações'),
      outcome: kind === 'proposal' ? (outcome ?? 'open') : null,
      reason: optionalText(r.reason, 'Motivo', 500),
      amount: optionalCents(r.amount, 'Valor'),
    };
  },
  objective: (r) => ({
    title: requiredText(r.title, 'Objetivo'),
    dueDay: optionalDay(r.dueDay, 'Prazo'),
    doneDay: optionalDay(r.doneDay, 'Concluído em'),
  }),
  action: (r) => ({
    objectiveId: optionalId(r.objectiveId, 'Objetivo'),
    title: requiredText(r.title, 'Ação'),
    ownerId: optionalId(r.ownerId, 'Responsável'),
    dueDay: optionalDay(r.dueDay, 'Prazo'),
    doneDay: optionalDay(r.doneDay, 'Concluída em'),
  }),
  activity: (r) => ({
    kind: oneOf(r.kind, ACTIVITY_KINDS, 'Tipo de atividade') ?? fail('Tipo de atividade é obrigatório.'),
    day: requiredDay(r.day, 'Data'),
    ownerId: optionalId(r.ownerId, 'Responsável'),
    notes: optionalText(r.notes, 'Observações'),
    nextContactDay: optionalDay(r.nextContactDay, 'Próximo contato'),
  }),
  survey: (r) => {
    const kind = oneOf(r.kind, ['nps', 'csat'] as const, 'Tipo de pesquisa') ?? fail('Tipo de pesquisa é obrigatório (nps ou csat).');
    const { min, max } = SCORE_RANGE[kind];
    const score = r.score;
    if (typeof score !== 'number' || !Number.isInteger(score) || score < min || score > max)
      fail(`Nota inválida (${String(score)}): ${kind.toUpperCase()} vai de ${min} a ${max}.`);
    return { kind, day: requiredDay(r.day, 'Data'), score: score as number, comment: optionalText(r.comment, 'Comentário') };
  },
};

export function checkRecord<K extends RecordKind>(kind: K, record: unknown): CheckedRecord<K> {
  if (!RECORD_KINDS.includes(kind)) fail(`Tipo de registro desconhecido: "${String(kind)}".`);
  return checkers[kind](requiredObject(record, 'Registro'));
}

export const UPSELL_POTENTIALS: UpsellPotential[] = ['low', 'medium', 'high'];
const TEXT_FIELDS = { name: 'Nome', seller: 'Vendedor', segment: 'Segmento', region: 'Região', businessType: 'Tipo de negócio', relationshipType: 'Tipo de relacionamento' } as const;
const FLAG_FIELDS = { need: 'Necessidade', pay: 'Capacidade de pagar', authority: 'Autoridade para decidir', imageMaker: 'Formador de imagem', expert: 'Especialista' } as const;
const MAX_TAGS = 50;

/** The patch with every given key checked; unknown keys are refused. */
export function checkPatch(patch: unknown): CustomerPatch {
  const p = requiredObject(patch, 'Alterações');
  const out: CustomerPatch = {};
  for (const [key, value] of Object.entries(p)) {
    if (key in TEXT_FIELDS) out[key as keyof typeof TEXT_FIELDS] = optionalText(value, TEXT_FIELDS[key as keyof typeof TEXT_FIELDS], 200);
    else if (key in FLAG_FIELDS) out[key as keyof typeof FLAG_FIELDS] = flag(value, FLAG_FIELDS[key as keyof typeof FLAG_FIELDS]);
    else if (key === 'kamId') out.kamId = optionalId(value, 'KAM');
    else if (key === 'upsellPotential') out.upsellPotential = oneOf(value, UPSELL_POTENTIALS, 'Potencial de upsell');
    else if (key === 'notes') out.notes = optionalText(value, 'Observações', 20_000);
    else if (key === 'tags') {
      if (!Array.isArray(value)) fail('Etiquetas: esperava uma lista de textos.');
      const tags = [...new Set((value as unknown[]).map((t) => optionalText(t, 'Etiqueta', 60)).filter((t): t is string => t !== null))];
      if (tags.length > MAX_TAGS) fail(`Etiquetas demais (máximo ${MAX_TAGS}).`);
      out.tags = tags;
    } else fail(`Campo desconhecido: "${key}".`);
  }
  return out;
}

export const TEAM_ROLES: TeamMember['role'][] = ['kam', 'seller', 'manager'];

export function checkTeamMember(member: unknown): Omit<TeamMember, 'id'> & { id: number | null } {
  const m = requiredObject(member, 'Pessoa da equipe');
  return {
    id: optionalId(m.id, 'Pessoa da equipe'),
    name: requiredText(m.name, 'Nome'),
    role: oneOf(m.role, TEAM_ROLES, 'Papel') ?? 'kam',
    email: optionalText(m.email, 'E-mail', 200),
  };
}

export const WINBACK_OUTCOMES: WinbackOutcome[] = ['open', 'won back', 'not recovered'];

export function checkWinbackCase(value: unknown): Omit<WinbackCase, 'updatedDay'> {
  const c = requiredObject(value, 'Caso de reconquista');
  return {
    reason: oneOf(c.reason, WINBACK_REASONS, 'Motivo'),
    reasonText: optionalText(c.reasonText, 'Motivo (texto)'),
    offer: optionalText(c.offer, 'Oferta'),
    outcome: oneOf(c.outcome, WINBACK_OUTCOMES, 'Resultado') ?? 'open',
  };
}
