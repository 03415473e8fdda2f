// The analysis screens in a real browser against a real workspace: the ABC-XYZ matrix, the
// customer grid and the Pareto chart. The data comes in through the API (the import wizard has
// its own tests); what is checked here is what a user sees on these three screens.
import { copyFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/api/analysis-api';
import type { MatrixCell } from '../../shared/analysis/matrix-types';
import { openApp, type AppSession } from './browser-harness';

let session: AppSession;
let run: RunSummary;
let cells: MatrixCell[];

const cellId = (c: MatrixCell) => `matrix-${c.abc}-${c.xyz ?? 'new'}`;
const percentPt = (share: number) =>
  new Intl.NumberFormat('pt-BR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);

async function show(hash: string) {
  await session.page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

async function shownCount(): Promise<number> {
  const status = session.page.getByTestId('shown-count');
  await status.waitFor();
  return Number(await status.getAttribute('data-shown'));
}

/** The ABC, XYZ and code of every row the grid has drawn (it draws the visible ones). */
async function drawnRows(): Promise<{ code: string; abc: string; xyz: string }[]> {
  return session.page.evaluate(() => {
    const text = (row: Element, col: string) => row.querySelector(`[col-id="${col}"]`)?.textContent?.trim() ?? '';
    return [...document.querySelectorAll('.ag-grid-scrolling-container .ag-row[row-id]')].map((row) => ({
      code: text(row, 'code'),
      abc: text(row, 'abc'),
      xyz: text(row, 'xyz'),
    }));
  });
}

beforeAll(async () => {
  session = await openApp();
  const api = session.host.workspace.api;
  const sample = await api.call('sample/create', { lines: 5000, customers: 100 });
  await api.call('import/run', { fileId: sample.fileId });
  run = await api.call('analysis/run', {});
  cells = await api.call('analysis/matrix', { runId: run.id });
  // The page loaded before the data existed: reload it (the session token stays in the tab).
  await session.page.reload();
});

afterAll(async () => {
  await session?.close();
});

describe('analysis screens', () => {
  it('shows the matrix with the counts of the engine', async () => {
    const { page } = session;
    await show(`#/matrix?run=${run.id}`);
    await page.getByTestId('matrix').waitFor();
    for (const c of cells) {
      const cell = page.getByTestId(cellId(c));
      expect(Number(await cell.getAttribute('data-count')), cellId(c)).toBe(c.customers);
      expect(await cell.textContent()).toContain(String(c.customers));
    }
    for (const abc of ['A', 'B', 'C'] as const) {
      expect(Number(await page.getByTestId(`matrix-${abc}-all`).getAttribute('data-count'))).toBe(run.totals[abc]);
      expect(await page.getByTestId(`kpi-${abc}`).textContent()).toBe(new Intl.NumberFormat('pt-BR').format(run.totals[abc]));
    }
    expect(Number(await page.getByTestId('matrix-all-all').getAttribute('data-count'))).toBe(run.totals.customers);
    expect(cells.reduce((s, c) => s + c.customers, 0)).toBe(run.totals.customers);
    await expect.poll(() => page.getByTestId('matrix-A-X').textContent()).toContain('Gerente de conta dedicado');
    await session.screenshot('analysis-matrix');
  });

  it('opens the grid filtered to AX when the cell is clicked', async () => {
    const { page } = session;
    const ax = cells.find((c) => c.abc === 'A' && c.xyz === 'X')!;
    expect(ax.customers).toBeGreaterThan(0);
    await page.getByTestId('matrix-A-X').click();
    await page.waitForFunction(() => window.location.hash.startsWith('#/customers'));
    expect(await page.evaluate(() => window.location.hash)).toContain('abc=A');
    expect(await page.evaluate(() => window.location.hash)).toContain('xyz=X');
    await page.locator('.ag-grid-scrolling-container .ag-row[row-id]').first().waitFor();
    expect(await shownCount()).toBe(ax.customers);
    const rows = await drawnRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ abc: 'A', xyz: 'X' });
    const expected = await session.host.workspace.api.call('analysis/results', { runId: run.id, filter: { abc: 'A', xyz: 'X' } });
    const codes = new Set(expected.map((c) => c.code));
    for (const row of rows) expect(codes.has(row.code), row.code).toBe(true);
    await expect.poll(() => page.getByTestId('chip-abc').textContent()).toContain('A');
    await session.screenshot('analysis-customers-ax');

    // Removing the XYZ chip widens the grid to every A customer.
    await page.getByTestId('chip-xyz').click();
    await page.waitForFunction(() => !window.location.hash.includes('xyz='));
    await expect.poll(shownCount).toBe(run.totals.A);
  });

  it('works from the keyboard: arrows move, Enter opens the cell', async () => {
    const { page } = session;
    await show(`#/matrix?run=${run.id}`);
    await page.getByTestId('matrix').waitFor();
    // Tabbing reaches the matrix at its one tab stop, the AX cell.
    await page.locator('[data-testid="matrix"] [tabindex="0"]').focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('matrix-A-X');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('matrix-B-Y');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash.startsWith('#/customers'));
    const by = cells.find((c) => c.abc === 'B' && c.xyz === 'Y')!;
    expect(await page.evaluate(() => window.location.hash)).toMatch(/abc=B.*xyz=Y|xyz=Y.*abc=B/);
    await expect.poll(shownCount).toBe(by.customers);
  });

  it('narrows the grid with the quick search', async () => {
    const { page } = session;
    await show(`#/customers?run=${run.id}`);
    await page.locator('.ag-grid-scrolling-container .ag-row[row-id]').first().waitFor();
    await expect.poll(shownCount).toBe(run.totals.customers);
    const all = await session.host.workspace.api.call('analysis/results', { runId: run.id });
    const target = all[3]!;
    await page.getByTestId('customer-search').fill(target.code);
    await expect.poll(shownCount).toBeLessThan(run.totals.customers);
    expect(await shownCount()).toBeGreaterThanOrEqual(1);
    expect((await drawnRows()).map((r) => r.code)).toContain(target.code);
    await page.getByTestId('customer-search').fill('');
    await expect.poll(shownCount).toBe(run.totals.customers);
    await page.getByTestId('customer-search').blur();
    await page.mouse.move(0, 0);
    await session.screenshot('analysis-customers');
  });

  it('opens a customer from the keyboard and remembers hidden columns', async () => {
    const { page } = session;
    const all = await session.host.workspace.api.call('analysis/results', { runId: run.id });
    // Enter on a focused row opens the customer's panel (the hook for the dossier).
    await page.locator('.ag-row[row-index="0"] [col-id="value"]').click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash.includes('code='));
    await expect.poll(() => page.getByTestId('customer-panel').textContent()).toContain(all[1]!.code);
    await page.getByTestId('customer-panel').getByRole('button').click();
    await page.waitForFunction(() => !window.location.hash.includes('code='));
    // Hiding a column through the chooser survives a reload.
    await expect.poll(() => page.locator('.ag-header-cell[col-id="margin"]').count()).toBe(1);
    await page.locator('.column-chooser summary').click();
    await page.locator('.column-chooser label', { hasText: /^\s*Margem$/ }).locator('input').uncheck();
    await expect.poll(() => page.locator('.ag-header-cell[col-id="margin"]').count()).toBe(0);
    await page.reload();
    await page.locator('.ag-grid-scrolling-container .ag-row[row-id]').first().waitFor();
    expect(await page.locator('.ag-header-cell[col-id="margin"]').count()).toBe(0);
    await page.locator('.column-chooser summary').click();
    await page.getByRole('button', { name: 'Voltar ao padrão' }).click();
    await expect.poll(() => page.locator('.ag-header-cell[col-id="margin"]').count()).toBe(1);
  });

  it('draws the Pareto chart beside the concentration panel', async () => {
    const { page } = session;
    await show(`#/pareto?run=${run.id}`);
    const canvas = page.getByTestId('pareto-chart');
    await canvas.waitFor();
    await page.getByTestId('concentration').waitFor();
    const painted = await canvas.evaluate((el) => {
      const c = el as HTMLCanvasElement;
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
      return n;
    });
    expect(painted).toBeGreaterThan(1000);
    const concentration = await session.host.workspace.api.call('analysis/concentration', { runId: run.id });
    const top20 = concentration.top.find((t) => t.percent === 20)!;
    expect(await page.getByTestId('top-20').textContent()).toBe(percentPt(top20.share));
    await page.getByTestId('sensitivity').waitFor();
    await session.screenshot('analysis-pareto');
  });

  it('speaks English when asked', async () => {
    const { page } = session;
    await show(`#/matrix?run=${run.id}`);
    await page.getByTestId('matrix').waitFor();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Matriz ABC-XYZ');
    await expect.poll(() => page.getByTestId('matrix').textContent()).toContain('alto valor');
    await page.getByTestId('locale').selectOption('en');
    await expect.poll(() => page.locator('h1').textContent()).toBe('ABC-XYZ matrix');
    const text = await page.getByTestId('matrix').textContent();
    expect(text).toContain('high value');
    expect(text).toContain('irregular');
    expect(await page.getByTestId('matrix-A-X').textContent()).toContain('Dedicated key account manager');
    await session.screenshot('analysis-matrix-en');
    // The grid follows: English titles and en-US number formats.
    await show(`#/customers?run=${run.id}`);
    await page.locator('.ag-grid-scrolling-container .ag-row[row-id]').first().waitFor();
    // On a revenue run the revenue is the value column, named by its basis (decision #157).
    await expect.poll(() => page.locator('.ag-header-cell[col-id="value"]').textContent()).toContain('Value (revenue)');
    expect(await page.locator('.ag-row[row-index="0"] [col-id="value"]').textContent()).toMatch(/^R\$\s?\d{1,3}(,\d{3})*\.\d{2}$/);
    await show(`#/matrix?run=${run.id}`);
    await page.getByTestId('locale').selectOption('pt-BR');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Matriz ABC-XYZ');
  });
});

/** Kept for the README: `SAVE_DOC_SCREENSHOTS=1` copies the matrix and grid shots into docs/. */
afterAll(() => {
  if (!process.env.SAVE_DOC_SCREENSHOTS) return;
  const docs = resolve('docs', 'screenshots');
  mkdirSync(docs, { recursive: true });
  copyFileSync(resolve('test-output', 'screenshots', 'analysis-matrix.png'), resolve(docs, 'matrix.png'));
  copyFileSync(resolve('test-output', 'screenshots', 'analysis-customers.png'), resolve(docs, 'customers.png'));
});
