// The dossier's decision map (section 3): the customer's people, in the four languages.
import { defineMessages } from '../../i18n/locales';
import type { Attitude, Influence } from '../../../shared/kam/kam-types';

const pt = {
  intro: 'As pessoas do cliente que contam para a decisão: contatos, quem decide, quem patrocina, quem usa e quem filtra.',
  none: 'Nenhuma pessoa ainda.',
  name: 'Nome',
  role: 'Cargo',
  email: 'E-mail',
  phone: 'Telefone',
  influence: 'Influência',
  influences: { 'decision maker': 'Decisor', sponsor: 'Patrocinador', user: 'Usuário', gatekeeper: 'Filtro (gatekeeper)' } satisfies Record<Influence, string>,
  noInfluence: 'Só contato',
  attitude: 'Atitude',
  attitudes: { supporter: 'A favor', neutral: 'Neutra', opponent: 'Contra' } satisfies Record<Attitude, string>,
  reportsTo: 'Reporta-se a',
  nobody: '—',
  add: 'Adicionar pessoa',
  removed: (name: string) => `${name} foi removida do mapa.`,
};

export type PeopleMessages = typeof pt;

const en: PeopleMessages = {
  intro: "The customer's people who count for the decision: contacts, who decides, who sponsors, who uses and who filters.",
  none: 'No person yet.',
  name: 'Name',
  role: 'Role',
  email: 'E-mail',
  phone: 'Phone',
  influence: 'Influence',
  influences: { 'decision maker': 'Decision maker', sponsor: 'Sponsor', user: 'User', gatekeeper: 'Gatekeeper' },
  noInfluence: 'Contact only',
  attitude: 'Attitude',
  attitudes: { supporter: 'Supporter', neutral: 'Neutral', opponent: 'Opponent' },
  reportsTo: 'Reports to',
  nobody: '—',
  add: 'Add person',
  removed: (name) => `${name} was removed from the map.`,
};

const es: PeopleMessages = {
  intro: 'Las personas del cliente que cuentan para la decisión: contactos, quién decide, quién patrocina, quién usa y quién filtra.',
  none: 'Aún no hay personas.',
  name: 'Nombre',
  role: 'Cargo',
  email: 'Correo',
  phone: 'Teléfono',
  influence: 'Influencia',
  influences: { 'decision maker': 'Decisor', sponsor: 'Patrocinador', user: 'Usuario', gatekeeper: 'Filtro (gatekeeper)' },
  noInfluence: 'Solo contacto',
  attitude: 'Actitud',
  attitudes: { supporter: 'A favor', neutral: 'Neutral', opponent: 'En contra' },
  reportsTo: 'Depende de',
  nobody: '—',
  add: 'Añadir persona',
  removed: (name) => `${name} salió del mapa.`,
};

const ca: PeopleMessages = {
  intro: 'Les persones del client que compten per a la decisió: contactes, qui decideix, qui patrocina, qui fa servir i qui filtra.',
  none: 'Encara no hi ha cap persona.',
  name: 'Nom',
  role: 'Càrrec',
  email: 'Correu',
  phone: 'Telèfon',
  influence: 'Influència',
  influences: { 'decision maker': 'Decisor', sponsor: 'Patrocinador', user: 'Usuari', gatekeeper: 'Filtre (gatekeeper)' },
  noInfluence: 'Només contacte',
  attitude: 'Actitud',
  attitudes: { supporter: 'A favor', neutral: 'Neutral', opponent: 'En contra' },
  reportsTo: 'Depèn de',
  nobody: '—',
  add: 'Afegeix una persona',
  removed: (name) => `${name} ha sortit del mapa.`,
};

export const peopleMessages = defineMessages<PeopleMessages>({ 'pt-BR': pt, en, es, ca });
