// The way in to Clave, driven like a user in a real Chromium through the web host on a fresh
// workspace: the welcome, the import wizard (file chooser, detected mapping, preview, summary,
// a dropped duplicate, undo), the parameters screen (defaults, live validation, a rerun with
// A = 70), the run history (migration between the two runs and the customers of a cell), the
// workbook export read back with exceljs, the language switch, the one-click sample, and the
// session token.
import ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/api/analysis-api';
import type { CustomerResult } from '../../shared/analysis/result-types';
import { dayFromYmd } from '../../shared/domain/calendar';
import { generateSales } from '../../shared/sample/generate-sales';
import { writeSampleCsv, writeSampleXlsx } from '../../electron/sample/write-sample';
import { openApp, type AppSession } from './browser-harness';

const SAMPLE = { lines: 3000, customers: 150, months: 24, lastDay: dayFromYmd(2025, 12, 31)!, seed: 7 };
/** Customers of the file: the generator gives a few of the 150 no line at all. */
const CUSTOMERS_IN_FILE = new Set(Array.from(generateSales(SAMPLE), (l) => l.code)).size;

/** Calls the workspace's API table directly (to check what the screens show against the engine). */
async function api<T>(s: AppSession, name: string, arg: unknown): Promise<T> {
  const result = await s.host.workspace.api.dispatch(name, arg);
  if (!result.ok) throw new Error(`${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result.value as T;
}

describe('import, analysis and run history in the browser', () => {
  let s: AppSession;
  let xlsx: string;

  beforeAll(async () => {
    s = await openApp();
    xlsx = join(s.dir, 'vendas-2025.xlsx');
    await writeSampleXlsx(xlsx, SAMPLE);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('welcomes an empty workspace with what Clave does', async () => {
    const { page } = s;
    await page.getByRole('heading', { name: 'Bem-vindo ao Clave' }).waitFor();
    await expect.poll(() => page.getByText('curva ABC (Pareto)').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('start-sample').isVisible()).toBe(true);
    await s.screenshot('start-empty');
  });

  it('imports an .xlsx through the wizard: file chooser, detected mapping, preview, summary', async () => {
    const { page } = s;
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('start-import').click();
    await (await chooser).setFiles(xlsx);
    await page.waitForURL(/#\/import\?file=/);
    await page.getByTestId('preview').waitFor();

    // The detected mapping: the ERP's Portuguese headers, found below the title row.
    const selected = (field: string) => page.locator(`#map-${field} option:checked`).textContent();
    await expect.poll(() => selected('customer')).toContain('Cód. Cliente');
    await expect.poll(() => selected('date')).toContain('Data Emissão');
    await expect.poll(() => selected('amount')).toContain('Valor Total');
    await expect.poll(() => selected('region')).toContain('Região');
    await expect.poll(() => page.getByText('cabeçalho na linha 2').isVisible()).toBe(true);
    // 50 rows, numbers and dates in pt-BR.
    await expect.poll(() => page.locator('[data-testid=preview] tbody tr').count()).toBe(50);
    const firstRow = await page.locator('[data-testid=preview] tbody tr').first().innerText();
    expect(firstRow).toMatch(/\d{2}\/\d{2}\/20\d{2}/);
    expect(firstRow).toMatch(/R\$\s?[\d.]+,\d{2}/);
    await s.screenshot('import-preview');

    // Correcting the mapping asks for a new preview: without the seller, its column goes away.
    const previewHeaders = () => page.locator('[data-testid=preview] thead th').allInnerTexts();
    await expect.poll(() => previewHeaders()).toContain('Vendedor');
    await page.locator('#map-seller').selectOption('');
    await expect.poll(previewHeaders).not.toContain('Vendedor');
    await page.locator('#map-seller').selectOption({ label: 'E · Vendedor' });
    await expect.poll(previewHeaders).toContain('Vendedor');

    await page.getByTestId('import-run').click();
    await page.getByTestId('import-summary').waitFor();
    await expect.poll(() => page.getByTestId('summary-read').innerText()).toBe('3.000');
    await expect.poll(() => page.getByTestId('summary-imported').innerText()).toBe('3.000');
    await expect.poll(() => page.getByTestId('summary-rejected').innerText()).toBe('0');
    await expect.poll(() => page.getByTestId('summary-new-customers').innerText()).toBe(String(CUSTOMERS_IN_FILE));
    await s.screenshot('import-summary');
  });

  it('runs the default analysis from the parameters screen and lands on its matrix', async () => {
    const { page } = s;
    await page.getByTestId('run-analysis').click();
    await page.waitForURL(/#\/analysis/);
    await expect.poll(() => page.getByTestId('param-from').inputValue()).toBe('01/01/2025');
    await expect.poll(() => page.getByTestId('param-to').inputValue()).toBe('31/12/2025');
    await expect.poll(() => page.getByTestId('param-a').inputValue()).toBe('80');
    await expect.poll(() => page.getByTestId('param-x').inputValue()).toBe('0,50');
    await s.screenshot('analysis');
    await page.getByTestId('run-analysis').click();
    await page.waitForURL(/#\/matrix\?run=1$/);
    const [run] = await api<RunSummary[]>(s, 'analysis/runs', {});
    expect(run!.params.a).toBe(80);
    expect(run!.window).toEqual({ from: '2025-01-01', to: '2025-12-31', period: 'month' });
  });

  it('validates the parameters live and reruns with A = 70', async () => {
    const { page } = s;
    await page.goto(`${new URL(page.url()).origin}/#/analysis?run=1`);
    await page.getByTestId('param-a').waitFor();
    await page.getByTestId('param-a').fill('96');
    await expect.poll(() => page.getByTestId('param-problems').innerText()).toContain('0 < A < B ≤ 100');
    await expect.poll(() => page.getByTestId('run-analysis').isDisabled()).toBe(true);
    await page.getByTestId('param-x').fill('abc');
    await expect.poll(() => page.getByTestId('param-problems').innerText()).toContain('digite um número');
    await page.getByTestId('param-to').fill('31/13/2025');
    await expect.poll(() => page.getByTestId('param-problems').innerText()).toContain('Até: 31/13/2025 não existe: não há mês 13.');
    await page.getByTestId('preset-classic').click();
    await expect.poll(() => page.getByTestId('param-x').inputValue()).toBe('0,10');
    await expect.poll(() => page.getByTestId('param-y').inputValue()).toBe('0,25');
    await s.screenshot('analysis-invalid');
    await page.getByTestId('preset-default').click();
    await page.getByTestId('param-to').fill('31/12/2025');
    await page.getByTestId('param-a').fill('70');
    await expect.poll(() => page.getByTestId('param-problems').count()).toBe(0);
    await page.getByTestId('param-a').press('Enter'); // the form submits from the keyboard
    await page.waitForURL(/#\/matrix\?run=2$/);
    const runs = await api<RunSummary[]>(s, 'analysis/runs', {});
    expect(runs.find((r) => r.id === 2)!.params.a).toBe(70);
  });

  it('compares the two runs in the history and lists the customers of a migration cell', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Histórico' }).click();
    await page.getByTestId('history-runs').waitFor();
    await page.getByTestId('compare-1').check();
    await page.getByTestId('compare-2').check();
    await page.getByTestId('migration').waitFor();

    // A lower A threshold moves some A customers to B and none the other way.
    const migration = await api<{ cells: { from: string; to: string; customers: number }[] }>(s, 'analysis/migration', { fromRunId: 1, toRunId: 2 });
    const count = migration.cells.find((c) => c.from === 'A' && c.to === 'B')!.customers;
    const ab = (await api<{ rows: { code: string }[] }>(s, 'analysis/migration-customers', { fromRunId: 1, toRunId: 2, from: 'A', to: 'B' })).rows.map((r) => r.code);
    expect(ab.length).toBeGreaterThan(0);
    expect(ab.length).toBe(count);
    await expect.poll(() => page.getByTestId('migration-A-B').innerText()).toBe(String(ab.length));
    await expect.poll(() => page.getByTestId('migration-B-A').innerText()).toBe('0');

    // Keyboard: from A→A the right arrow reaches A→B, Enter opens it.
    await page.getByTestId('migration-A-A').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('migration-A-B');
    await page.keyboard.press('Enter');
    const list = page.getByTestId('migration-customers');
    await list.waitFor();
    await expect.poll(() => list.locator('tbody tr').count()).toBe(ab.length);
    const names = await api<CustomerResult[]>(s, 'analysis/results', { runId: 2, filter: { codes: [ab[0]] } });
    const row = await list.locator('tbody tr', { hasText: ab[0]! }).innerText();
    expect(row).toContain(names[0]!.name!);
    await s.screenshot('history-migration');
  });

  it('exports the workbook as a download whose "Clientes" sheet holds the run in ABC order', async () => {
    const { page } = s;
    await page.getByTestId('export-run').selectOption('2');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-xlsx-2').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('clave-analise-2-2025-12.xlsx');
    const saved = join(s.dir, 'exported.xlsx');
    await file.saveAs(saved);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    const sheet = workbook.getWorksheet('Clientes');
    expect(sheet).toBeDefined();
    const header = (sheet!.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
    const codeCol = header.indexOf('Código');
    const abcCol = header.indexOf('ABC');
    const codes: string[] = [];
    const classes: string[] = [];
    sheet!.eachRow((row, n) => {
      if (n === 1) return;
      codes.push(String(row.getCell(codeCol).value));
      classes.push(String(row.getCell(abcCol).value));
    });
    const results = await api<CustomerResult[]>(s, 'analysis/results', { runId: 2 });
    expect(codes).toEqual(results.map((c) => c.code));
    expect(classes).toEqual(results.map((c) => c.abc));
    expect(classes.join('')).toMatch(/^A+B+C+$/);
    await page.getByTestId('export-panel').getByText('Exportado: clave-analise-2-2025-12.xlsx').waitFor();
    await s.screenshot('history-export');

    // The desktop menu's "Exportar…" lands on the export choice with the focus on it.
    await page.goto(`${new URL(page.url()).origin}/#/history?export=1`);
    await page.getByTestId('export-panel').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toMatch(/^export-xlsx-\d+$/);
  });

  it('switches the language to English and back', async () => {
    const { page } = s;
    await page.getByTestId('locale').selectOption('en');
    await page.getByRole('heading', { name: 'Run history' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'History' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('migration-moves').innerText()).toContain('moved up a class');
    await s.screenshot('history-en');
    await page.getByRole('link', { name: 'Analysis', exact: true }).click();
    await page.getByRole('heading', { name: 'Analysis parameters' }).waitFor();
    await expect.poll(() => page.getByTestId('param-to').inputValue()).toBe('12/31/2025'); // the reader's notation
    await expect.poll(() => page.getByTestId('param-x').inputValue()).toBe('0.50');
    await s.screenshot('analysis-en');
    await page.getByTestId('locale').selectOption('pt-BR');
    await page.getByRole('heading', { name: 'Parâmetros da análise' }).waitFor();
  });

  it('takes a dropped file: the duplicate is recognised, imported again on request, then undone', async () => {
    const { page } = s;
    await page.getByRole('link', { name: 'Importar', exact: true }).click();
    await page.getByTestId('choose-file').waitFor();
    await s.screenshot('import-file-step');
    await page.getByRole('link', { name: 'Início' }).click();
    await page.getByTestId('start-runs').waitFor();
    const bytes = readFileSync(xlsx).toString('base64');
    const transfer = await page.evaluateHandle((b64) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], 'vendas-2025-copia.xlsx'));
      return dt;
    }, bytes);
    await page.dispatchEvent('.drop-target', 'dragenter', { dataTransfer: transfer });
    await page.getByText('Solte a planilha para importá-la').waitFor();
    await page.dispatchEvent('.drop-target', 'drop', { dataTransfer: transfer });
    await page.waitForURL(/#\/import\?file=/);
    await page.getByText('mesmo conteúdo do lote nº 1').waitFor();
    await s.screenshot('import-duplicate');
    await page.getByTestId('import-again').click();
    // Its 3,000 lines are all stored: skipped unless the user keeps them all.
    await page.getByTestId('overlap').waitFor();
    await expect.poll(() => page.getByTestId('overlap-stored').innerText()).toContain('3.000 delas já estão guardadas');
    await page.getByTestId('overlap-keep').check();
    await page.getByTestId('overlap-import').click();
    await page.getByTestId('import-summary').waitFor();
    await page.getByTestId('undo-import').click();
    await page.getByTestId('undo-import-confirm').click();
    await page.getByText('Importação desfeita: 3.000 linhas de venda removidas.').waitFor();
    const batches = await api<{ id: number; undoneAt: string | null }[]>(s, 'import/batches', {});
    expect(batches.map((b) => [b.id, b.undoneAt !== null])).toEqual(
      expect.arrayContaining([
        [1, false],
        [2, true],
      ]),
    );
    await page.getByRole('link', { name: 'Início' }).click();
    await page.getByTestId('start-batches').waitFor();
    await expect.poll(() => page.getByTestId('start-batches').innerText()).toContain('Desfeito em');
    await s.screenshot('start-with-data');
  });

  it('shows the rows a file would reject, imports the rest and exports the rejected rows', async () => {
    const { page } = s;
    const csv = join(s.dir, 'vendas-com-erros.csv');
    writeFileSync(
      csv,
      [
        'Cliente;Data;Valor',
        'X001;05/01/2025;1.234,56',
        'X002;06/01/2025;99,90',
        ';07/01/2025;10,00',
        'X003;31/02/2025;5,00',
        'X004;08/01/2025;abc',
        'Total;;1.344,46',
        '',
      ].join('\r\n'),
    );
    await page.getByRole('link', { name: 'Importar', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('choose-file').click();
    await (await chooser).setFiles(csv);
    const previewRejects = page.getByTestId('preview-rejects');
    await previewRejects.waitFor();
    await expect.poll(() => previewRejects.locator('tbody tr').count()).toBe(4);
    await expect.poll(() => previewRejects.innerText()).toContain('Data ilegível');
    await expect.poll(() => page.locator('[data-testid=preview] tbody tr').count()).toBe(2);
    await page.getByTestId('import-run').click();
    // None of its lines is stored, but stored sales fall on its dates: the rule is offered, skip chosen.
    await page.getByTestId('overlap').waitFor();
    await expect.poll(() => page.getByTestId('overlap-stored').innerText()).toContain('Nenhuma delas');
    await page.getByTestId('overlap-import').click();
    await page.getByTestId('import-summary').waitFor();
    await expect.poll(() => page.getByTestId('summary-imported').innerText()).toBe('2');
    await expect.poll(() => page.getByTestId('summary-rejected').innerText()).toBe('4');
    const rejects = page.getByTestId('batch-rejects');
    await rejects.waitFor();
    await expect.poll(() => rejects.locator('tbody tr').count()).toBe(4);
    await expect.poll(() => rejects.innerText()).toContain('Linha de total ou subtotal');
    await s.screenshot('import-summary-rejects');

    const download = page.waitForEvent('download');
    await page.getByTestId('export-rejects').click();
    const file = await download;
    const saved = join(s.dir, 'rejeitadas.xlsx');
    await file.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.getWorksheet('Linhas rejeitadas')!.actualRowCount).toBe(5); // header + 4 rows
  });

  it('shows the progress of a long import and cancels it without writing anything', async () => {
    const { page } = s;
    const big = join(s.dir, 'vendas-grande.csv');
    await writeSampleCsv(big, { lines: 150_000, customers: 3000, months: 24, lastDay: dayFromYmd(2025, 12, 31)!, seed: 11 });
    const before = await api<unknown[]>(s, 'import/batches', {});
    await page.getByRole('link', { name: 'Importar', exact: true }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('choose-file').click();
    await (await chooser).setFiles(big);
    await page.getByTestId('preview').waitFor();
    await page.getByTestId('import-run').click();
    const progress = page.getByTestId('import-progress');
    await progress.waitFor();
    await expect.poll(() => progress.locator('progress').count()).toBe(1);
    await s.screenshot('import-progress');
    await progress.getByRole('button', { name: 'Cancelar' }).click();
    await page.getByText('Importação cancelada: nada foi gravado.').waitFor();
    // Back on the preview with the same choices, and the workspace untouched.
    await expect.poll(() => page.getByTestId('import-run').isVisible()).toBe(true);
    await expect(api<unknown[]>(s, 'import/batches', {})).resolves.toHaveLength(before.length);
  });

  it('refuses an API call without the session token', async () => {
    const origin = new URL(s.host.url).origin;
    const res = await fetch(`${origin}/api/call/analysis/runs`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(res.status).toBe(401);
    const fromPage = await s.page.evaluate(async () => (await fetch('/api/call/analysis/runs', { method: 'POST', body: '{}' })).status);
    expect(fromPage).toBe(401);
  });
});

describe('"Experimentar com dados de exemplo" in a new workspace', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await openApp();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('imports the sample, runs the default analysis and lands on its results in one click', async () => {
    const { page } = s;
    await page.getByTestId('start-sample').click();
    await page.waitForURL(/#\/matrix\?run=1$/, { timeout: 60_000 });
    const [run] = await api<RunSummary[]>(s, 'analysis/runs', {});
    expect(run!.totals.customers).toBeGreaterThan(100);
    expect(run!.totals.A).toBeGreaterThan(0);
    await s.screenshot('sample-results');
    await page.getByRole('link', { name: 'Início' }).click();
    await page.getByTestId('start-runs').waitFor();
    await expect.poll(() => page.getByTestId('start-runs').innerText()).toContain(String(run!.totals.A));
    await s.screenshot('start-after-sample');
  });
});
