// The whole path a user takes: import sales files, analyze, export — read back with exceljs and
// as CSV, every figure equal to the stored run. Names from the file that look like formulas stay
// text all the way.
import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/api/analysis-api';
import type { CustomerResult } from '../../shared/analysis/result-types';
import { dayOfIso } from '../../shared/domain/calendar';
import { isFormulaLike } from '../../shared/format/csv-fields';
import { customerColumns } from '../../shared/format/customer-columns';
import { formatSettings } from '../../shared/format/format-settings';
import { openWorkspace, type Workspace } from '../../electron/api/open-workspace';
import { excelText } from '../../electron/export/table-sheet';
import { writeSampleCsv } from '../../electron/sample/write-sample';
import { fromCell, fromCsvField, parseCsv, readWorkbook } from './read-back';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/export/nomes-perigosos.csv');

describe('import → analyze → export', () => {
  let ws: Workspace;
  let run: RunSummary;
  let results: CustomerResult[];
  let hostileBatch: number;

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clave-'));
    ws = openWorkspace({ dbPath: join(dir, 'workspace.clave'), tempDir: join(dir, 'tmp') });
    const sales = join(dir, 'vendas.csv');
    await writeSampleCsv(sales, { lines: 3000, customers: 120, months: 24, lastDay: dayOfIso('2026-10-31')!, seed: 3 });
    await ws.api.call('import/run', { fileId: ws.ctx.files.add(sales) });
    const hostile = await ws.api.call('import/run', { fileId: ws.ctx.files.add(FIXTURE) });
    hostileBatch = hostile.batchId!;
    run = await ws.api.call('analysis/run', {});
    results = await ws.api.call('analysis/results', { runId: run.id });
  });
  afterAll(() => ws.close());

  it('the workbook reads back equal to the stored run, figure by figure', async () => {
    const out = await ws.api.call('export/workbook', { runId: run.id });
    expect(out.fileName).toBe(`clave-analise-${run.id}-${run.window.to.slice(0, 7)}.xlsx`);
    const wb = await readWorkbook(ws.ctx.files.get(out.fileId).path);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Clientes', 'Matriz ABC-XYZ', 'Pareto', 'Clientes-chave', 'Parâmetros']);
    const { loc, labels } = formatSettings('pt-BR');
    const columns = customerColumns(run.params, labels, loc);
    const sheet = wb.getWorksheet('Clientes')!;
    expect(sheet.actualRowCount).toBe(results.length + 1);
    results.forEach((customer, i) => {
      const row = sheet.getRow(i + 2);
      columns.forEach((column, j) => {
        const expected = column.value(customer, i);
        const actual = fromCell(column.kind, row.getCell(j + 1), labels);
        if (typeof expected === 'number' && (column.kind === 'percent' || column.kind === 'ratio')) expect(actual).toBeCloseTo(expected, 12);
        else expect(actual, `${customer.code} ${column.key}`).toEqual(typeof expected === 'string' ? excelText(expected) : expected);
      });
    });
    const names = new Map<string, ExcelJS.Cell>();
    sheet.eachRow((row) => names.set(String(row.getCell(3).value), row.getCell(3)));
    for (const name of ['=HYPERLINK("http://x","y")', '+5511987654321', '-x', '@SUM(1)']) {
      expect(names.get(name)?.type, name).toBe(ExcelJS.ValueType.String);
      expect(names.get(name)?.formula).toBeUndefined();
    }
    const params = wb.getWorksheet('Parâmetros')!.getColumn(2).values;
    expect(params).toContain('vendas.csv');
    expect(params).toContain('nomes-perigosos.csv');
  });

  it('the English CSV reads back equal too, with the formula-like text guarded', async () => {
    const out = await ws.api.call('export/csv', { runId: run.id, locale: 'en' });
    const { loc, labels } = formatSettings('en');
    const { bom, records, raw } = parseCsv(ws.ctx.files.get(out.fileId).path, ',');
    expect(bom).toBe(true);
    const columns = customerColumns(run.params, labels, loc);
    expect(records).toHaveLength(results.length + 1);
    results.forEach((customer, i) => {
      columns.forEach((column, j) => {
        const expected = column.value(customer, i);
        const actual = fromCsvField(column.kind, records[i + 1]![j]!, loc, labels);
        if (typeof expected === 'string' && column.kind === 'text') expect(actual).toBe(isFormulaLike(expected) ? `'${expected}` : expected);
        else if (typeof expected === 'number' && (column.kind === 'percent' || column.kind === 'ratio'))
          expect(actual as number).toBeCloseTo(expected, column.kind === 'percent' ? 6 : 4);
        else expect(actual, `${customer.code} ${column.key}`).toEqual(expected);
      });
    });
    expect(raw).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
    expect(raw).toContain(`,"'=1+2",`);
    expect(raw).toContain(`,"'@vendedor",`);
  });

  it("the import's rejected rows export with their raw values as text", async () => {
    const out = await ws.api.call('export/rejects', { batchId: hostileBatch });
    const wb = await readWorkbook(ws.ctx.files.get(out.fileId).path);
    const sheet = wb.getWorksheet('Linhas rejeitadas')!;
    const rows = sheet.getRows(2, sheet.actualRowCount - 1)!;
    expect(rows.map((r) => r.getCell(1).value)).toEqual([8, 9]);
    const evil = rows[0]!.getCell(4 + 3);
    expect(evil.value).toBe("=cmd|'/C calc'!A0");
    expect(evil.type).toBe(ExcelJS.ValueType.String);
  });
});
