// The dossier's action plan (section 5): objectives and actions, in the four languages.
import { defineMessages } from '../../i18n/locales';

const pt = {
  objectives: 'Objetivos',
  noObjectives: 'Nenhum objetivo ainda.',
  objective: 'Objetivo',
  due: 'Prazo',
  done: 'Concluído',
  doneOn: (day: string) => `concluído em ${day}`,
  addObjective: 'Adicionar objetivo',
  actions: 'Ações',
  noActions: 'Nenhuma ação.',
  action: 'Ação',
  owner: 'Responsável',
  noOwner: '— ninguém —',
  noObjective: '— sem objetivo —',
  withoutObjective: 'Ações sem objetivo',
  addAction: 'Adicionar ação',
  overdue: 'atrasada',
};

export type PlanMessages = typeof pt;

const en: PlanMessages = {
  objectives: 'Objectives',
  noObjectives: 'No objective yet.',
  objective: 'Objective',
  due: 'Due',
  done: 'Done',
  doneOn: (day) => `done on ${day}`,
  addObjective: 'Add objective',
  actions: 'Actions',
  noActions: 'No action.',
  action: 'Action',
  owner: 'Owner',
  noOwner: '— nobody —',
  noObjective: '— no objective —',
  withoutObjective: 'Actions without an objective',
  addAction: 'Add action',
  overdue: 'overdue',
};

const es: PlanMessages = {
  objectives: 'Objetivos',
  noObjectives: 'Aún no hay objetivos.',
  objective: 'Objetivo',
  due: 'Plazo',
  done: 'Hecho',
  doneOn: (day) => `hecho el ${day}`,
  addObjective: 'Añadir objetivo',
  actions: 'Acciones',
  noActions: 'Ninguna acción.',
  action: 'Acción',
  owner: 'Responsable',
  noOwner: '— nadie —',
  noObjective: '— sin objetivo —',
  withoutObjective: 'Acciones sin objetivo',
  addAction: 'Añadir acción',
  overdue: 'atrasada',
};

const ca: PlanMessages = {
  objectives: 'Objectius',
  noObjectives: 'Encara no hi ha objectius.',
  objective: 'Objectiu',
  due: 'Termini',
  done: 'Fet',
  doneOn: (day) => `fet el ${day}`,
  addObjective: 'Afegeix un objectiu',
  actions: 'Accions',
  noActions: 'Cap acció.',
  action: 'Acció',
  owner: 'Responsable',
  noOwner: '— ningú —',
  noObjective: '— sense objectiu —',
  withoutObjective: 'Accions sense objectiu',
  addAction: 'Afegeix una acció',
  overdue: 'endarrerida',
};

export const planMessages = defineMessages<PlanMessages>({ 'pt-BR': pt, en, es, ca });
