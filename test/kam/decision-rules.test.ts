// Decisions of docs/decisions.md that were "not yet tested", each on a real workspace file (or the
// pure rule where the decision is one): a run's sources and names (#32), a matrix cell with a
// negative value (#36), the omitted sensitivity variants (#38), the newest run (#56), the tag
// limits (#62), the dossiers of an older run (#67), the local "today" (#68), the NPS chart's 24
// months (#75), deleted customers in churn (#77), NPS over CSAT on the same day (#81), opening a
// newer or foreign file (#83) and restoring a damaged one (#85).
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/api/open-workspace';
import { schemaVersion } from '../../electron/db/open-database';
import { currentRun } from '../../electron/kam/current-run';
import { localToday } from '../../electron/kam/today';
import { treatmentText } from '../../shared/analysis/treatments';
import { npsReport } from '../../shared/kam/satisfaction';
import { readWorkbook } from '../export/read-back';
import { bundleChild } from '../child-script';
import { tempDir } from '../import/import-helpers';
import { d, kamWorkspace, salesCsv, salesLines, type KamWorkspace } from './kam-fixture';

const rejects = (p: Promise<unknown>, type: string, message: RegExp) => expect(p).rejects.toMatchObject({ type, message: expect.stringMatching(message) });

/** The rows of a key–value sheet ("Parâmetros") as [column A, column B]. */
function sheetRows(sheet: { eachRow(cb: (row: { getCell(i: number): { value: unknown } }) => void): void }): [unknown, unknown][] {
  const rows: [unknown, unknown][] = [];
  sheet.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value]));
  return rows;
}

describe('#32: what a stored run keeps', () => {
  let ws: KamWorkspace;
  afterAll(() => ws?.close());

  it("#32: a real run lists the batches not undone as its sources, and keeps the imported names, not the user's edits", async () => {
    ws = await kamWorkspace();
    const sales = await ws.api.call('import/run', { fileId: ws.file('vendas.csv', salesCsv(salesLines())) });
    const extra = salesCsv([{ order: 'B-X', day: '2026-06-12', code: 'C002', name: 'Beta SA', product: 'Porca', amount: 100, cost: 70, seller: 'Bruno', segment: 'Atacado', region: 'Norte' }]);
    const june = await ws.api.call('import/run', { fileId: ws.file('junho.csv', extra) });
    const wrong = salesCsv([{ order: 'W-1', day: '2026-06-01', code: 'C009', name: 'Errado', product: 'Porca', amount: 999, cost: 0, seller: 'X', segment: 'X', region: 'X' }]);
    const undone = await ws.api.call('import/run', { fileId: ws.file('errado.csv', wrong) });
    await ws.api.call('import/undo', { batchId: undone.batchId! });
    // Edits made before the run: the key-account screens show them, the run does not.
    await ws.api.call('customers/update', { code: 'C001', patch: { name: 'Alfa Comercial', seller: 'Carla', segment: 'Indústria', region: 'Leste' } });

    const run = await ws.api.call('analysis/run', {});
    const sources = [
      { batchId: sales.batchId, fileName: 'vendas.csv' },
      { batchId: june.batchId, fileName: 'junho.csv' },
    ];
    expect(run.sources).toEqual(sources);
    expect((await ws.api.call('analysis/get', { runId: run.id })).sources).toEqual(sources);
    const [alfa] = await ws.api.call('analysis/results', { runId: run.id, filter: { codes: ['C001'] } });
    expect(alfa).toMatchObject({ code: 'C001', name: 'Alfa Ltda', seller: 'Ana', segment: 'Varejo', region: 'Sul' });
    expect((await ws.api.call('customers/list', { filter: { search: 'C001' } }))[0]).toMatchObject({ name: 'Alfa Comercial', seller: 'Carla' });

    // The exported workbook says the same: its sources table, and the imported name and seller.
    const target = ws.ctx.files.add(join(ws.dir, 'analise.xlsx'));
    await ws.api.call('export/workbook', { runId: run.id, target });
    const wb = await readWorkbook(join(ws.dir, 'analise.xlsx'));
    const params = sheetRows(wb.getWorksheet('Parâmetros')!);
    const header = params.findIndex(([a]) => a === 'Lote nº');
    expect(params.slice(header, header + 3)).toEqual([
      ['Lote nº', 'Arquivo'],
      [sales.batchId, 'vendas.csv'],
      [june.batchId, 'junho.csv'],
    ]);
    expect(params.some(([, b]) => b === 'errado.csv')).toBe(false);
    const customers = wb.getWorksheet('Clientes')!;
    const titles = (customers.getRow(1).values as unknown[]).slice(1);
    expect(titles).toEqual(expect.arrayContaining(['Código', 'Nome', 'Vendedor']));
    const row = customers.getRows(2, customers.rowCount - 1)!.find((r) => r.getCell(titles.indexOf('Código') + 1).value === 'C001')!;
    expect(row.getCell(titles.indexOf('Nome') + 1).value).toBe('Alfa Ltda');
    expect(row.getCell(titles.indexOf('Vendedor') + 1).value).toBe('Ana');
  });
});

describe('the views and the runs of the fixture (kam-fixture.ts)', () => {
  let ws: KamWorkspace;
  let firstRunId: number;
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
    firstRunId = (await ws.api.call('analysis/runs', {}))[0]!.id;
  });
  afterAll(() => ws.close());

  it("#36: a matrix cell's value adds its customers' negative values; its share is of the run's positive total", async () => {
    // Window 2025-07 … 2026-06: C003 sold 6 000,00 (three months, then nothing) and C004 only took
    // back 200,00: both C and Z. The total is that of the positive values, 196 200,00.
    const results = await ws.api.call('analysis/results', { runId: firstRunId, filter: { codes: ['C003', 'C004'] } });
    expect(results.map((r) => [r.code, r.abc, r.xyz, r.value, r.nonPositive])).toEqual([
      ['C003', 'C', 'Z', 600_000, false],
      ['C004', 'C', 'Z', -20_000, true],
    ]);
    expect((await ws.api.call('analysis/get', { runId: firstRunId })).totals.value).toBe(19_620_000);
    const cells = await ws.api.call('analysis/matrix', { runId: firstRunId });
    const cz = cells.find((c) => c.abc === 'C' && c.xyz === 'Z')!;
    expect(cz).toMatchObject({ customers: 2, value: 580_000, treatment: 'CZ' });
    expect(cz.share).toBeCloseTo(580_000 / 19_620_000, 12);
    // The cells add up to the customers' values, the negative one included.
    expect(cells.reduce((s, c) => s + c.value, 0)).toBe(19_620_000 - 20_000);

    const target = ws.ctx.files.add(join(ws.dir, 'matriz.xlsx'));
    await ws.api.call('export/workbook', { runId: firstRunId, target });
    const sheet = (await readWorkbook(join(ws.dir, 'matriz.xlsx'))).getWorksheet('Matriz ABC-XYZ')!;
    const row = sheet.getRows(2, 12)!.find((r) => r.getCell(1).value === 'CZ')!;
    expect(row.getCell(4).value).toBe(2);
    expect(row.getCell(5).value).toBe(5_800);
    expect(row.getCell(6).value).toBeCloseTo(580_000 / 19_620_000, 12);
    expect(row.getCell(7).value).toBe(treatmentText('CZ', 'pt-BR'));
  });

  it('#38: sensitivity leaves out a moved threshold that would break 0 < A < B ≤ 100', async () => {
    // Values in ABC order: C001 12 000 000, C002 6 000 000, C006 780 000, C003 600 000, C005 240 000
    // (cumulative before them 0 %, 61.2 %, 91.7 %, 95.7 %, 98.8 %), C004 −20 000.
    const tight = await ws.api.call('analysis/run', { params: { a: 92, b: 97 } });
    // A + 5 = 97 is not below B, B − 5 = 92 is not above A, B + 5 = 102 is above 100: one variant left.
    expect((await ws.api.call('analysis/sensitivity', { runId: tight.id })).rows).toEqual([
      { threshold: 'a', delta: -5, value: 87, changed: 1, A: 2, B: 2, C: 2 },
    ]);
    const wide = await ws.api.call('analysis/run', { params: { a: 80, b: 100 } });
    // B + 5 = 105 is left out; the other three are kept.
    expect((await ws.api.call('analysis/sensitivity', { runId: wide.id })).rows).toEqual([
      { threshold: 'a', delta: -5, value: 75, changed: 0, A: 2, B: 3, C: 1 },
      { threshold: 'a', delta: 5, value: 85, changed: 0, A: 2, B: 3, C: 1 },
      { threshold: 'b', delta: -5, value: 95, changed: 2, A: 2, B: 1, C: 3 },
    ]);
    for (const id of [tight.id, wide.id]) await ws.api.call('analysis/delete', { runId: id });
  });
});

describe('the current run and the dossiers of an older one', () => {
  let ws: KamWorkspace;
  afterEach(() => ws?.close());

  it('#56: the key-account screens follow the current run: a what-if run does not replace it until the user makes it current', async () => {
    ws = await kamWorkspace({ withSales: true }); // run 1: 2025-07 … 2026-06, the defaults
    const [current] = await ws.api.call('analysis/runs', {});
    expect(current!.current).toBe(true);
    const classOf = async (code: string) => (await ws.api.call('customers/list', { filter: { search: code } }))[0]!.abc;

    // A run made later for 2025 does not replace the current picture.
    const older = await ws.api.call('analysis/run', { from: '2025-01-01', to: '2025-12-31' });
    expect(older.id).toBeGreaterThan(current!.id);
    expect(older.current).toBe(false);
    expect(currentRun(ws.ctx.db)!.id).toBe(current!.id);
    expect((await ws.api.call('kpi/dashboard', {})).runId).toBe(current!.id);
    expect(await classOf('C006')).toBe('B'); // C in 2025, B in the current window
    expect((await ws.api.call('analysis/results', { runId: older.id, filter: { codes: ['C006'] } }))[0]!.abc).toBe('C');

    // The same window with A = 50 %: a what-if, not current, until the user makes it so.
    const fifty = await ws.api.call('analysis/run', { params: { a: 50 } });
    expect(fifty.current).toBe(false);
    expect(await classOf('C002')).toBe('A');
    expect((await ws.api.call('analysis/set-current', { runId: fifty.id })).current).toBe(true);
    expect(currentRun(ws.ctx.db)!.id).toBe(fifty.id);
    expect(await classOf('C002')).toBe('B');
    expect(await ws.api.call('kpi/dashboard', {})).toMatchObject({ runId: fifty.id, keyAccounts: 1 });
    expect((await ws.api.call('dossier/key-accounts', {})).map((x) => x.record.code)).toEqual(['C001']);

    // A new run with the defaults becomes current again; deleting it brings back the one before.
    const defaults = await ws.api.call('analysis/run', {});
    expect(defaults.current).toBe(true);
    await ws.api.call('analysis/delete', { runId: defaults.id });
    expect(currentRun(ws.ctx.db)!.id).toBe(fifty.id);
    await ws.api.call('analysis/delete', { runId: fifty.id });
    expect(currentRun(ws.ctx.db)!.id).toBe(current!.id);
  });

  it('#67: the dossiers of a chosen older run are its A customers, in its ABC order; their health and CLV follow the current run', async () => {
    ws = await kamWorkspace({ withSales: true });
    // September 2025 with A = 90 %: C001 10 000,00, C002 5 000,00, C003 2 000,00 are all A
    // (before C003: 15 000 of 17 000 = 88 %). In the current run C003 is C and inactive.
    const september = await ws.api.call('analysis/run', { from: '2025-09-01', to: '2025-09-30', params: { a: 90 } });
    expect((await ws.api.call('analysis/results', { runId: september.id })).map((r) => [r.code, r.abc])).toEqual([
      ['C001', 'A'],
      ['C002', 'A'],
      ['C003', 'A'],
    ]);
    expect((await ws.api.call('dossier/key-accounts', {})).map((x) => x.record.code)).toEqual(['C001', 'C002']);
    const dossiers = await ws.api.call('dossier/key-accounts', { runId: september.id });
    expect(dossiers.map((x) => x.record.code)).toEqual(['C001', 'C002', 'C003']);

    const gama = dossiers[2]!;
    // Health by the current run: 283 days without buying at 2026-06-15 (25 at the end of September).
    expect(gama.health.contributions.find((c) => c.factor === 'overdue')).toMatchObject({ points: 25, inputs: { recencyDays: 283 } });
    expect(gama.health).toEqual(await ws.api.call('kpi/health', { code: 'C003' }));
    // CLV by the current run (its model: too few repeat customers here to fit one), not September's.
    const current = (await ws.api.call('analysis/runs', {})).find((r) => r.current)!;
    expect(current.id).not.toBe(september.id);
    expect(gama.clv).toMatchObject({ runId: current.id, noModel: 'too-few-repeaters', listed: true, clv: null });
    expect(gama.clv).toEqual(await ws.api.call('kpi/clv', { code: 'C003' }));

    // A deleted customer is left out, the order kept.
    await ws.api.call('customers/delete', { code: 'C002' });
    expect((await ws.api.call('dossier/key-accounts', { runId: september.id })).map((x) => x.record.code)).toEqual(['C001', 'C003']);
  });
});

describe('tags (#62)', () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace();
    await ws.api.call('customers/create', { code: 'P01', name: 'Prospecção Ágil' });
  });
  afterAll(() => ws.close());

  it('#62: a tag holds up to 60 characters once trimmed, a customer up to 50 tags once merged; beyond, nothing changes', async () => {
    const tagsOf = async () => (await ws.api.call('customers/get', { code: 'P01' })).tags;
    const sixty = 'x'.repeat(60);
    expect((await ws.api.call('customers/update', { code: 'P01', patch: { tags: [`  ${sixty}  `] } })).tags).toEqual([sixty]);
    await rejects(ws.api.call('customers/update', { code: 'P01', patch: { tags: ['y'.repeat(61)] } }), 'bad-option', /Etiqueta: texto longo demais \(máximo 60 caracteres\)/);
    expect(await tagsOf()).toEqual([sixty]);

    const fifty = Array.from({ length: 50 }, (_, i) => `etiqueta ${String(i + 1).padStart(2, '0')}`);
    expect((await ws.api.call('customers/update', { code: 'P01', patch: { tags: fifty } })).tags).toEqual(fifty);
    await rejects(ws.api.call('customers/update', { code: 'P01', patch: { tags: [...fifty, 'etiqueta 51'] } }), 'bad-option', /Etiquetas demais \(máximo 50\)/);
    expect(await tagsOf()).toEqual(fifty);
    // 53 given, but a duplicate, a blank one and one that is the same once trimmed: 50 tags.
    const given = [...fifty.slice(0, 49), 'etiqueta 01', '   ', ' etiqueta 02 ', 'nova'];
    expect((await ws.api.call('customers/update', { code: 'P01', patch: { tags: given } })).tags).toEqual(expect.arrayContaining(['nova']));
    expect(await tagsOf()).toHaveLength(50);
    expect(await ws.api.call('customers/list', { filter: { tag: 'nova' } })).toHaveLength(1);
  });
});

describe('NPS over time (#75)', () => {
  it('#75: the NPS chart shows at most the 24 months up to today, though older answers still give the last score', () => {
    const today = d('2026-06-15');
    const customers = [
      { id: 1, code: 'C1', name: 'Um', abc: 'A' as const },
      { id: 2, code: 'C2', name: 'Dois', abc: null },
    ];
    const answers = [
      { customerId: 2, kind: 'nps' as const, day: d('2023-02-10'), score: 3 }, // three years ago: its only answer
      { customerId: 1, kind: 'nps' as const, day: d('2024-06-30'), score: 0 }, // the month before the 24
      { customerId: 1, kind: 'csat' as const, day: d('2024-07-01'), score: 5 }, // the first of the 24
      { customerId: 1, kind: 'nps' as const, day: d('2025-12-01'), score: 10 },
    ];
    const r = npsReport(answers, customers, today);
    expect(r.overTime).toHaveLength(24);
    expect(r.overTime[0]).toMatchObject({ period: '2024-07', nps: { answers: 0 }, csat: { answers: 1, csat: 100 } });
    expect(r.overTime.at(-1)!.period).toBe('2026-06');
    expect(r.overTime.map((m) => m.period)).not.toContain('2024-06');
    expect(r.overTime.reduce((s, m) => s + m.nps.answers, 0)).toBe(1);
    // The figures of the last 12 months count only the answer of December 2025…
    expect(r.overall).toMatchObject({ answers: 1, nps: 100 });
    // …and a customer's last score is its latest answer, however old.
    expect(r.byCustomer.map((c) => [c.code, c.nps.answers, c.lastScore, c.lastDay])).toEqual([
      ['C1', 1, 10, d('2025-12-01')],
      ['C2', 0, 3, d('2023-02-10')],
    ]);
    // With a first answer within the 24 months, the chart starts at its month.
    expect(npsReport(answers.slice(2), customers, today).overTime).toHaveLength(24);
    expect(npsReport(answers.slice(3), customers, today).overTime[0]!.period).toBe('2025-12');
  });
});

describe('churn counts deleted customers (#77)', () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
  });
  afterAll(() => ws.close());

  it('#77: deleting a lost customer changes neither churn nor another customer’s CLV; the loss trend leaves it out', async () => {
    const churn = await ws.api.call('kpi/churn', {});
    const clv = await ws.api.call('kpi/clv', { code: 'C003' });
    const trend = await ws.api.call('winback/trend', { months: 6 });
    expect(trend.periods.find((p) => p.period === '2026-02')!.lost).toBe(1); // C004, 365 days after 2025-02-01

    await ws.api.call('customers/delete', { code: 'C004' });
    const after = await ws.api.call('kpi/churn', {});
    expect(after).toEqual(churn);
    expect(after.overall.find((p) => p.period === '2026-02')).toEqual({ period: '2026-02', atStart: 5, lost: 1, rate: 0.2 });
    expect(after.yearlyRate).toBe(0.25);
    expect(after.byClass.find((c) => c.abc === 'C')!.yearlyRate).toBe(0.5);
    expect(await ws.api.call('kpi/clv', { code: 'C003' })).toEqual(clv);
    expect(clv).toMatchObject({ code: 'C003', listed: true });
    expect((await ws.api.call('winback/trend', { months: 6 })).periods.map((p) => p.lost)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('the latest answer for health (#81)', () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
  });
  afterAll(() => ws.close());

  it('#81: on the same day an NPS answer wins over a CSAT one, whichever was entered last; a later day wins', async () => {
    const today = localToday();
    const answer = (code: string, kind: 'nps' | 'csat', day: number, score: number) =>
      ws.api.call('records/save', { kind: 'survey', code, record: { kind, day, score, comment: null } });
    const satisfaction = async (code: string) => (await ws.api.call('kpi/health', { code })).contributions.find((c) => c.factor === 'satisfaction');
    // C001: NPS 10, then CSAT 1 the same day; C002 the other way round.
    await answer('C001', 'nps', today - 3, 10);
    await answer('C001', 'csat', today - 3, 1);
    await answer('C002', 'csat', today - 3, 1);
    await answer('C002', 'nps', today - 3, 10);
    // C005: NPS 10, then CSAT 1 the next day.
    await answer('C005', 'nps', today - 3, 10);
    await answer('C005', 'csat', today - 2, 1);
    expect(await satisfaction('C001')).toMatchObject({ points: 0, inputs: { kind: 'nps', score: 10 } });
    expect(await satisfaction('C002')).toMatchObject({ points: 0, inputs: { kind: 'nps', score: 10 } });
    expect(await satisfaction('C005')).toMatchObject({ points: 20, inputs: { kind: 'csat', score: 1 } });
  });
});

describe('opening and restoring workspace files (#83, #85)', () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
  });
  afterAll(() => ws.close());

  it("#83: opening a file from a newer Clave, or an SQLite file that is not Clave's, is refused and leaves the file as it was", async () => {
    // A workspace written by a newer Clave: a copy of this one with a higher schema version.
    const newerPath = join(ws.dir, 'futuro.clave');
    await ws.api.call('workspace/backup', { target: ws.ctx.files.add(newerPath) });
    const newer = new Database(newerPath);
    newer.pragma(`user_version = ${schemaVersion + 1}`);
    newer.close();
    const newerBytes = readFileSync(newerPath);
    expect(() => openWorkspace({ dbPath: newerPath, tempDir: join(ws.dir, 'tmp') })).toThrow(
      expect.objectContaining({ type: 'bad-file', message: expect.stringMatching(/futuro\.clave foi gravado por uma versão mais nova do Clave \(esquema \d+; esta versão conhece até \d+\).*o arquivo não foi alterado/) }),
    );
    expect(readFileSync(newerPath).equals(newerBytes)).toBe(true);
    expect(existsSync(`${newerPath}-wal`)).toBe(false);

    // The same in SQLite's older journal mode (a copy made by another tool): still not switched to WAL.
    const journalPath = join(ws.dir, 'futuro-journal.clave');
    await ws.api.call('workspace/backup', { target: ws.ctx.files.add(journalPath) });
    const journal = new Database(journalPath);
    journal.pragma('journal_mode = DELETE');
    journal.pragma(`user_version = ${schemaVersion + 1}`);
    journal.close();
    const journalBytes = readFileSync(journalPath);
    expect(() => openWorkspace({ dbPath: journalPath, tempDir: join(ws.dir, 'tmp') })).toThrow(expect.objectContaining({ type: 'bad-file' }));
    expect(readFileSync(journalPath).equals(journalBytes)).toBe(true);

    // Another program's SQLite file.
    const otherPath = join(ws.dir, 'agenda.sqlite');
    const other = new Database(otherPath);
    other.exec("CREATE TABLE contatos (nome TEXT); INSERT INTO contatos VALUES ('Rex');");
    other.close();
    const otherBytes = readFileSync(otherPath);
    expect(() => openWorkspace({ dbPath: otherPath, tempDir: join(ws.dir, 'tmp') })).toThrow(
      expect.objectContaining({ type: 'bad-file', message: expect.stringMatching(/agenda\.sqlite não é um banco de dados do Clave/) }),
    );
    expect(readFileSync(otherPath).equals(otherBytes)).toBe(true);
    expect(existsSync(`${otherPath}-wal`)).toBe(false);
    const check = new Database(otherPath, { readonly: true });
    expect(check.prepare('SELECT nome FROM contatos').pluck().all()).toEqual(['Rex']);
    expect(check.pragma('application_id', { simple: true })).toBe(0);
    check.close();
  });

  it('#85: a damaged backup (failing quick_check) is refused and the workspace is left as it was', async () => {
    const copyPath = join(ws.dir, 'copia.clave');
    await ws.api.call('workspace/backup', { target: ws.ctx.files.add(copyPath) });
    await ws.api.call('customers/create', { code: 'P1', name: 'Depois da cópia' });
    const before = (await ws.api.call('customers/list', {})).map((r) => r.code);
    expect(before).toContain('P1');

    // Damage the customers' page: its first two cells point past the end of the page.
    const copy = new Database(copyPath, { readonly: true });
    const pageSize = copy.pragma('page_size', { simple: true }) as number;
    const root = copy.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'customers'").pluck().get() as number;
    copy.close();
    const bytes = Buffer.from(readFileSync(copyPath));
    const page = (root - 1) * pageSize;
    expect(bytes[page]).toBe(0x0d); // a table leaf: six customers fit in one page
    bytes.writeUInt16BE(pageSize - 2, page + 8);
    bytes.writeUInt16BE(pageSize - 2, page + 10);
    const damagedPath = join(ws.dir, 'copia-danificada.clave');
    writeFileSync(damagedPath, bytes);

    await rejects(ws.api.call('workspace/restore', { fileId: ws.ctx.files.add(damagedPath) }), 'bad-file', /copia-danificada\.clave está danificado \([^]*(out of range|malformed)[^]*\): nada foi alterado/);
    expect((await ws.api.call('customers/list', {})).map((r) => r.code)).toEqual(before);
    expect(await ws.api.call('analysis/runs', {})).toHaveLength(1);
    // The intact copy restores (P1 was made after it).
    expect(await ws.api.call('workspace/restore', { fileId: ws.ctx.files.add(copyPath) })).toEqual({ customers: 6, runs: 1, schemaVersion });
    expect((await ws.api.call('customers/list', {})).map((r) => r.code)).not.toContain('P1');
  });
});

describe("today (#68)", () => {
  // A child process with its own time zone (TZ) opens a workspace and reports what the handlers
  // call today, with the date in that zone as Intl gives it just before and just after.
  const CHILD = `
    import { openWorkspace } from './electron/api/open-workspace';
    import { localToday } from './electron/kam/today';
    import { isoOfDay } from './shared/domain/calendar';
    const [dbPath, instant] = process.argv.slice(2);
    const zoneDay = () => new Intl.DateTimeFormat('en-CA', { timeZone: process.env.TZ, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    const before = zoneDay();
    const ws = openWorkspace({ dbPath });
    await ws.api.call('customers/create', { code: 'P1', name: 'Prospect' });
    const record = await ws.api.call('customers/update', { code: 'P1', patch: { need: true } });
    const agenda = await ws.api.call('agenda/list', {});
    const after = zoneDay();
    ws.close();
    process.stdout.write(JSON.stringify({ at: isoOfDay(localToday(new Date(instant))), checkedOn: isoOfDay(record.threeP.checkedOn), agenda: isoOfDay(agenda.today), before, after }));
  `;
  let child: string;
  beforeAll(async () => {
    child = await bundleChild('today-child', { contents: CHILD });
  });
  afterAll(() => rmSync(child, { force: true }));

  async function inZone(tz: string, instant: string) {
    const dir = tempDir();
    const { stdout } = await promisify(execFile)(process.execPath, [child, join(dir, 'w.clave'), instant], { env: { ...process.env, TZ: tz } });
    return JSON.parse(stdout) as { at: string; checkedOn: string; agenda: string; before: string; after: string };
  }

  it("#68: today is the computer's local date, not UTC's: the three-P date and the agenda in time zones a day apart", async () => {
    // 2026-07-01 01:30 UTC is still 30 June in São Paulo; 2026-06-30 20:00 UTC is already 1 July in Tokyo.
    expect((await inZone('America/Sao_Paulo', '2026-07-01T01:30:00Z')).at).toBe('2026-06-30');
    expect((await inZone('Asia/Tokyo', '2026-06-30T20:00:00Z')).at).toBe('2026-07-01');
    expect((await inZone('UTC', '2026-07-01T01:30:00Z')).at).toBe('2026-07-01');
    // UTC+14 and UTC−11 never share a date, so at least one of them is not UTC's today.
    const east = await inZone('Pacific/Kiritimati', '2026-06-30T20:00:00Z');
    const west = await inZone('Pacific/Pago_Pago', '2026-06-30T20:00:00Z');
    for (const r of [east, west]) {
      expect([r.before, r.after]).toContain(r.checkedOn);
      expect([r.before, r.after]).toContain(r.agenda);
    }
    expect(east.checkedOn > west.checkedOn).toBe(true);
  });
});
