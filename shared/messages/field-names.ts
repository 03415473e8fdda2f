// The names of the fields a screen sends to the key-account handlers (a dossier record, the
// customer patch, a team member, a win-back case), in the four languages: a check that refuses a
// field names it by its code, and whoever words the message names it in the reader's language.
import type { Lang } from './wording';

type Names = Record<Lang, string>;
const n = (pt: string, en: string, es: string, ca: string): Names => ({ pt, en, es, ca });

export const FIELD_NAMES = {
  record: n('Registro', 'Record', 'Registro', 'Registre'),
  name: n('Nome', 'Name', 'Nombre', 'Nom'),
  role: n('Cargo', 'Role', 'Cargo', 'Càrrec'),
  email: n('E-mail', 'Email', 'Correo electrónico', 'Correu electrònic'),
  phone: n('Telefone', 'Phone', 'Teléfono', 'Telèfon'),
  influence: n('Influência', 'Influence', 'Influencia', 'Influència'),
  attitude: n('Atitude', 'Attitude', 'Actitud', 'Actitud'),
  reportsTo: n('Reporta-se a', 'Reports to', 'Depende de', 'Depèn de'),
  competitor: n('Concorrente', 'Competitor', 'Competidor', 'Competidor'),
  notes: n('Observações', 'Notes', 'Observaciones', 'Observacions'),
  eventKind: n('Tipo de registro', 'Record type', 'Tipo de registro', 'Tipus de registre'),
  day: n('Data', 'Date', 'Fecha', 'Data'),
  title: n('Título', 'Title', 'Título', 'Títol'),
  outcome: n('Resultado', 'Outcome', 'Resultado', 'Resultat'),
  reason: n('Motivo', 'Reason', 'Motivo', 'Motiu'),
  amount: n('Valor', 'Amount', 'Importe', 'Import'),
  objective: n('Objetivo', 'Objective', 'Objetivo', 'Objectiu'),
  dueDay: n('Prazo', 'Due date', 'Plazo', 'Termini'),
  doneDay: n('Concluído em', 'Done on', 'Completado el', 'Completat el'),
  action: n('Ação', 'Action', 'Acción', 'Acció'),
  owner: n('Responsável', 'Owner', 'Responsable', 'Responsable'),
  activityKind: n('Tipo de atividade', 'Activity type', 'Tipo de actividad', "Tipus d'activitat"),
  nextContactDay: n('Próximo contato', 'Next contact', 'Próximo contacto', 'Proper contacte'),
  surveyKind: n('Tipo de pesquisa', 'Survey type', 'Tipo de encuesta', "Tipus d'enquesta"),
  comment: n('Comentário', 'Comment', 'Comentario', 'Comentari'),
  patch: n('Alterações', 'Changes', 'Cambios', 'Canvis'),
  seller: n('Vendedor', 'Sales rep', 'Vendedor', 'Venedor'),
  segment: n('Segmento', 'Segment', 'Segmento', 'Segment'),
  region: n('Região', 'Region', 'Región', 'Regió'),
  businessType: n('Tipo de negócio', 'Business type', 'Tipo de negocio', 'Tipus de negoci'),
  relationshipType: n('Tipo de relacionamento', 'Relationship type', 'Tipo de relación', 'Tipus de relació'),
  need: n('Necessidade', 'Need', 'Necesidad', 'Necessitat'),
  pay: n('Capacidade de pagar', 'Ability to pay', 'Capacidad de pago', 'Capacitat de pagar'),
  authority: n('Autoridade para decidir', 'Authority to decide', 'Autoridad para decidir', 'Autoritat per decidir'),
  imageMaker: n('Formador de imagem', 'Image maker', 'Creador de imagen', "Creador d'imatge"),
  expert: n('Especialista', 'Expert', 'Experto', 'Expert'),
  kam: n('KAM', 'KAM', 'KAM', 'KAM'),
  upsellPotential: n('Potencial de upsell', 'Upsell potential', 'Potencial de venta adicional', 'Potencial de venda addicional'),
  tags: n('Etiquetas', 'Tags', 'Etiquetas', 'Etiquetes'),
  tag: n('Etiqueta', 'Tag', 'Etiqueta', 'Etiqueta'),
  teamMember: n('Pessoa da equipe', 'Team member', 'Persona del equipo', "Persona de l'equip"),
  teamRole: n('Papel', 'Role', 'Rol', 'Rol'),
  winbackCase: n('Caso de reconquista', 'Win-back case', 'Caso de recuperación', 'Cas de recuperació'),
  reasonText: n('Motivo (texto)', 'Reason (text)', 'Motivo (texto)', 'Motiu (text)'),
  offer: n('Oferta', 'Offer', 'Oferta', 'Oferta'),
} satisfies Record<string, Names>;

export type FieldCode = keyof typeof FIELD_NAMES;

/** A field's name in a language; a code this version does not know is shown as it is. */
export function fieldName(field: string, lang: Lang): string {
  return Object.prototype.hasOwnProperty.call(FIELD_NAMES, field) ? FIELD_NAMES[field as FieldCode][lang] : field;
}

/** The health score's factors (shared/kam/kpi-types.ts), named as the screens and the messages name them. */
export const HEALTH_FACTOR_NAMES = {
  overdue: n('Compra atrasada', 'Overdue purchase', 'Compra atrasada', 'Compra endarrerida'),
  declining: n('Compras em queda', 'Declining purchases', 'Compras en descenso', 'Compres a la baixa'),
  droppedClass: n('Caiu de classe', 'Dropped class', 'Bajó de clase', 'Ha baixat de classe'),
  satisfaction: n('Satisfação', 'Satisfaction', 'Satisfacción', 'Satisfacció'),
  lastContact: n('Último contato', 'Last contact', 'Último contacto', 'Darrer contacte'),
  decisionMap: n('Mapa de decisão', 'Decision-making map', 'Mapa de decisión', 'Mapa de decisió'),
  openActions: n('Plano de ação', 'Action plan', 'Plan de acción', 'Pla d’acció'),
  alive: n('Chance de ainda comprar', 'Chance of still buying', 'Probabilidad de seguir comprando', 'Probabilitat de continuar comprant'),
} satisfies Record<string, Names>;

/** The factors' names in one language, as a record by factor. */
export function healthFactorNames(lang: Lang): Record<keyof typeof HEALTH_FACTOR_NAMES, string> {
  return Object.fromEntries(Object.entries(HEALTH_FACTOR_NAMES).map(([k, names]) => [k, names[lang]])) as Record<keyof typeof HEALTH_FACTOR_NAMES, string>;
}
