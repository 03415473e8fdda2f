// Follow-up (agenda, win-back) and KPIs (surveys, NPS, churn, CLV, health, dashboard) through the
// API, on the fixture's sales (kam-fixture.ts explains them).
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordMessage } from '../../shared/api/errors';
import { isoOfDay, ymdOfDay, type Day } from '../../shared/domain/calendar';
import { DEFAULT_HEALTH_WEIGHTS } from '../../shared/kam/kpi-types';
import { localToday } from '../../electron/kam/today';
import { d, kamWorkspace, type KamWorkspace } from './kam-fixture';

const rejects = (p: Promise<unknown>, type: string, message: RegExp) => expect(p).rejects.toMatchObject({ type, message: expect.stringMatching(message) });

const excelDate = (day: Day) => new Date(day * 86_400_000);
const brDate = (day: Day) => {
  const { year, month, day: dd } = ymdOfDay(day);
  return `${String(dd).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
};

async function writeSurvey(ws: KamWorkspace, name: string, sheets: { name: string; rows: ExcelJS.CellValue[][] }[]): Promise<string> {
  const path = join(ws.dir, name);
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = wb.addWorksheet(s.name);
    for (const values of s.rows) {
      const row = sheet.addRow(values);
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      });
    }
  }
  await wb.xlsx.writeFile(path);
  return ws.ctx.files.add(path);
}

describe('agenda', () => {
  let ws: KamWorkspace;
  let kam: number;
  const today = d('2026-07-01');
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
    kam = (await ws.api.call('team/save', { member: { name: 'Kátia', role: 'kam', email: null } })).id;
    const activity = (code: string, kind: 'call' | 'visit', day: string, next: string | null, notes: string, ownerId: number | null = null) =>
      ws.api.call('records/save', { kind: 'activity', code, record: { kind, day: d(day), ownerId, notes, nextContactDay: next === null ? null : d(next) } });
    await activity('C002', 'call', '2026-06-20', '2026-06-29', 'Ligar sobre o pedido');
    await activity('C001', 'visit', '2026-06-25', '2026-07-04', 'Levar catálogo', kam);
    await activity('C005', 'call', '2026-06-01', '2026-07-30', 'Muito à frente');
    const action = (code: string, title: string, due: string, doneDay: Day | null = null, ownerId: number | null = null) =>
      ws.api.call('records/save', { kind: 'action', code, record: { objectiveId: null, title, ownerId, dueDay: d(due), doneDay } });
    await action('C001', 'Enviar proposta', '2026-07-02', null, kam);
    await action('C005', 'Cobrar retorno', '2026-06-20');
    await action('C005', 'Já feito', '2026-06-10', d('2026-06-11'));
    await ws.api.call('customers/update', { code: 'C006', patch: { kamId: kam } });
  });
  afterAll(() => ws.close());

  it('lists contacts, expected purchases and actions, overdue and due', async () => {
    const agenda = await ws.api.call('agenda/list', { today });
    expect(agenda.today).toBe(today);
    expect(agenda.overdue.rows.map((i) => [i.kind, i.code, isoOfDay(i.day)])).toEqual([
      ['purchase', 'C003', '2025-10-06'],
      ['purchase', 'C006', '2026-05-04'],
      ['action', 'C005', '2026-06-20'],
      ['contact', 'C002', '2026-06-29'],
    ]);
    expect(agenda.due.rows.map((i) => [i.kind, i.code, isoOfDay(i.day)])).toEqual([
      ['action', 'C001', '2026-07-02'],
      ['contact', 'C001', '2026-07-04'],
    ]);
    const contact = agenda.due.rows.find((i) => i.kind === 'contact')!;
    expect(contact).toMatchObject({ name: 'Alfa Ltda', abc: 'A', what: 'Levar catálogo', ownerId: kam, activityKind: 'visit', overdue: false });
    // A purchase's figures cross the API as numbers; the screen words them in the reader's language.
    expect(agenda.overdue.rows.find((i) => i.code === 'C006')).toMatchObject({ what: '', purchase: { cycleDays: 7, recencyDays: 49 } });
    // Looking further ahead brings the later contact in.
    expect((await ws.api.call('agenda/list', { today, days: 30 })).due.rows.map((i) => i.code)).toContain('C005');
  });

  it('gives each list a page at a time with its total, one kind when asked, and the count of each kind', async () => {
    const whole = await ws.api.call('agenda/list', { today });
    expect(whole.kinds).toEqual({ contact: 2, purchase: 2, action: 2 });
    const first = await ws.api.call('agenda/list', { today, limit: 1 });
    expect(first.overdue).toEqual({ rows: whole.overdue.rows.slice(0, 1), offset: 0, total: 4 });
    expect(first.due).toEqual({ rows: whole.due.rows.slice(0, 1), offset: 0, total: 2 });
    // 'Mostrar mais': the rest, in the same order.
    const rest = await ws.api.call('agenda/page', { today, list: 'overdue', offset: 1, limit: 2 });
    expect(rest).toEqual({ rows: whole.overdue.rows.slice(1, 3), offset: 1, total: 4 });
    expect((await ws.api.call('agenda/page', { today, list: 'due', offset: 1 })).rows).toEqual(whole.due.rows.slice(1));
    // One kind: its items only, the kinds still counted for the filter's options.
    const actions = await ws.api.call('agenda/list', { today, kind: 'action' });
    expect([...actions.overdue.rows, ...actions.due.rows].map((i) => [i.kind, i.code])).toEqual([
      ['action', 'C005'],
      ['action', 'C001'],
    ]);
    expect(actions.kinds).toEqual(whole.kinds);
    expect(await ws.api.call('agenda/losing', {})).toEqual(whole.losing);
    await rejects(ws.api.call('agenda/page', { today, list: 'due', limit: 5000 }), 'bad-request', /limit/);
  });

  it("a new activity replaces the customer's pending contact; owners narrow the list", async () => {
    await ws.api.call('records/save', { kind: 'activity', code: 'C002', record: { kind: 'email', day: d('2026-07-01'), ownerId: null, notes: 'Respondeu', nextContactDay: d('2026-07-20') } });
    const agenda = await ws.api.call('agenda/list', { today });
    expect([...agenda.overdue.rows, ...agenda.due.rows].filter((i) => i.kind === 'contact').map((i) => i.code)).toEqual(['C001']);
    const mine = await ws.api.call('agenda/list', { today, ownerId: kam });
    expect([...mine.overdue.rows, ...mine.due.rows].map((i) => [i.kind, i.code])).toEqual([
      ['purchase', 'C006'],
      ['action', 'C001'],
      ['contact', 'C001'],
    ]);
    await rejects(ws.api.call('agenda/list', { today, days: -1 }), 'bad-option', /Dias à frente/);
  });

  it('leaves deleted customers out, and brings them back when restored', async () => {
    await ws.api.call('customers/delete', { code: 'C001' });
    const agenda = await ws.api.call('agenda/list', { today });
    expect([...agenda.overdue.rows, ...agenda.due.rows].some((i) => i.code === 'C001')).toBe(false);
    await ws.api.call('customers/restore', { code: 'C001' });
    expect((await ws.api.call('agenda/list', { today })).due.rows.map((i) => i.code)).toEqual(['C001', 'C001']);
  });
});

describe('win-back, churn and CLV', () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
  });
  afterAll(() => ws.close());

  it('lists lost and inactive customers with the value lost', async () => {
    expect(await ws.api.call('winback/list', {})).toEqual([
      // 12 months up to the last purchase (2025-09-05): Oct 2024 … Sep 2025, 12 × 2 000,00.
      // What Gama used to buy: 13 × 2 000,00 of Arruela.
      { code: 'C003', name: 'Gama', abc: 'C', status: 'inactive', inWindow: true, lastPurchase: d('2025-09-05'), valueLost: 2_400_000, topProducts: [{ product: 'Arruela', revenue: 2_600_000 }], case: null },
      // Up to 2025-02-01: Mar, Jun, Sep, Dec 2024 and Feb 2025, 5 × 1 500,00 (the later return is not in it).
      // Its return of 2025-08-01 is a line in the window: one of the run's customers.
      { code: 'C004', name: 'Delta', abc: 'C', status: 'lost', inWindow: true, lastPurchase: d('2025-02-01'), valueLost: 750_000, topProducts: [{ product: 'Porca', revenue: 730_000 }], case: null },
    ]);
  });

  it('saves a case (reason, offer, outcome) and counts losses per month and reason', async () => {
    const row = await ws.api.call('winback/save', {
      code: 'C004',
      case: { reason: 'price', reasonText: 'Concorrente 10 % mais barato', offer: 'Desconto de 5 %', outcome: 'open' },
    });
    expect(row).toMatchObject({
      code: 'C004',
      status: 'lost',
      valueLost: 750_000,
      case: { reason: 'price', reasonText: 'Concorrente 10 % mais barato', offer: 'Desconto de 5 %', outcome: 'open', updatedDay: localToday() },
    });
    expect((await ws.api.call('winback/list', {})).find((r) => r.code === 'C004')!.case!.reason).toBe('price');
    await rejects(ws.api.call('winback/save', { code: 'C004', case: { reason: 'weather' as never, reasonText: null, offer: null, outcome: 'open' } }), 'bad-request', /"case\.reason"/);
    await rejects(ws.api.call('winback/save', { code: 'C004', case: { reason: null, reasonText: null, offer: null, outcome: 'maybe' as never } }), 'bad-request', /"case\.outcome"/);

    // C004 crossed 365 days without buying on 2026-02-02.
    const trend = await ws.api.call('winback/trend', { months: 6 });
    expect(trend.periods.map((p) => [p.period, p.lost])).toEqual([
      ['2026-01', 0], ['2026-02', 1], ['2026-03', 0], ['2026-04', 0], ['2026-05', 0], ['2026-06', 0],
    ]);
    expect(trend.periods[1]!.byReason).toEqual({ price: 1 });
    expect(trend.byReason).toEqual([{ reason: 'price', lost: 1 }]);
    expect((await ws.api.call('winback/trend', {})).periods).toHaveLength(12);
    await rejects(ws.api.call('winback/trend', { months: 0 }), 'bad-option', /Meses inválidos/);
  });

  it('the loss trend and the win-back page answer again after a case changes (kept until the workspace changes)', async () => {
    expect((await ws.api.call('winback/trend', { months: 6 })).byReason).toEqual([{ reason: 'price', lost: 1 }]);
    await ws.api.call('winback/save', { code: 'C004', case: { reason: 'service', reasonText: null, offer: null, outcome: 'open' } });
    expect((await ws.api.call('winback/trend', { months: 6 })).byReason).toEqual([{ reason: 'service', lost: 1 }]);
    // The page: largest value lost first, its totals over every lost customer.
    const page = await ws.api.call('winback/page', { limit: 1 });
    expect(page).toMatchObject({ offset: 0, total: 2, valueLost: 2_400_000 + 750_000 });
    expect(page.rows.map((r) => r.code)).toEqual(['C003']);
    expect((await ws.api.call('winback/page', { offset: 1, limit: 1 })).rows[0]).toMatchObject({ code: 'C004', case: { reason: 'service' } });
    await expect(ws.api.call('winback/page', { limit: -1 })).rejects.toMatchObject({ code: 'bad-request', params: { field: 'limit' } });
  });

  it('churn per month, per class and per year', async () => {
    const churn = await ws.api.call('kpi/churn', {});
    expect(churn.lostDays).toBe(365);
    expect(churn.overall).toHaveLength(12);
    // At the start of February 2026: C001, C002, C003, C004 (364 days) and C006; C004 is lost on 2 Feb.
    expect(churn.overall.find((p) => p.period === '2026-02')).toEqual({ period: '2026-02', atStart: 5, lost: 1, rate: 0.2 });
    // A year ago (2025-06-30) C001, C002, C003 and C004 were not lost; C004 was lost since.
    expect(churn.yearlyRate).toBe(0.25);
    expect(churn.byClass.map((c) => [c.abc, c.yearlyRate])).toEqual([['A', 0], ['B', null], ['C', 0.5]]);
    expect((await ws.api.call('kpi/churn', { period: 'quarter', periods: 4 })).overall.map((p) => p.period)).toEqual([
      '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2',
    ]);
    await rejects(ws.api.call('kpi/churn', { period: 'year' as never }), 'bad-request', /"period"/);
  });

  it('the predicted CLV of the current analysis with its steps; without a model, empty and why', async () => {
    const clv = await ws.api.call('kpi/clv', { code: 'C003' });
    const run = (await ws.api.call('analysis/runs', {})).find((r) => r.current)!;
    // A handful of customers: fewer than 30 bought more than once, so the run has no model.
    expect(clv).toEqual({
      code: 'C003',
      runId: run.id,
      noModel: 'too-few-repeaters',
      modelCustomers: run.model.customers,
      modelRepeaters: run.model.repeaters,
      listed: true,
      referenceDate: run.referenceDate,
      monthlyDiscount: 0.01,
      pAlive: null,
      expectedPurchases12m: null,
      expectedSpend: null,
      predictedRevenue12m: null,
      marginRate: expect.any(Number),
      clv: null,
      reasons: expect.objectContaining({ pAlive: 'no-model', clv12m: 'no-model' }),
    });
    const prospect = await ws.api.call('customers/create', { code: 'P1', name: 'Sem compras' });
    expect((await ws.api.call('kpi/clv', { code: prospect.code })).clv).toBeNull();
    await rejects(ws.api.call('kpi/clv', { code: 'C999' }), 'not-found', /C999/);
  });
});

describe('surveys, NPS, health and the dashboard', () => {
  let ws: KamWorkspace;
  const today = localToday();
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
  });
  afterAll(() => ws.close());

  it('imports NPS answers from .xlsx, rejecting bad rows with row, column and reason', async () => {
    const rows: ExcelJS.CellValue[][] = [
      ['Pesquisa de satisfação'],
      ['Código', 'Nome do cliente', 'Data da resposta', 'Nota', 'Comentário'],
      ['C001', 'Alfa', excelDate(today - 10), 9, 'Ótimo atendimento'],
      ['C002', 'Beta', brDate(today - 40), 6, null],
      ['C999', 'Ninguém', excelDate(today - 5), 8, null],
      ['C001', 'Alfa', null, 7, null],
      ['C002', 'Beta', excelDate(today - 5), 11, null],
      ['C005', 'Épsilon', excelDate(today - 3), '8', 'Bom'],
      ['C003', 'Gama', 'ontem', 5, null],
      ['C001', 'Alfa', excelDate(today - 2), 8.5, null],
    ];
    const fileId = await writeSurvey(ws, 'nps.xlsx', [
      { name: 'Instruções', rows: [['Preencha a aba Respostas']] },
      { name: 'Respostas', rows },
    ]);
    const result = await ws.api.call('surveys/import', { fileId, kind: 'nps' });
    expect(result).toEqual({
      fileName: 'nps.xlsx',
      rowsRead: 8,
      imported: 3,
      rejected: 5,
      rejects: [
        { row: 5, column: 'Código', reason: { code: 'kam/survey-reject/unknown-customer', params: { code: 'C999' } } },
        { row: 6, column: 'Data da resposta', reason: { code: 'kam/survey-reject/no-date', params: {} } },
        { row: 7, column: 'Nota', reason: { code: 'kam/survey-reject/bad-score', params: { value: 11, kind: 'nps', min: 0, max: 10 } } },
        { row: 9, column: 'Data da resposta', reason: { code: 'kam/survey-reject/bad-date', params: { value: 'ontem', monthFirst: false } } },
        { row: 10, column: 'Nota', reason: { code: 'kam/survey-reject/bad-score', params: { value: 8.5, kind: 'nps', min: 0, max: 10 } } },
      ],
    });
    // Each reason worded in the reader's language.
    const [unknown, , badScore, , halfScore] = result.rejects;
    expect(wordMessage(unknown!.reason, 'pt')).toBe('O cliente C999 não existe na carteira: importe suas vendas ou cadastre-o antes.');
    expect(wordMessage(unknown!.reason, 'en')).toBe('Customer C999 is not in the portfolio: import its sales or add it first.');
    expect(wordMessage(badScore!.reason, 'es')).toBe('Nota no válida: "11" (NPS va de 0 a 10, en números enteros).');
    // A number is written as the reader writes numbers.
    expect(wordMessage(halfScore!.reason, 'pt')).toBe('Nota inválida: "8,5" (NPS vai de 0 a 10, em números inteiros).');
    expect(wordMessage(halfScore!.reason, 'en')).toBe('Invalid score: "8.5" (NPS goes from 0 to 10, in whole numbers).');
    const surveys = (await ws.api.call('dossier/get', { code: 'C001' })).surveys;
    expect(surveys).toEqual([{ id: surveys[0]!.id, kind: 'nps', day: today - 10, score: 9, comment: 'Ótimo atendimento', source: 'nps.xlsx' }]);
    expect((await ws.api.call('dossier/get', { code: 'C002' })).surveys[0]).toMatchObject({ day: today - 40, score: 6, comment: null });

    // The same sheet again adds nothing: every answer is already there.
    const again = await ws.api.call('surveys/import', { fileId, kind: 'nps' });
    expect(again).toMatchObject({ imported: 0, rejected: 8 });
    expect(again.rejects.filter((r) => r.reason.code === 'kam/survey-reject/repeat')).toHaveLength(3);
  });

  it('imports CSAT answers and refuses files that are not survey sheets', async () => {
    const fileId = await writeSurvey(ws, 'csat.xlsx', [
      { name: 'CSAT', rows: [['Cliente', 'Fecha', 'Puntuación'], ['C001', excelDate(today - 1), 2], ['C002', excelDate(today - 1), 0]] },
    ]);
    expect(await ws.api.call('surveys/import', { fileId, kind: 'csat' })).toMatchObject({
      imported: 1,
      rejects: [{ row: 3, column: 'Puntuación', reason: { code: 'kam/survey-reject/bad-score', params: { value: 0, kind: 'csat', min: 1, max: 5 } } }],
    });
    const noHeader = await writeSurvey(ws, 'outra.xlsx', [{ name: 'Vendas', rows: [['Produto', 'Valor'], ['X', 1]] }]);
    await rejects(ws.api.call('surveys/import', { fileId: noHeader, kind: 'nps' }), 'bad-file', /outra\.xlsx.*cliente.*data.*nota/);
    await rejects(ws.api.call('surveys/import', { fileId: ws.file('nps.csv', 'Cliente;Data;Nota\nC001;01/01/2026;9\n'), kind: 'nps' }), 'bad-file', /não é uma planilha \.xlsx/);
    await rejects(ws.api.call('surveys/import', { fileId, kind: 'ces' as never }), 'bad-request', /"kind"/);
  });

  it('NPS overall, per class, per customer and over time', async () => {
    const nps = await ws.api.call('kpi/nps', {});
    expect(nps.overall).toEqual({ answers: 3, promoters: 1, passives: 1, detractors: 1, nps: 0 });
    expect(nps.csat).toEqual({ answers: 1, satisfied: 0, csat: 0 });
    expect(nps.byClass.find((c) => c.abc === 'A')!.nps).toMatchObject({ answers: 2, nps: 0 });
    expect(nps.byClass.find((c) => c.abc === 'C')!.nps).toMatchObject({ answers: 1, passives: 1 });
    expect(nps.byCustomer.map((c) => [c.code, c.lastScore])).toEqual([['C001', 9], ['C002', 6], ['C005', 8]]);
    expect(nps.overTime.at(-1)!.period).toBe(isoOfDay(today).slice(0, 7));
  });

  it('health: each contribution explained; the weights are editable and validated', async () => {
    expect(await ws.api.call('kpi/health-weights', {})).toEqual(DEFAULT_HEALTH_WEIGHTS);
    const zeta = await ws.api.call('kpi/health', { code: 'C006' });
    const by = Object.fromEntries(zeta.contributions.map((c) => [c.factor, c]));
    // At the reference date 2026-06-15: 49 days since the last purchase; not declining (June is left out).
    expect(by.overdue).toMatchObject({ points: 25, inputs: { recencyDays: 49, cycleDays: 7 } });
    expect(by.declining!.points).toBe(0);
    expect(by.satisfaction).toMatchObject({ points: 5, inputs: { score: null } });
    expect(by.lastContact).toMatchObject({ points: 10, inputs: { daysSinceContact: null } });
    expect(by.decisionMap!.points).toBe(10);
    expect(by.openActions!.points).toBe(0); // a B customer without a plan is not penalised
    expect(zeta.score).toBe(100 - 25 - 0 - 5 - 10 - 10);
    // C001's latest answer: the CSAT 2 of yesterday (after the NPS 9).
    expect((await ws.api.call('kpi/health', { code: 'C001' })).contributions.find((c) => c.factor === 'satisfaction')).toMatchObject({
      points: 20,
      inputs: { kind: 'csat', score: 2 },
    });

    const weights = { ...DEFAULT_HEALTH_WEIGHTS, overdue: 40, declining: 0 };
    expect(await ws.api.call('kpi/set-health-weights', { weights })).toEqual(weights);
    expect(await ws.api.call('kpi/health-weights', {})).toEqual(weights);
    expect((await ws.api.call('kpi/health', { code: 'C006' })).score).toBe(100 - 40 - 0 - 5 - 10 - 10);
    expect((await ws.api.call('customers/list', { filter: { search: 'zeta' } }))[0]!.health).toBe(35);
    await rejects(ws.api.call('kpi/set-health-weights', { weights: { ...weights, overdue: 120 } }), 'bad-option', /Peso inválido para "Compra atrasada" \(120\)/);
    expect(await ws.api.call('kpi/health-weights', {})).toEqual(weights);
  });

  it('the dashboard: key accounts, concentration, those at risk, their NPS, overdue follow-up', async () => {
    await ws.api.call('records/save', { kind: 'activity', code: 'C002', record: { kind: 'call', day: today - 20, ownerId: null, notes: 'Retornar', nextContactDay: today - 1 } });
    await ws.api.call('winback/save', { code: 'C003', case: { reason: 'service', reasonText: null, offer: null, outcome: 'open' } });
    await ws.api.call('records/save', { kind: 'action', code: 'C001', record: { objectiveId: null, title: 'Visitar', ownerId: null, dueDay: today - 5, doneDay: null } });
    await ws.api.call('kpi/set-health-weights', { weights: { ...DEFAULT_HEALTH_WEIGHTS, decisionMap: 30 } });
    const dash = await ws.api.call('kpi/dashboard', {});
    expect(dash).toMatchObject({ keyAccounts: 2, overdueContacts: 1, overduePurchases: 2, openWinbacks: 1 });
    // The agenda's own rule: what its overdue list counts of each kind.
    expect((await ws.api.call('agenda/list', { kind: 'contact' })).overdue.total).toBe(1);
    expect((await ws.api.call('agenda/list', { kind: 'purchase' })).overdue.total).toBe(2);
    // Kept until the workspace changes: another open case counts at once.
    await ws.api.call('winback/save', { code: 'C004', case: { reason: 'price', reasonText: null, offer: null, outcome: 'open' } });
    expect((await ws.api.call('kpi/dashboard', {})).openWinbacks).toBe(2);
    await ws.api.call('winback/save', { code: 'C004', case: { reason: 'price', reasonText: null, offer: null, outcome: 'won back' } });
    expect((await ws.api.call('kpi/dashboard', {})).openWinbacks).toBe(1);
    expect(dash.runId).toBe((await ws.api.call('analysis/runs', {}))[0]!.id);
    expect(dash.keyAccountsShare).toBeCloseTo(18_000_000 / 19_620_000, 9);
    expect(dash.topCustomerShare).toBeCloseTo(12_000_000 / 19_620_000, 9);
    expect(dash.hhi).toBeGreaterThan(4000);
    expect(dash.keyAccountsNps).toEqual({ answers: 2, promoters: 1, passives: 0, detractors: 1, nps: 0 });
    // Both A customers are active but unhealthy, the least healthy first:
    // C001 − 20 (CSAT 2) − 10 (never contacted) − 30 (no map) − 10 (an overdue action) = 30;
    // C002 − 20 (NPS 6) − 30 (no map) − 5 (no plan) = 45.
    expect(dash.keyAccountsAtRisk).toEqual([
      { code: 'C001', name: 'Alfa Ltda', status: 'active', health: 30, signals: [] },
      { code: 'C002', name: 'Beta SA', status: 'active', health: 45, signals: [] },
    ]);
    expect(dash.keyAccountsAtRiskCount).toBe(2);
    // Asked for the first ones only (decision #187): those, and the count of all.
    expect(await ws.api.call('kpi/dashboard', { atRiskLimit: 1 })).toEqual({ ...dash, keyAccountsAtRisk: dash.keyAccountsAtRisk.slice(0, 1) });
    expect(await ws.api.call('kpi/dashboard', { atRiskLimit: 0 })).toMatchObject({ keyAccountsAtRisk: [], keyAccountsAtRiskCount: 2 });
    expect(await ws.api.call('kpi/dashboard', { atRiskLimit: 5 })).toEqual(dash);
    await expect(ws.api.call('kpi/dashboard', { atRiskLimit: -1 })).rejects.toMatchObject({ code: 'bad-request', params: { field: 'atRiskLimit' } });
    await expect(ws.api.call('kpi/dashboard', { atRiskLimit: 1.5 })).rejects.toMatchObject({ code: 'bad-request', params: { field: 'atRiskLimit' } });
    await ws.api.call('kpi/set-health-weights', { weights: DEFAULT_HEALTH_WEIGHTS });
    expect((await ws.api.call('kpi/dashboard', {})).keyAccountsAtRisk.map((r) => r.code)).toEqual([]);
  });
});

describe('an empty workspace', () => {
  it('answers every KPI without a run or sales', async () => {
    const ws = await kamWorkspace();
    try {
      expect(await ws.api.call('customers/list', {})).toEqual([]);
      expect(await ws.api.call('customers/seller-segment', {})).toEqual([]);
      expect(await ws.api.call('winback/list', {})).toEqual([]);
      expect(await ws.api.call('winback/trend', {})).toEqual({ periods: [], byReason: [] });
      expect((await ws.api.call('kpi/churn', {})).yearlyRate).toBeNull();
      expect(await ws.api.call('kpi/dashboard', {})).toMatchObject({ runId: null, keyAccounts: 0, keyAccountsAtRisk: [], keyAccountsAtRiskCount: 0 });
      expect((await ws.api.call('kpi/nps', {})).overall.nps).toBeNull();
      expect(await ws.api.call('agenda/list', {})).toMatchObject({ overdue: { rows: [], total: 0 }, due: { rows: [], total: 0 }, losing: { rows: [], total: 0 } });
      expect(await ws.api.call('dossier/key-accounts', {})).toEqual([]);
      await ws.api.call('customers/create', { code: 'P1', name: 'Prospect' });
      const dossier = await ws.api.call('dossier/get', { code: 'P1' });
      expect(dossier.history).toEqual({ firstPurchase: null, lastPurchase: null, yearly: [], topProducts: [], classes: [], monthly: [] });
      expect(dossier.current).toBeNull();
      expect(dossier.health.score).toBe(100 - 5 - 10 - 10);
    } finally {
      ws.close();
    }
  });
});
