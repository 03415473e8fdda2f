// A well-formed argument for every handler of the API, as a screen would send it: the starting
// point from which test/api/arg-checks-all.test.ts makes each field, one at a time, of a wrong
// type. Typed by the handler table, so a handler added without a sample does not compile.
import type { HandlerArg, HandlerName } from '../../shared/api/handlers';

const person = { name: 'Ana Lima', role: 'Compras', email: 'ana@example.com', phone: null, influence: 'decision maker', attitude: 'supporter', reportsTo: null } as const;

export const SAMPLE_ARGS: { [N in HandlerName]: HandlerArg<N> } = {
  'analysis/defaults': {},
  'analysis/run': { from: '2025-01-01', to: '2025-12-31', params: { period: 'month', basis: 'revenue', a: 80, b: 95, xyzMeasure: 'revenue', x: 0.5, y: 1, minPeriods: 3, inactiveDays: 180, lostDays: 365 } },
  'analysis/runs': {},
  'analysis/get': { runId: 1 },
  'analysis/delete': { runId: 1 },
  'analysis/results': { runId: 1, filter: { abc: 'A', xyz: 'new', status: 'active', codes: ['C001', 'C002'] } },
  'analysis/class-customers': { runId: 1, abc: 'A' },
  'analysis/others': { runId: 1, filter: { status: 'lost' } },
  'analysis/set-current': { runId: 1 },
  'analysis/set-label': { runId: 1, label: 'Fechamento' },
  'analysis/matrix': { runId: 1 },
  'analysis/results-page': { runId: 1, filter: { abc: 'A', alive: 'unlikely' }, codes: ['C001'], offset: 0, limit: 100, sort: { key: 'name', desc: false }, search: 'alfa' },
  'analysis/result-values': { runId: 1 },
  'analysis/concentration': { runId: 1, aLimit: 100 },
  'analysis/pareto': { runId: 1 },
  'analysis/sensitivity': { runId: 1 },
  'analysis/migration': { fromRunId: 1, toRunId: 2 },
  'analysis/migration-customers': { fromRunId: 1, toRunId: 2, from: 'A', to: '-', offset: 0, limit: 100 },

  'export/workbook': { runId: 1, target: 'file-1', locale: 'pt-BR', currency: 'BRL' },
  'export/csv': { runId: 1, target: 'file-1', locale: 'en', currency: 'EUR' },
  'export/rejects': { batchId: 1, target: 'file-1' },

  'import/preview': { fileId: 'file-1', sheet: 'Vendas', allSheets: false, noHeader: false, mapping: { customer: 0, date: 1, amount: 2 }, locale: 'pt-BR', jobId: 'job-1' },
  'import/run': { fileId: 'file-1', sheet: 'Vendas', mapping: { customer: 0, date: 1, amount: 2 }, locale: 'pt-BR', jobId: 'job-1', ifDuplicate: 'ask', overlap: 'skip' },
  'import/overlap': { fileId: 'file-1', allSheets: true, jobId: 'job-1' },
  'import/cancel': { jobId: 'job-1' },
  'import/batches': {},
  'import/rejects': { batchId: 1, offset: 0, limit: 50 },
  'import/undo': { batchId: 1 },

  'sample/create': { lines: 1000, customers: 50 },
  'sample/workspace': {},

  'customers/list': { filter: { status: 'at risk', kamId: 1, seller: 'Rui', segment: 'Varejo', abc: 'A', tag: 'vip', search: 'alfa' } },
  'customers/page': {
    status: 'lost', abc: 'none', kamId: 1, seller: 'Rui', segment: 'Varejo', tag: 'vip', losing: true, group: 'kam',
    offset: 0, limit: 100, sort: { key: 'clv12m', desc: true }, search: 'alfa',
  },
  'customers/get': { code: 'C001' },
  'customers/create': { code: 'P001', name: 'Prospecto Novo', patch: { seller: 'Rui', tags: ['novo'] } },
  'customers/update': {
    code: 'C001',
    patch: { name: null, seller: 'Rui', segment: null, region: 'Sul', businessType: 'Distribuidor', kamId: 1, relationshipType: null, upsellPotential: 'high', need: true, pay: false, authority: true, imageMaker: false, expert: false, tags: ['vip', 'sul'], notes: 'Cliente desde 2019.' },
  },
  'customers/delete': { code: 'C001' },
  'customers/restore': { code: 'C001' },
  'customers/seller-segment': { runId: 1 },
  'customers/tags': {},
  'dossier/get': { code: 'C001' },
  'dossier/key-accounts': { runId: 1 },
  'records/save': { kind: 'person', code: 'C001', record: { ...person, id: 3 } },
  'records/delete': { kind: 'event', id: 1 },
  'records/restore': { kind: 'activity', id: 1 },
  'team/list': {},
  'team/save': { member: { id: 1, name: 'Kátia Souza', role: 'kam', email: null } },
  'team/delete': { id: 1 },
  'team/restore': { id: 1 },
  'team/sellers': {},
  'team/add-sellers': { names: ['Bruno Lima', 'Carla Dias'] },

  'agenda/list': { today: 20_000, days: 7, ownerId: 1, kind: 'purchase', limit: 50 },
  'agenda/page': { today: 20_000, days: 7, ownerId: 1, kind: 'contact', list: 'overdue', offset: 50, limit: 50 },
  'agenda/losing': { ownerId: 1, offset: 10, limit: 10 },
  'agenda/mark-purchase': { code: 'C001', lastPurchase: 19_900, mark: { state: 'snoozed', until: 20_007 }, today: 20_000 },
  'winback/list': {},
  'winback/page': { offset: 100, limit: 100 },
  'winback/save': { code: 'C001', case: { reason: 'price', reasonText: 'Concorrente mais barato', offer: '5 % de desconto', outcome: 'open' } },
  'winback/trend': { months: 12 },

  'surveys/import': { fileId: 'file-1', kind: 'nps' },
  'kpi/nps': {},
  'kpi/churn': { period: 'quarter', periods: 8 },
  'kpi/clv': { code: 'C001' },
  'kpi/health': { code: 'C001' },
  'kpi/health-weights': {},
  'kpi/set-health-weights': { weights: { overdue: 25, declining: 20, droppedClass: 15, satisfaction: 15, lastContact: 10, decisionMap: 10, openActions: 5, alive: 15 } },
  'kpi/dashboard': {},

  'workspace/backup': { target: 'file-1' },
  'workspace/restore': { fileId: 'file-1' },
  'workspace/info': {},
  'workspace/new': { name: 'Carteira 2026' },
  'workspace/open': { path: '/tmp/carteira.clave' },
  'workspace/recent': {},
  'workspace/restart': {},
};

/** `records/save` once per record kind: each kind's record has fields of its own. */
export const RECORD_SAMPLES: HandlerArg<'records/save'>[] = [
  { kind: 'person', code: 'C001', record: person },
  { kind: 'competitor', code: 'C001', record: { name: 'Concorrente S.A.', notes: null } },
  { kind: 'event', code: 'C001', record: { kind: 'proposal', day: 20_000, title: 'Proposta anual', notes: null, outcome: 'won', reason: 'Preço', amount: 1_250_000 } },
  { kind: 'objective', code: 'C001', record: { title: 'Dobrar o volume', dueDay: 20_100, doneDay: null } },
  { kind: 'action', code: 'C001', record: { objectiveId: 1, title: 'Visitar a fábrica', ownerId: 1, dueDay: 20_050, doneDay: null } },
  { kind: 'activity', code: 'C001', record: { kind: 'visit', day: 20_000, ownerId: 1, notes: 'Levar catálogo', nextContactDay: 20_030 } },
  { kind: 'survey', code: 'C001', record: { kind: 'nps', day: 20_000, score: 9, comment: 'Ótimo atendimento' } },
];
