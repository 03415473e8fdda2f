// The workbook export gains the dossier fields of the A customers (issue "Key-account
// management", data safety): a "Clientes-chave" sheet, one row per A customer in ABC order,
// with what the user typed about it, read back with exceljs.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kamWorkspace, type KamWorkspace } from '../kam/kam-fixture';

describe('the "Clientes-chave" sheet', () => {
  let ws: KamWorkspace;
  let sheet: ExcelJS.Worksheet;
  let titles: string[];

  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
    const kam = await ws.api.call('team/save', { member: { name: 'Kátia', role: 'kam', email: null } });
    await ws.api.call('customers/update', { code: 'C001', patch: { kamId: kam.id, need: true, pay: true, authority: false, tags: ['=SUM(1)', 'vip'] } });
    await ws.api.call('records/save', {
      kind: 'person',
      code: 'C001',
      record: { name: 'Márcia Souza', role: 'Compras', email: 'marcia@alfa.com', phone: null, influence: 'decision maker', attitude: 'supporter', reportsTo: null },
    });
    await ws.api.call('records/save', { kind: 'competitor', code: 'C001', record: { name: 'Parafusos Sul', notes: null } });
    const runs = await ws.api.call('analysis/runs', {});
    const out = await ws.api.call('export/workbook', { runId: runs[0]!.id });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(ws.ctx.files.get(out.fileId).path);
    sheet = wb.getWorksheet('Clientes-chave')!;
    titles = (sheet.getRow(1).values as string[]).slice(1);
  });
  afterAll(() => ws.close());

  const cell = (row: number, title: string) => sheet.getRow(row).getCell(titles.indexOf(title) + 1).value;

  it('lists the A customers in ABC order', async () => {
    const runs = await ws.api.call('analysis/runs', {});
    const results = await ws.api.call('analysis/results', { runId: runs[0]!.id });
    const aCodes = results.filter((r) => r.abc === 'A').map((r) => r.code);
    expect(aCodes.length).toBeGreaterThan(0);
    expect(sheet.actualRowCount).toBe(aCodes.length + 1);
    expect(aCodes.map((_, i) => cell(i + 2, 'Código'))).toEqual(aCodes);
  });

  it('holds the KAM, the three P, the decision makers and the competitors, user text as text', () => {
    const row = 2; // C001 is the largest customer of the fixture
    expect(cell(row, 'Código')).toBe('C001');
    expect(cell(row, 'Gerente de conta (KAM)')).toBe('Kátia');
    expect(cell(row, 'Necessidade')).toBe('Sim');
    expect(cell(row, 'Autoridade para decidir')).toBe('Não');
    expect(cell(row, 'Três P conferidos em')).toBeInstanceOf(Date);
    expect(cell(row, 'Decisores')).toBe('Márcia Souza');
    expect(cell(row, 'Concorrentes')).toBe('Parafusos Sul');
    expect(cell(row, 'Etiquetas')).toBe('=SUM(1); vip');
    expect(typeof cell(row, 'Saúde da conta (0–100)')).toBe('number');
  });
});
