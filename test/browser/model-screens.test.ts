// The predicted figures on the screens, in a real Chromium through the web host at 1366×768: the
// customer grid's four columns (sorted, filtered, P(alive) as a percentage), the portfolio's, the
// dossier's predicted CLV explained step by step with "é provável que ainda compre", and a key
// account probably being lost flagged in the portfolio, the agenda and the dossier.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/api/analysis-api';
import type { CustomerResult } from '../../shared/analysis/result-types';
import { dayOfIso } from '../../shared/domain/calendar';
import { drawnLines, salesCsv, type Line } from '../analysis/model-workspace';
import type { AppSession } from './browser-harness';
import { onPreparedSession } from './session-helpers';

const REFERENCE = dayOfIso('2026-06-30')!;

let s: AppSession;
let run: RunSummary;
let results: CustomerResult[];

/** A big customer who bought every week and stopped 150 days before the reference date: an A customer probably being lost. */
const BIG: Line[] = Array.from({ length: 36 }, (_, i) => ({ code: 'BIG', day: REFERENCE - 400 + 7 * i, amount: 10_000, cost: 6_000 }));

const show = (hash: string) => s.page.evaluate((h) => (window.location.hash = h), hash);
/** P(alive) as the screens write it: a whole percentage, a decimal within 1 % of 0 or 100 %. */
const percent = (p: number) => {
  const digits = (p > 0 && p < 0.01) || (p > 0.99 && p < 1) ? 1 : 0;
  return new Intl.NumberFormat('pt-BR', { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(p);
};

/** Scrolls the grid right until the column's header is drawn (ag-grid draws the visible columns only). */
async function scrollToColumn(col: string) {
  const header = s.page.locator(`.ag-header-cell[col-id="${col}"]`);
  const cells = s.page.locator(`.ag-row [col-id="${col}"]`);
  for (let x = 0; x < 6000 && ((await header.count()) === 0 || (await cells.count()) === 0); x += 250)
    await s.page.locator('.ag-body-horizontal-scroll-viewport').evaluate((el, left) => (el.scrollLeft = left), x);
  return header;
}

onPreparedSession(
  (opened) => (s = opened),
  async () => {
    const api = s.host.workspace.api;
    const path = join(s.dir, 'vendas.csv');
    writeFileSync(path, salesCsv([...drawnLines(300, 11, REFERENCE - 540, REFERENCE - 120, REFERENCE + 120), ...BIG]));
    await api.call('import/run', { fileId: s.host.workspace.ctx.files.add(path) });
    run = await api.call('analysis/run', {});
    results = await api.call('analysis/results', { runId: run.id });
  },
);

describe('the predicted figures on the screens', () => {
  it('the customer grid has P(alive) as a percentage, expected purchases, predicted revenue and CLV: sortable and filterable', async () => {
    const { page } = s;
    expect(run.model.fitted).not.toBeNull();
    await show(`#/customers?run=${run.id}`);
    await page.locator('.ag-grid-scrolling-container .ag-row[row-id]').first().waitFor();
    for (const [col, title] of [
      ['pAlive', 'P(ainda compra)'],
      ['expectedPurchases90d', 'Compras previstas (90 dias)'],
      ['predictedRevenue12m', 'Faturamento previsto (12 meses)'],
      ['clv12m', 'CLV (12 meses)'],
    ])
      await expect.poll(async () => (await scrollToColumn(col)).innerText()).toContain(title);
    // Sorted by P(alive), smallest first: BIG, which stopped buying, leads.
    await (await scrollToColumn('pAlive')).locator('.ag-header-cell-label').click();
    const first = page.locator('.ag-row[row-index="0"]');
    await expect.poll(() => first.locator('[col-id="code"]').innerText()).toBe([...results].sort((a, b) => a.pAlive! - b.pAlive!)[0]!.code);
    const big = results.find((c) => c.code === 'BIG')!;
    expect(big.abc).toBe('A');
    expect(big.pAlive!).toBeLessThan(0.5);
    await s.screenshot('model-customer-grid');
    // The filter: unlikely to still buy (under 50 %).
    await page.getByTestId('filter-alive').selectOption('unlikely');
    const unlikely = results.filter((c) => c.pAlive !== null && c.pAlive < 0.5).length;
    await expect.poll(() => page.getByTestId('shown-count').getAttribute('data-shown')).toBe(String(unlikely));
    expect(await page.getByTestId('chip-alive').innerText()).toContain('Ainda compra: Pouco provável (< 50 %)');
    // A cell shows the percentage the way the locale writes it.
    const cell = page.locator('.ag-row[row-index="0"] [col-id="pAlive"]');
    await expect
      .poll(async () => {
        await scrollToColumn('pAlive');
        return (await cell.count()) > 0 ? cell.first().innerText() : '';
      })
      .toMatch(/^\d{1,3},\d{2}\s?%$/);
  });

  it('the portfolio shows the four figures, sorts by them and flags the key account probably being lost', async () => {
    const { page } = s;
    await show('#/portfolio');
    const table = page.getByTestId('portfolio-table');
    await table.waitFor();
    await expect.poll(() => page.getByTestId('sort-pAlive').innerText()).toContain('P(ainda compra)');
    const bigRow = table.locator('tr[data-code="BIG"]');
    await expect.poll(() => bigRow.getByTestId('likely-losing').innerText()).toBe('provavelmente perdendo');
    await page.getByTestId('filter-losing').check();
    const rows = await s.host.workspace.api.call('customers/list', {});
    const losing = rows.filter((r) => r.likelyLosing).map((r) => r.code);
    expect(losing).toContain('BIG');
    await expect.poll(() => table.locator('tr.portfolio-row').count()).toBe(losing.length);
    await page.getByTestId('sort-clv12m').click();
    await s.screenshot('model-portfolio');
    await page.getByTestId('filter-losing').uncheck();
  });

  it('the agenda lists the key accounts probably being lost and flags their items', async () => {
    const { page } = s;
    await show('#/agenda');
    const losing = page.getByTestId('agenda-losing');
    await expect.poll(() => losing.innerText()).toContain('Contas-chave provavelmente perdendo');
    const big = results.find((c) => c.code === 'BIG')!;
    expect(await page.getByTestId('losing-BIG').innerText()).toMatch(new RegExp(`^A BIG\\s+${percent(big.pAlive!)}\\s+26/01/2026$`));
    // BIG is overdue (a weekly cycle, months without buying) but not lost: its purchase item carries the flag.
    await expect.poll(() => page.getByTestId('agenda-item-purchase-BIG').getByTestId('likely-losing').count()).toBe(1);
    await s.screenshot('model-agenda');
  });

  it('the dossier explains the predicted CLV step by step and says how likely the customer still buys', async () => {
    const { page } = s;
    const best = results.find((c) => c.code !== 'BIG' && c.pAlive! >= 0.5 && c.clv12m !== null)!;
    await show(`#/dossier?code=${best.code}`);
    const clv = page.getByTestId('clv');
    await expect.poll(() => page.getByTestId('still-buying').innerText()).toBe(`É provável que ainda compre: ${percent(best.pAlive!)}`);
    const money = (cents: number) => new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' }).format(cents / 100);
    expect(await page.getByTestId('clv-value').innerText()).toBe(money(best.clv12m!));
    const text = await clv.innerText();
    expect(text).toContain('Compras esperadas nos próximos 12 meses:');
    expect(text).toContain(`Gasto esperado por compra: ${money(best.clvSteps.expectedSpend!)}`);
    expect(text).toContain(`Faturamento previsto, mês a mês, com desconto de 1% ao mês: ${money(best.predictedRevenue12m!)}`);
    const reference = new Intl.DateTimeFormat('pt-BR', { timeZone: 'UTC' }).format(new Date(`${run.referenceDate}T00:00:00Z`));
    expect(text).toContain(`Taxa de margem do histórico até ${reference}: 30,0%`);
    expect(text).toContain(`CLV = ${money(best.predictedRevenue12m!)} × 30,0% = ${money(best.clv12m!)}`);
    // P(alive) in the health score, with its own line.
    expect(await page.getByTestId('health-alive').innerText()).toContain('Chance de ainda comprar');
    await clv.scrollIntoViewIfNeeded();
    await s.screenshot('model-dossier');

    // The customer probably being lost: the flag beside its status, and the sentence says so.
    await show('#/dossier?code=BIG');
    await expect.poll(() => page.getByTestId('dossier-class').getByTestId('likely-losing').count()).toBe(1);
    await expect.poll(() => page.getByTestId('still-buying').innerText()).toMatch(/^É pouco provável que ainda compre: /);
  });
});
