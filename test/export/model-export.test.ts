// The exported workbook of a run with its predictive models, read back with exceljs as a user's
// spreadsheet would: the four predicted columns (and the backtest's actual purchases) in
// "Clientes", P(alive) as a percentage, empty cells where a figure does not exist (never NaN), the
// models and the discount in "Parâmetros", and the predicted CLV in "Clientes-chave".
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../../electron/api/open-workspace';
import type { RunSummary } from '../../shared/api/analysis-api';
import type { CustomerResult } from '../../shared/analysis/result-types';
import { dayOfIso } from '../../shared/domain/calendar';
import { drawnLines, workspaceOf } from '../analysis/model-workspace';
import { readWorkbook } from './read-back';

const REFERENCE = dayOfIso('2026-06-30')!;

describe('the workbook of a run with a model', () => {
  let ws: Workspace;
  let run: RunSummary;
  let results: CustomerResult[];
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    ws = await workspaceOf(drawnLines(300, 11, REFERENCE - 540, REFERENCE - 120, REFERENCE + 120));
    run = await ws.api.call('analysis/run', { to: '2026-06-30' });
    results = await ws.api.call('analysis/results', { runId: run.id });
    const out = await ws.api.call('export/workbook', { runId: run.id });
    wb = await readWorkbook(ws.ctx.files.get(out.fileId).path);
  });
  afterAll(() => ws.close());

  const header = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1) as string[];

  it('"Clientes" has P(alive) as a percentage, expected purchases, predicted revenue and CLV, and the actual purchases after', () => {
    const sheet = wb.getWorksheet('Clientes')!;
    const titles = header(sheet);
    const at = (title: string) => {
      const i = titles.indexOf(title);
      expect(i, title).toBeGreaterThanOrEqual(0);
      return i + 1;
    };
    const cols = {
      pAlive: at('P(ainda compra)'),
      expected: at('Compras previstas (90 dias)'),
      revenue: at('Faturamento previsto (12 meses)'),
      clv: at('CLV (12 meses)'),
      actual: at('Compras reais (90 dias depois)'),
    };
    results.forEach((c, i) => {
      const row = sheet.getRow(i + 2);
      const pAlive = row.getCell(cols.pAlive);
      expect(pAlive.value as number).toBeCloseTo(c.pAlive!, 12);
      expect(pAlive.numFmt).toContain('%');
      expect(row.getCell(cols.expected).value as number).toBeCloseTo(c.expectedPurchases90d!, 12);
      expect(row.getCell(cols.revenue).value).toBe(c.predictedRevenue12m! / 100);
      expect(row.getCell(cols.clv).value).toBe(c.clv12m! / 100);
      expect(row.getCell(cols.actual).value).toBe(c.actualPurchases90d);
    });
    // No cell of the sheet is a NaN or an error.
    sheet.eachRow((row) => row.eachCell((cell) => expect(Number.isNaN(cell.value)).toBe(false)));
  });

  it('"Parâmetros" gives the discount and the models: r, alpha, a, b, log-likelihoods, p, q, v and how many customers', () => {
    const sheet = wb.getWorksheet('Parâmetros')!;
    const values = new Map<string, unknown>();
    sheet.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value));
    const m = run.model.fitted!;
    expect(values.get('Desconto mensal da previsão')).toBe(0.01);
    expect(values.get('Clientes com compra (no ajuste)')).toBe(m.customers);
    expect(values.get('Clientes com compra repetida')).toBe(m.repeaters);
    expect(values.get('r')).toBe(m.r);
    expect(values.get('alpha')).toBe(m.alpha);
    expect(values.get('a')).toBe(m.a);
    expect(values.get('b')).toBe(m.b);
    expect(values.get('Log-verossimilhança (BG/NBD)')).toBe(m.logLikelihood);
    expect(values.get('p')).toBe(m.spend!.p);
    expect(values.get('v')).toBe(m.spend!.v);
  });

  it('"Clientes-chave" gives each A customer its predicted CLV', () => {
    const sheet = wb.getWorksheet('Clientes-chave')!;
    const titles = header(sheet);
    const clvAt = titles.indexOf('CLV previsto (12 meses)') + 1;
    const codeAt = titles.indexOf('Código') + 1;
    expect(clvAt).toBeGreaterThan(0);
    const byCode = new Map(results.map((c) => [c.code, c]));
    let rows = 0;
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      rows++;
      expect(row.getCell(clvAt).value).toBe(byCode.get(String(row.getCell(codeAt).value))!.clv12m! / 100);
    });
    expect(rows).toBe(results.filter((c) => c.abc === 'A').length);
  });
});

describe('the workbook of a run without a model', () => {
  it('leaves the predicted cells empty and says why in "Parâmetros"', async () => {
    const ws = await workspaceOf(drawnLines(12, 4, REFERENCE - 300, REFERENCE - 100, REFERENCE));
    try {
      const run = await ws.api.call('analysis/run', {});
      expect(run.model.fitted).toBeNull();
      const wb = await readWorkbook(ws.ctx.files.get((await ws.api.call('export/workbook', { runId: run.id })).fileId).path);
      const sheet = wb.getWorksheet('Clientes')!;
      const titles = header(sheet);
      const pAliveAt = titles.indexOf('P(ainda compra)') + 1;
      sheet.eachRow((row, n) => {
        if (n > 1) expect(row.getCell(pAliveAt).value).toBeNull();
      });
      const params = new Map<string, unknown>();
      wb.getWorksheet('Parâmetros')!.eachRow((row) => params.set(String(row.getCell(1).value), row.getCell(2).value));
      expect(params.get('Sem modelo')).toMatch(/^são precisos pelo menos 30 clientes que compraram mais de uma vez, e há \d+ \(de 12 com compra\)\.$/);
    } finally {
      ws.close();
    }
  });

  const header = (sheet: ExcelJS.Worksheet) => (sheet.getRow(1).values as unknown[]).slice(1) as string[];
});
