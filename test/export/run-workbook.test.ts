import ExcelJS from 'exceljs';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argb, CLASS_COLORS } from '../../shared/analysis/class-colors';
import { computeMatrix } from '../../shared/analysis/matrix';
import { DEFAULT_PARAMS } from '../../shared/analysis/params';
import type { CustomerResult } from '../../shared/analysis/result-types';
import { treatmentText } from '../../shared/analysis/treatments';
import { customerColumns, PARETO_KEYS, pickColumns } from '../../shared/format/customer-columns';
import { formatSettings } from '../../shared/format/format-settings';
import { listRunResults } from '../../electron/db/run-results-table';
import { exportSettings } from '../../electron/export/export-options';
import { loadRun, writeRunWorkbook } from '../../electron/export/run-workbook';
import { writeRunWorkbookFile } from '../../electron/export/run-workbook-file';
import { keyAccountCores } from '../../electron/kam/dossier';
import { viewOf } from '../../electron/kam/current-run';
import { localToday } from '../../electron/kam/today';
import { dossierFields } from '../../shared/kam/dossier-fields';
import { excelText } from '../../electron/export/table-sheet';
import { HOSTILE_NAMES, openWorkspace, storeRun, syntheticCustomers, WINDOW, type Workspace } from './export-fixture';
import { fromCell, readWorkbook } from './read-back';

const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('run workbook (pt-BR)', () => {
  let ws: Workspace;
  let runId: number;
  let stored: CustomerResult[];
  let wb: ExcelJS.Workbook;
  let path: string;
  const { loc, labels } = formatSettings('pt-BR');

  beforeAll(async () => {
    ws = openWorkspace();
    ({ runId } = storeRun(ws.db, syntheticCustomers(120)));
    stored = listRunResults(ws.db, runId);
    path = join(ws.dir, 'clave-analise-2026-10.xlsx');
    const { bytes } = await writeRunWorkbook(ws.db, runId, path, { appVersion: '1.2.3', now: new Date(2026, 10, 5, 9, 30) });
    expect(bytes).toBe(statSync(path).size);
    wb = await readWorkbook(path);
  });
  afterAll(() => ws.db.close());

  it('is written the same on a thread of its own (the export) as on this one', async () => {
    const { settings, meta } = exportSettings({ appVersion: '1.2.3', now: new Date(2026, 10, 5, 9, 30) });
    const loaded = loadRun(ws.db, runId);
    const keyAccounts = keyAccountCores(ws.db, localToday(), viewOf(loaded.run, loaded.customers)).map(dossierFields);
    const here = join(ws.dir, 'aqui.xlsx');
    await writeRunWorkbookFile({ ...loaded, keyAccounts }, here, settings, meta);
    const sheets = (w: ExcelJS.Workbook) => w.worksheets.map((s) => ({ name: s.name, values: JSON.stringify(s.getSheetValues()) }));
    expect(sheets(await readWorkbook(here))).toEqual(sheets(wb));
    expect(keyAccounts.length).toBeGreaterThan(0);
  });

  it('has the five sheets, in order', () => {
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Clientes', 'Matriz ABC-XYZ', 'Pareto', 'Clientes-chave', 'Parâmetros']);
    // Written beside the target under a temporary name, then renamed: nothing else is left.
    expect(readdirSync(ws.dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('"Clientes" holds every figure of every customer, in ABC order, equal to the stored run', () => {
    const sheet = wb.getWorksheet('Clientes')!;
    const columns = customerColumns(DEFAULT_PARAMS, labels, loc);
    expect(sheet.getRow(1).values).toEqual([undefined, ...columns.map((c) => c.title)]);
    expect(sheet.actualRowCount).toBe(stored.length + 1);
    stored.forEach((customer, i) => {
      const row = sheet.getRow(i + 2);
      columns.forEach((column, j) => {
        const expected = column.value(customer, i);
        const actual = fromCell(column.kind, row.getCell(j + 1), labels);
        if (typeof expected === 'number' && (column.kind === 'percent' || column.kind === 'ratio')) expect(actual).toBeCloseTo(expected, 12);
        else expect(actual, `${customer.code} ${column.key}`).toEqual(typeof expected === 'string' ? excelText(expected) : expected);
      });
    });
  });

  it('writes money to the cent, real dates and plain numbers a user can add up', () => {
    const sheet = wb.getWorksheet('Clientes')!;
    const titles = (sheet.getRow(1).values as unknown[]).slice(1);
    const cell = (row: number, title: string) => sheet.getRow(row).getCell(titles.indexOf(title) + 1);
    const first = stored[0]!;
    expect(cell(2, 'Código').value).toBe(first.code);
    expect(cell(2, 'Faturamento').value).toBe(first.revenue / 100);
    expect(cell(2, 'Faturamento').numFmt).toBe('"R$" #,##0.00;-"R$" #,##0.00');
    expect(cell(2, 'Participação').numFmt).toBe('0.00%');
    expect(cell(2, 'Última compra').value).toEqual(new Date(first.lastPurchase! * 86_400_000));
    expect(cell(2, 'Última compra').numFmt).toBe('dd/mm/yyyy');
    expect(cell(2, 'Situação').value).toBe({ active: 'Ativo', 'at risk': 'Em risco', inactive: 'Inativo', lost: 'Perdido', prospect: 'Prospecto' }[first.status]);
    expect(cell(2, 'Tipos').value).toBe('Provedor');
    // The customer with value ≤ 0 has no cumulative share (an empty cell, not 0).
    const last = stored.length + 1;
    expect(cell(last, 'Participação acumulada').value).toBeNull();
    expect(cell(last, 'ABC').value).toBe('C');
    // A signal says why it was raised.
    const overdue = stored.findIndex((c) => c.signals.some((s) => s.kind === 'overdue'));
    expect(String(cell(overdue + 2, 'Sinais').value)).toMatch(/^Atrasado: \d+ dias sem comprar, mais de 1,5 × o ciclo de [\d,]+ dias/);
    const declining = stored.findIndex((c) => c.signals.some((s) => s.kind === 'declining'));
    expect(String(cell(declining + 2, 'Sinais').value)).toContain('R$\u00a01.234,57');
  });

  it('freezes the header row (and code and name), sets the autofilter and colours the class cells', () => {
    for (const name of ['Clientes', 'Pareto']) {
      const sheet = wb.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, xSplit: 3 });
      const columns = sheet.getRow(1).cellCount;
      expect(sheet.autoFilter).toEqual(`A1:${sheet.getColumn(columns).letter}${stored.length + 1}`);
    }
    const sheet = wb.getWorksheet('Clientes')!;
    const titles = (sheet.getRow(1).values as unknown[]).slice(1);
    for (const [title, rowIndex] of [['ABC', 0], ['XYZ', 0], ['XYZ', stored.findIndex((c) => c.xyz === null)]] as const) {
      const c = sheet.getRow(rowIndex + 2).getCell(titles.indexOf(title) + 1);
      const key = title === 'ABC' ? stored[rowIndex]!.abc : (stored[rowIndex]!.xyz ?? 'new');
      expect(c.value).toBe(key === 'new' ? 'novo' : key);
      expect(c.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(CLASS_COLORS[key]!.fill) } });
    }
    const bClass = stored.findIndex((c) => c.abc === 'B');
    expect(sheet.getRow(bClass + 2).getCell(titles.indexOf('ABC') + 1).fill).toMatchObject({ fgColor: { argb: argb(CLASS_COLORS.B!.fill) } });
  });

  it('keeps names that look like formulas as text cells, never formulas', () => {
    const sheet = wb.getWorksheet('Clientes')!;
    const found = new Map<string, ExcelJS.Cell>();
    sheet.eachRow((row) => {
      const cell = row.getCell(3);
      if (typeof cell.value === 'string' && HOSTILE_NAMES.map(excelText).includes(cell.value)) found.set(cell.value, cell);
    });
    // All there, intact, but for the carriage return, which a workbook keeps as a line feed.
    expect([...found.keys()].sort()).toEqual(HOSTILE_NAMES.map(excelText).sort());
    for (const cell of found.values()) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    }
    // A code and a seller from the file, too.
    const code = sheet.getRow(stored.findIndex((c) => c.code === '=2+3') + 2).getCell(2);
    expect(code.type).toBe(ExcelJS.ValueType.String);
    expect(code.value).toBe('=2+3');
  });

  it('"Matriz ABC-XYZ" has the nine cells and the new row with count, value, share and treatment', () => {
    const sheet = wb.getWorksheet('Matriz ABC-XYZ')!;
    const matrix = computeMatrix(stored, stored.reduce((s, c) => s + Math.max(c.value, 0), 0));
    expect(sheet.actualRowCount).toBe(13);
    expect(sheet.getRow(1).values).toEqual([undefined, 'Célula', 'ABC', 'XYZ', 'Clientes', 'Valor (faturamento)', 'Participação', 'Tratamento recomendado']);
    matrix.forEach((cell, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(cell.xyz ? `${cell.abc}${cell.xyz}` : `${cell.abc} (novo)`);
      expect(row.getCell(4).value).toBe(cell.customers);
      expect(Math.round((row.getCell(5).value as number) * 100)).toBe(cell.value);
      expect(row.getCell(6).value).toBeCloseTo(cell.share, 12);
      expect(row.getCell(7).value).toBe(treatmentText(cell.treatment, 'pt-BR'));
    });
    expect(matrix.reduce((s, c) => s + c.customers, 0)).toBe(stored.length);
  });

  it('"Pareto" is the cumulative table', () => {
    const sheet = wb.getWorksheet('Pareto')!;
    const columns = pickColumns(customerColumns(DEFAULT_PARAMS, labels, loc), PARETO_KEYS);
    expect(sheet.getRow(1).values).toEqual([undefined, 'Posição', 'Código', 'Nome', 'Valor (faturamento)', 'Participação', 'Participação acumulada', 'ABC']);
    stored.forEach((customer, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(i + 1);
      expect(fromCell('money', row.getCell(4), labels)).toBe(customer.value);
      if (customer.cumulativeShare === null) expect(row.getCell(6).value).toBeNull();
      else expect(row.getCell(6).value).toBeCloseTo(customer.cumulativeShare, 12);
      expect(row.getCell(7).value).toBe(customer.abc);
    });
    expect(sheet.getRow(1).cellCount).toBe(columns.length);
  });

  it('"Parâmetros" gives the window, every parameter, the source batches, the version and the dates', () => {
    const sheet = wb.getWorksheet('Parâmetros')!;
    const byLabel = new Map<string, unknown>();
    sheet.eachRow((row) => byLabel.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(byLabel.get('Janela: de')).toEqual(dateOf(WINDOW.from));
    expect(byLabel.get('Janela: até')).toEqual(dateOf(WINDOW.to));
    expect(byLabel.get('Data de referência')).toEqual(dateOf(WINDOW.to));
    expect(byLabel.get('Última venda nos dados')).toEqual(dateOf(WINDOW.to));
    expect(byLabel.get('Último período incompleto, fora do XYZ')).toBe('não');
    expect(byLabel.get('Análise atual')).toBe('não'); // stored by the fixture, never made current
    expect(byLabel.get('Nome da análise')).toBeNull(); // an empty cell: no label
    expect(byLabel.get('Período')).toBe('Mês');
    expect(byLabel.get('Base do ABC')).toBe('Faturamento');
    expect(byLabel.get('Limite A (% acumulado)')).toBe(80);
    expect(byLabel.get('Limite B (% acumulado)')).toBe(95);
    expect(byLabel.get('Medida do XYZ')).toBe('Faturamento');
    expect(byLabel.get('Limite X (coeficiente de variação)')).toBe(0.5);
    expect(byLabel.get('Limite Y (coeficiente de variação)')).toBe(1);
    expect(byLabel.get('Histórico mínimo para XYZ (períodos)')).toBe(3);
    expect(byLabel.get('Inativo após (dias sem compra)')).toBe(180);
    expect(byLabel.get('Perdido após (dias sem compra)')).toBe(365);
    expect(byLabel.get('Versão do Clave')).toBe('1.2.3');
    expect(byLabel.get('Moeda')).toBe('BRL');
    expect(byLabel.get('Análise nº')).toBe(runId);
    expect(byLabel.get('Exportada em')).toEqual(new Date(Date.UTC(2026, 10, 5, 9, 30)));
    expect(byLabel.get('Criada em')).toBeInstanceOf(Date);
    expect(byLabel.get('Clientes')).toBe(stored.length);
    expect(byLabel.get('Lote nº')).toBe('Arquivo'); // the header of the sources table
    const sources = sheet.getRows(1, sheet.rowCount)!.filter((r) => r.getCell(2).value === 'vendas-2026.xlsx');
    expect(sources).toHaveLength(1);
    expect(typeof sources[0]!.getCell(1).value).toBe('number');
  });
});

describe('run workbook in other locales', () => {
  it('writes English titles, a month-first date format and the locale currency', async () => {
    const ws = openWorkspace();
    const { runId } = storeRun(ws.db, syntheticCustomers(20));
    const path = join(ws.dir, 'en.xlsx');
    await writeRunWorkbook(ws.db, runId, path, { locale: 'en' });
    const wb = await readWorkbook(path);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Customers', 'ABC-XYZ matrix', 'Pareto', 'Key accounts', 'Parameters']);
    const sheet = wb.getWorksheet('Customers')!;
    const titles = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(titles.slice(0, 4)).toEqual(['Rank', 'Code', 'Name', 'Value (revenue)']);
    expect(sheet.getRow(2).getCell(titles.indexOf('Last purchase') + 1).numFmt).toBe('mm/dd/yyyy');
    expect(sheet.getRow(2).getCell(titles.indexOf('Revenue') + 1).numFmt).toBe('"$"#,##0.00;-"$"#,##0.00');
    ws.db.close();
  });

  it('shows euros after the amount in Spanish, and another currency on request', async () => {
    const ws = openWorkspace();
    const { runId } = storeRun(ws.db, syntheticCustomers(10));
    await writeRunWorkbook(ws.db, runId, join(ws.dir, 'es.xlsx'), { locale: 'es' });
    const es = (await readWorkbook(join(ws.dir, 'es.xlsx'))).getWorksheet('Clientes')!;
    expect(es.getRow(1).getCell(11).value).toBe('Facturación');
    expect(es.getRow(2).getCell(11).numFmt).toBe('#,##0.00 "€";-#,##0.00 "€"');
    await writeRunWorkbook(ws.db, runId, join(ws.dir, 'ca.xlsx'), { locale: 'ca', currency: 'BRL' });
    const ca = (await readWorkbook(join(ws.dir, 'ca.xlsx'))).getWorksheet('Clients')!;
    expect(ca.getRow(2).getCell(11).numFmt).toBe('#,##0.00 "R$";-#,##0.00 "R$"');
    ws.db.close();
  });

  it('refuses an unknown locale, a bad currency or a missing run, and writes nothing', async () => {
    const ws = openWorkspace();
    const { runId } = storeRun(ws.db, syntheticCustomers(5));
    const path = join(ws.dir, 'x.xlsx');
    await expect(writeRunWorkbook(ws.db, runId, path, { locale: 'fr' })).rejects.toMatchObject({ type: 'bad-option' });
    await expect(writeRunWorkbook(ws.db, runId, path, { currency: 'reais' })).rejects.toMatchObject({ type: 'bad-option' });
    await expect(writeRunWorkbook(ws.db, runId + 1, path)).rejects.toMatchObject({ type: 'not-found' });
    await expect(writeRunWorkbook(ws.db, runId, join(ws.dir, 'no-such-folder', 'x.xlsx'))).rejects.toMatchObject({
      type: 'bad-file',
    });
    expect(existsSync(path)).toBe(false);
    ws.db.close();
  });
});
