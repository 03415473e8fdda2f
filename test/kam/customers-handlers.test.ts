// The customer record, the portfolio, the dossier and the team through the API, on a real
// workspace file with sales imported from a CSV and an analysis run (kam-fixture.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordKind } from '../../shared/kam/kam-types';
import { localToday } from '../../electron/kam/today';
import { HAS_HAND_ENTERED_DATA } from '../../electron/db/customer-profiles-table';
import { DOSSIER_FIELD_KEYS, dossierFields } from '../../shared/kam/dossier-fields';
import { d, kamWorkspace, salesCsv, type KamWorkspace } from './kam-fixture';

const rejects = (p: Promise<unknown>, type: string, message: RegExp) => expect(p).rejects.toMatchObject({ type, message: expect.stringMatching(message) });

describe('prospects, the customer record and the team', () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace();
  });
  afterAll(() => ws.close());

  it('creates a prospect by hand, with no sales', async () => {
    const record = await ws.api.call('customers/create', { code: ' P01 ', name: 'Prospecção Ágil', patch: { segment: 'Indústria' } });
    expect(record).toMatchObject({
      code: 'P01',
      name: { value: 'Prospecção Ágil', imported: null, edited: true },
      segment: { value: 'Indústria', imported: null, edited: true },
      createdByHand: true,
      hasSales: false,
      deleted: false,
      threeP: { need: false, pay: false, authority: false, checkedOn: null },
    });
    const [row] = await ws.api.call('customers/list', {});
    expect(row).toMatchObject({ code: 'P01', name: 'Prospecção Ágil', segment: 'Indústria', status: 'prospect', abc: null, revenue: null, threeP: 0 });
    await rejects(ws.api.call('customers/create', { code: 'P01', name: 'Outro' }), 'conflict', /Já existe um cliente com o código P01/);
    await rejects(ws.api.call('customers/create', { code: '  ', name: 'X' }), 'bad-option', /Código do cliente é obrigatório/);
    await rejects(ws.api.call('customers/create', { code: 'P02', name: ' ' }), 'bad-option', /Nome: campo obrigatório/);
  });

  it('ticks the three P and stores the day they were checked', async () => {
    const record = await ws.api.call('customers/update', { code: 'P01', patch: { need: true, pay: true } });
    expect(record.threeP).toEqual({ need: true, pay: true, authority: false, checkedOn: localToday() });
    const other = await ws.api.call('customers/update', { code: 'P01', patch: { notes: 'Visitar na feira', upsellPotential: 'high', imageMaker: true } });
    expect(other).toMatchObject({ notes: 'Visitar na feira', upsellPotential: 'high', imageMaker: true, expert: false, threeP: { need: true, pay: true } });
    expect((await ws.api.call('customers/list', {}))[0]!.threeP).toBe(2);
    await rejects(ws.api.call('customers/update', { code: 'P01', patch: { color: 'azul' } as never }), 'bad-request', /o argumento "patch\.color" não tem a forma esperada/);
    await rejects(ws.api.call('customers/update', { code: 'P01', patch: { upsellPotential: 'huge' as never } }), 'bad-request', /"patch\.upsellPotential"/);
    await rejects(ws.api.call('customers/update', { code: 'NOPE', patch: {} }), 'not-found', /O cliente NOPE não existe/);
  });

  it('keeps a team list; a KAM is a person of it; tags; the portfolio filters', async () => {
    const kam = await ws.api.call('team/save', { member: { name: 'Kátia', role: 'kam', email: 'katia@exemplo.com' } });
    const seller = await ws.api.call('team/save', { member: { name: 'Bruno', role: 'seller', email: null } });
    expect(kam).toEqual({ id: kam.id, name: 'Kátia', role: 'kam', email: 'katia@exemplo.com' });
    expect(await ws.api.call('team/save', { member: { id: seller.id, name: 'Bruno Lima', role: 'seller', email: null } })).toMatchObject({ name: 'Bruno Lima' });
    expect((await ws.api.call('team/list', {})).map((m) => m.name)).toEqual(['Bruno Lima', 'Kátia']);
    await rejects(ws.api.call('team/save', { member: { name: 'X', role: 'boss' as never, email: null } }), 'bad-request', /"member\.role"/);
    await rejects(ws.api.call('customers/update', { code: 'P01', patch: { kamId: 999 } }), 'bad-option', /KAM 999 não está na equipe/);

    await ws.api.call('customers/update', { code: 'P01', patch: { kamId: kam.id, tags: ['feira', ' novo ', 'feira', ''] } });
    await ws.api.call('customers/create', { code: 'P02', name: 'Outra Empresa', patch: { tags: ['novo'] } });
    expect((await ws.api.call('customers/get', { code: 'P01' })).tags).toEqual(['feira', 'novo']);
    expect(await ws.api.call('customers/tags', {})).toEqual(['feira', 'novo']);
    const codes = async (filter: object) => (await ws.api.call('customers/list', { filter })).map((r) => r.code);
    expect(await codes({})).toEqual(['P01', 'P02']);
    expect(await codes({ tag: 'feira' })).toEqual(['P01']);
    expect(await codes({ kamId: kam.id })).toEqual(['P01']);
    expect(await codes({ search: 'PROSPECCAO agil' })).toEqual(['P01']);
    expect(await codes({ search: 'p02' })).toEqual(['P02']);
    expect(await codes({ status: 'prospect', segment: 'Indústria' })).toEqual(['P01']);
    expect(await codes({ status: 'active' })).toEqual([]);
    await rejects(ws.api.call('customers/list', { filter: { status: 'happy' as never } }), 'bad-request', /"filter\.status"/);
    expect((await ws.api.call('customers/list', {}))[0]).toMatchObject({ kamId: kam.id, kamName: 'Kátia', tags: ['feira', 'novo'] });

    // A deleted team member leaves the list and comes back; the customer keeps showing its KAM.
    await ws.api.call('team/delete', { id: kam.id });
    expect((await ws.api.call('team/list', {})).map((m) => m.name)).toEqual(['Bruno Lima']);
    expect((await ws.api.call('customers/list', { filter: { kamId: kam.id } }))[0]!.kamName).toBe('Kátia');
    await rejects(ws.api.call('customers/update', { code: 'P02', patch: { kamId: kam.id } }), 'bad-option', /não está na equipe/);
    expect(await ws.api.call('team/restore', { id: kam.id })).toMatchObject({ name: 'Kátia' });
    expect((await ws.api.call('team/list', {})).length).toBe(2);
    await rejects(ws.api.call('team/delete', { id: 4242 }), 'not-found', /4242/);
  });

  it('deletes a customer (hidden everywhere, edits refused) and restores it', async () => {
    expect(await ws.api.call('customers/delete', { code: 'P02' })).toEqual({ code: 'P02' });
    expect((await ws.api.call('customers/list', {})).map((r) => r.code)).toEqual(['P01']);
    expect((await ws.api.call('customers/get', { code: 'P02' })).deleted).toBe(true);
    expect(await ws.api.call('customers/tags', {})).toEqual(['feira', 'novo']);
    await rejects(ws.api.call('customers/update', { code: 'P02', patch: { notes: 'x' } }), 'conflict', /foi excluído/);
    await rejects(
      ws.api.call('records/save', { kind: 'competitor', code: 'P02', record: { name: 'Concorrente', notes: null } }),
      'conflict',
      /foi excluído/,
    );
    await rejects(ws.api.call('customers/create', { code: 'P02', name: 'De novo' }), 'conflict', /restaure-o/);
    expect((await ws.api.call('customers/restore', { code: 'P02' })).deleted).toBe(false);
    expect((await ws.api.call('customers/list', {})).map((r) => r.code)).toEqual(['P01', 'P02']);
  });
});

describe('the dossier records', () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
  });
  afterAll(() => ws.close());

  it('people and the decision map: contacts, influence, attitude, reports-to', async () => {
    const boss = await ws.api.call('records/save', {
      kind: 'person',
      code: 'C001',
      record: { name: 'Diretora Sônia', role: 'Diretora de compras', email: 'sonia@alfa.com', phone: null, influence: 'decision maker', attitude: 'neutral', reportsTo: null },
    });
    const buyer = await ws.api.call('records/save', {
      kind: 'person',
      code: 'C001',
      record: { name: 'Comprador Rui', role: 'Comprador', email: null, phone: '+55 11 5555-0000', influence: null, attitude: null, reportsTo: boss.id },
    });
    expect(buyer).toEqual({ id: buyer.id, name: 'Comprador Rui', role: 'Comprador', email: null, phone: '+55 11 5555-0000', influence: null, attitude: null, reportsTo: boss.id });
    const promoted = await ws.api.call('records/save', { kind: 'person', code: 'C001', record: { ...buyer, influence: 'sponsor', attitude: 'supporter' } });
    expect(promoted).toMatchObject({ id: buyer.id, influence: 'sponsor', attitude: 'supporter' });
    const dossier = await ws.api.call('dossier/get', { code: 'C001' });
    expect(dossier.people.map((p) => [p.name, p.influence])).toEqual([['Comprador Rui', 'sponsor'], ['Diretora Sônia', 'decision maker']]);
    expect(dossier.health.contributions.find((c) => c.factor === 'decisionMap')).toMatchObject({ points: 0, inputs: { decisionMakers: 1, sponsors: 1 } });

    await rejects(
      ws.api.call('records/save', { kind: 'person', code: 'C002', record: { name: 'X', role: null, email: null, phone: null, influence: null, attitude: null, reportsTo: boss.id } }),
      'bad-option',
      /pessoa deste cliente/,
    );
    await rejects(
      ws.api.call('records/save', { kind: 'person', code: 'C001', record: { ...boss, reportsTo: boss.id } }),
      'bad-option',
      /si mesma/,
    );
    await rejects(
      ws.api.call('records/save', { kind: 'person', code: 'C001', record: { name: 'Y', role: null, email: null, phone: null, influence: 'boss' as never, attitude: null, reportsTo: null } }),
      'bad-request',
      /"record\.influence"/,
    );
    // An id of another customer's record is not found under this customer.
    await rejects(ws.api.call('records/save', { kind: 'person', code: 'C002', record: { ...boss } }), 'not-found', /não existe no cliente C002/);
  });

  it('competitors, relationship events, objectives and actions', async () => {
    const competitor = await ws.api.call('records/save', { kind: 'competitor', code: 'C001', record: { name: 'Rival SA', notes: 'Preço agressivo' } });
    expect(competitor).toEqual({ id: competitor.id, name: 'Rival SA', notes: 'Preço agressivo' });
    const proposal = await ws.api.call('records/save', {
      kind: 'event',
      code: 'C001',
      record: { kind: 'proposal', day: d('2026-05-02'), title: 'Contrato anual', notes: null, outcome: 'lost', reason: 'Preço', amount: 5_000_000 },
    });
    expect(proposal).toMatchObject({ kind: 'proposal', outcome: 'lost', reason: 'Preço', amount: 5_000_000 });
    const meeting = await ws.api.call('records/save', {
      kind: 'event',
      code: 'C001',
      record: { kind: 'meeting', day: d('2026-06-01'), title: 'Reunião trimestral', notes: 'Boa', outcome: null, reason: null, amount: null },
    });
    expect(meeting).toMatchObject({ kind: 'meeting', outcome: null });
    await rejects(
      ws.api.call('records/save', { kind: 'event', code: 'C001', record: { kind: 'complaint', day: d('2026-06-01'), title: 'Atraso', notes: null, outcome: 'won', reason: null, amount: null } }),
      'bad-option',
      /só vale para propostas/,
    );
    await rejects(
      ws.api.call('records/save', { kind: 'event', code: 'C001', record: { kind: 'delivery', day: 1.5, title: 'Entrega', notes: null, outcome: null, reason: null, amount: null } }),
      'bad-option',
      /Data: data inválida/,
    );
    const kam = await ws.api.call('team/save', { member: { name: 'Kátia', role: 'kam', email: null } });
    const objective = await ws.api.call('records/save', { kind: 'objective', code: 'C001', record: { title: 'Dobrar o mix', dueDay: d('2026-12-31'), doneDay: null } });
    const action = await ws.api.call('records/save', {
      kind: 'action',
      code: 'C001',
      record: { objectiveId: objective.id, title: 'Apresentar linha nova', ownerId: kam.id, dueDay: d('2026-07-10'), doneDay: null },
    });
    expect(action).toMatchObject({ objectiveId: objective.id, ownerId: kam.id, dueDay: d('2026-07-10'), doneDay: null });
    const otherObjective = await ws.api.call('records/save', { kind: 'objective', code: 'C002', record: { title: 'Outro', dueDay: null, doneDay: null } });
    await rejects(
      ws.api.call('records/save', { kind: 'action', code: 'C001', record: { objectiveId: otherObjective.id, title: 'X', ownerId: null, dueDay: null, doneDay: null } }),
      'bad-option',
      /objetivo deste cliente/,
    );
    await rejects(
      ws.api.call('records/save', { kind: 'action', code: 'C001', record: { objectiveId: null, title: 'X', ownerId: 777, dueDay: null, doneDay: null } }),
      'bad-option',
      /Responsável 777/,
    );
    const dossier = await ws.api.call('dossier/get', { code: 'C001' });
    expect(dossier.competitors.map((c) => c.name)).toEqual(['Rival SA']);
    expect(dossier.events.map((e) => e.title)).toEqual(['Reunião trimestral', 'Contrato anual']); // newest first
    expect(dossier.objectives.map((o) => o.title)).toEqual(['Dobrar o mix']);
    expect(dossier.actions.map((a) => a.title)).toEqual(['Apresentar linha nova']);
  });

  it('every record kind is deleted and restored; unknown ids and kinds are refused', async () => {
    const ids: Record<RecordKind, number> = {
      person: (await ws.api.call('records/save', { kind: 'person', code: 'C002', record: { name: 'Ana', role: null, email: null, phone: null, influence: null, attitude: null, reportsTo: null } })).id,
      competitor: (await ws.api.call('records/save', { kind: 'competitor', code: 'C002', record: { name: 'Rival', notes: null } })).id,
      event: (await ws.api.call('records/save', { kind: 'event', code: 'C002', record: { kind: 'delivery', day: d('2026-06-01'), title: 'Entrega', notes: null, outcome: null, reason: null, amount: null } })).id,
      objective: (await ws.api.call('records/save', { kind: 'objective', code: 'C002', record: { title: 'Crescer', dueDay: null, doneDay: null } })).id,
      action: (await ws.api.call('records/save', { kind: 'action', code: 'C002', record: { objectiveId: null, title: 'Ligar', ownerId: null, dueDay: null, doneDay: null } })).id,
      activity: (await ws.api.call('records/save', { kind: 'activity', code: 'C002', record: { kind: 'call', day: d('2026-06-02'), ownerId: null, notes: 'Ok', nextContactDay: null } })).id,
      survey: (await ws.api.call('records/save', { kind: 'survey', code: 'C002', record: { kind: 'nps', day: d('2026-06-03'), score: 8, comment: null } })).id,
    };
    const counts = async () => {
      const x = await ws.api.call('dossier/get', { code: 'C002' });
      return [x.people, x.competitors, x.events, x.objectives.filter((o) => o.title === 'Crescer'), x.actions, x.activities, x.surveys].map((l) => l.length);
    };
    expect(await counts()).toEqual([1, 1, 1, 1, 1, 1, 1]);
    for (const kind of Object.keys(ids) as RecordKind[]) {
      expect(await ws.api.call('records/delete', { kind, id: ids[kind] })).toEqual({ kind, id: ids[kind] });
    }
    expect(await counts()).toEqual([0, 0, 0, 0, 0, 0, 0]);
    // A deleted record cannot be edited until restored.
    await rejects(ws.api.call('records/save', { kind: 'competitor', code: 'C002', record: { id: ids.competitor, name: 'Rival 2', notes: null } }), 'not-found', /O concorrente/);
    for (const kind of Object.keys(ids) as RecordKind[]) await ws.api.call('records/restore', { kind, id: ids[kind] });
    expect(await counts()).toEqual([1, 1, 1, 1, 1, 1, 1]);
    await rejects(ws.api.call('records/delete', { kind: 'person', id: 99_999 }), 'not-found', /A pessoa 99999 não existe/);
    await rejects(ws.api.call('records/delete', { kind: 'invoice' as never, id: 1 }), 'bad-request', /"kind"/);
    await rejects(
      ws.api.call('records/save', { kind: 'survey', code: 'C002', record: { kind: 'csat', day: d('2026-06-03'), score: 0, comment: null } }),
      'bad-option',
      /CSAT vai de 1 a 5/,
    );
  });

  it("the dossier's automatic history: yearly figures, top products, classes per run, 24 months", async () => {
    const { history, record, current, clv } = await ws.api.call('dossier/get', { code: 'C001' });
    expect(record).toMatchObject({ code: 'C001', name: { value: 'Alfa Ltda', edited: false }, hasSales: true, createdByHand: false });
    expect(history.firstPurchase).toBe(d('2024-01-15'));
    expect(history.lastPurchase).toBe(d('2026-06-15'));
    expect(history.yearly).toEqual([
      { year: 2024, revenue: 12_000_000, margin: 3_600_000, orders: 12, averageTicket: 1_000_000 },
      // The return of 1 000,00 lowers revenue and margin but is not an order.
      { year: 2025, revenue: 11_900_000, margin: 3_570_000, orders: 12, averageTicket: 991_667 },
      { year: 2026, revenue: 6_000_000, margin: 1_800_000, orders: 6, averageTicket: 1_000_000 },
    ]);
    expect(history.topProducts).toEqual([
      { product: 'Parafuso', revenue: 17_900_000, quantity: 0 },
      { product: 'Porca', revenue: 12_000_000, quantity: 0 },
    ]);
    expect(history.classes).toEqual([{ runId: current!.runId, windowTo: '2026-06-30', abc: 'A', xyz: 'X', status: 'active' }]);
    expect(history.monthly).toHaveLength(24);
    expect(history.monthly[0]).toEqual({ month: '2024-07', revenue: 1_000_000 });
    expect(history.monthly.find((m) => m.month === '2025-03')).toEqual({ month: '2025-03', revenue: 900_000 });
    expect(history.monthly.at(-1)).toEqual({ month: '2026-06', revenue: 1_000_000 });
    expect(current).toMatchObject({ abc: 'A', xyz: 'X', status: 'active' });
    expect(current!.share).toBeCloseTo(12_000_000 / 19_620_000, 9);
    // The predicted CLV of the current run: too few repeat customers for a model, so none, and why.
    expect(clv).toMatchObject({ runId: current!.runId, noModel: 'too-few-repeaters', listed: true, clv: null, pAlive: null });

    // A second run: the class history grows, oldest first.
    await ws.api.call('analysis/run', { from: '2025-01-01', to: '2025-12-31' });
    const again = await ws.api.call('dossier/get', { code: 'C006' });
    expect(again.history.classes.map((c) => [c.windowTo, c.abc])).toEqual([['2025-12-31', 'C'], ['2026-06-30', 'B']]);
    expect(again.current).toMatchObject({ abc: 'B', status: 'at risk', types: [] });
    // The dossier shows the current run's signals (with their figures) and key-account types. Not
    // declining: June, incomplete at 2026-06-15, is left out (March–May against November–February).
    expect(again.current!.signals.map((s) => s.kind)).toEqual(['overdue']);
    expect((await ws.api.call('dossier/get', { code: 'C001' })).current!.types).toEqual(['breadwinner']);
  });

  it('the dossiers of the A customers, in ABC order', async () => {
    const dossiers = await ws.api.call('dossier/key-accounts', {});
    expect(dossiers.map((x) => x.record.code)).toEqual(['C001', 'C002']);
    // The flat fields the workbook export adds for each A customer.
    expect(dossierFields(dossiers[0]!)).toMatchObject({
      code: 'C001',
      name: 'Alfa Ltda',
      seller: 'Ana',
      contacts: 'Comprador Rui, Comprador, +55 11 5555-0000; Diretora Sônia, Diretora de compras, sonia@alfa.com',
      decisionMakers: 'Diretora Sônia',
      sponsors: 'Comprador Rui',
      competitors: 'Rival SA',
      openObjectives: 'Dobrar o mix',
      openActions: 'Apresentar linha nova (2026-07-10)',
      need: false,
      health: dossiers[0]!.health.score,
      clv: null,
    });
    expect(Object.keys(dossierFields(dossiers[1]!))).toEqual([...DOSSIER_FIELD_KEYS]);
    await rejects(ws.api.call('dossier/key-accounts', { runId: 999 }), 'not-found', /999/);
  });

  it('tells which customers hold hand-entered data (undoing an import must keep them)', () => {
    const held = ws.ctx.db.prepare(`SELECT code FROM customers WHERE ${HAS_HAND_ENTERED_DATA} ORDER BY code`).pluck().all();
    expect(held).toEqual(['C001', 'C002']);
  });
});

describe('imported values and edits', () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
  });
  afterAll(() => ws.close());

  it('an edit wins over a re-import, and the imported value stays visible', async () => {
    const edited = await ws.api.call('customers/update', { code: 'C001', patch: { name: 'Alfa Comercial', seller: 'Carla' } });
    expect(edited.name).toEqual({ value: 'Alfa Comercial', imported: 'Alfa Ltda', edited: true });
    const newer = salesCsv([
      { order: 'A-X', day: '2026-06-20', code: 'C001', name: 'Alfa Ltda ME', product: 'Porca', amount: 100, cost: 50, seller: 'Bruno', segment: 'Indústria', region: 'Sul' },
    ]);
    await ws.api.call('import/run', { fileId: ws.file('vendas-junho.csv', newer) });
    const after = await ws.api.call('customers/get', { code: 'C001' });
    expect(after.name).toEqual({ value: 'Alfa Comercial', imported: 'Alfa Ltda ME', edited: true });
    expect(after.seller).toEqual({ value: 'Carla', imported: 'Bruno', edited: true });
    expect(after.segment).toEqual({ value: 'Indústria', imported: 'Indústria', edited: false });
    expect((await ws.api.call('customers/list', { filter: { search: 'alfa comercial' } }))[0]).toMatchObject({ code: 'C001', seller: 'Carla' });
    // Clearing the edit goes back to the imported value.
    const cleared = await ws.api.call('customers/update', { code: 'C001', patch: { name: null, seller: '  ' } });
    expect(cleared.name).toEqual({ value: 'Alfa Ltda ME', imported: 'Alfa Ltda ME', edited: false });
    expect(cleared.seller).toEqual({ value: 'Bruno', imported: 'Bruno', edited: false });
  });

  it('the seller × segment table uses the effective seller and segment of the current run', async () => {
    await ws.api.call('customers/update', { code: 'C003', patch: { seller: 'Carla' } });
    const table = await ws.api.call('customers/seller-segment', {});
    expect(table).toEqual([
      { seller: 'Bruno', segment: 'Indústria', customers: 1, revenue: 12_000_000, aCustomers: 1, activeShare: 1 },
      { seller: 'Bruno', segment: 'Atacado', customers: 1, revenue: 6_000_000, aCustomers: 1, activeShare: 1 },
      { seller: 'Carla', segment: 'Atacado', customers: 3, revenue: 1_620_000, aCustomers: 0, activeShare: 2 / 3 },
      { seller: 'Bruno', segment: 'Varejo', customers: 1, revenue: -20_000, aCustomers: 0, activeShare: 0 },
    ]);
    await ws.api.call('customers/delete', { code: 'C004' });
    expect((await ws.api.call('customers/seller-segment', {})).map((c) => c.segment)).toEqual(['Indústria', 'Atacado', 'Atacado']);
  });

  it('the portfolio shows the current run, and a status for customers outside it', async () => {
    await ws.api.call('customers/create', { code: 'P9', name: 'Nova' });
    const rows = await ws.api.call('customers/list', {});
    expect(rows.map((r) => [r.code, r.status, r.abc])).toEqual([
      ['C001', 'active', 'A'],
      ['C002', 'active', 'A'],
      ['C006', 'at risk', 'B'],
      ['C003', 'inactive', 'C'],
      ['C005', 'active', 'C'],
      ['P9', 'prospect', null],
    ]);
    expect(rows.find((r) => r.code === 'C006')!.signals.map((s) => s.kind)).toEqual(['overdue']);
    expect((await ws.api.call('customers/list', { filter: { abc: 'A', seller: 'Bruno' } })).map((r) => r.code)).toEqual(['C001', 'C002']);
  });
});
