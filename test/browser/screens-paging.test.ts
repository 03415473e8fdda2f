// Long lists a page at a time, as a user sees them (issue #13.1), in Chromium through the web host
// on a real workspace of a few hundred customers with predicted figures: the portfolio's first
// 100 rows and 'Mostrar mais', a quick search that finds a customer beyond the first page, a sort
// by a predicted column done by the backend, the customer grid's filters answered by the backend,
// and the win-back list's first page with its totals of every lost customer.
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/api/analysis-api';
import { dayOfIso } from '../../shared/domain/calendar';
import type { AppSession } from './browser-harness';
import { analyseDrawnSales, onPreparedSession } from './session-helpers';

const REFERENCE = dayOfIso('2026-06-30')!;
const CUSTOMERS = 450;

let s: AppSession;
let run: RunSummary;

const show = (hash: string) => s.page.evaluate((h) => (window.location.hash = h), hash);
const api = () => s.host.workspace.api;
/** The portfolio's rows on screen, top to bottom. */
const codes = () => s.page.locator('tr.portfolio-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.code ?? ''));

onPreparedSession(
  (opened) => (s = opened),
  async () => {
    run = await analyseDrawnSales(s, CUSTOMERS, REFERENCE);
  },
  { timeoutMs: 90_000 },
);

describe('long lists a page at a time', () => {
  it('the portfolio shows its first 100 customers and "Mostrar mais" brings the next ones', async () => {
    const { page } = s;
    const all = await api().call('customers/page', { limit: 0 });
    expect(all.total).toBeGreaterThan(200);
    await show('#/portfolio');
    await expect.poll(() => page.locator('tr.portfolio-row').count()).toBe(100);
    const more = page.getByTestId('portfolio-more');
    await expect.poll(() => more.innerText()).toBe(`Mostrar mais (100 de ${new Intl.NumberFormat('pt-BR').format(all.total)})`);
    // The first page is the current analysis's ABC order, as the backend gives it.
    const first = await api().call('customers/page', { limit: 200 });
    expect(await codes()).toEqual(first.rows.slice(0, 100).map((r) => r.code));
    await more.click();
    await expect.poll(() => page.locator('tr.portfolio-row').count()).toBe(200);
    expect(await codes()).toEqual(first.rows.map((r) => r.code));
    await s.screenshot('paging-portfolio-more');
  });

  it('a quick search finds a customer that is not on the first page', async () => {
    const { page } = s;
    // Still on the portfolio, its first two pages shown (the test before).
    await expect.poll(() => page.locator('tr.portfolio-row').count()).toBe(200);
    const far = (await api().call('customers/page', { offset: 250, limit: 1 })).rows[0]!;
    expect(await codes()).not.toContain(far.code);
    await page.getByTestId('portfolio-search').fill(far.code);
    await expect.poll(codes).toContain(far.code);
    // Typed in lower case, it is found all the same.
    await page.getByTestId('portfolio-search').fill(far.code.toLowerCase());
    await expect.poll(codes).toContain(far.code);
    // Cleared, the search starts again from the first page.
    await page.getByTestId('portfolio-search').fill('');
    await expect.poll(() => page.locator('tr.portfolio-row').count()).toBe(100);
  });

  it('sorts the whole portfolio by a predicted column, not only the rows shown', async () => {
    const { page } = s;
    await show('#/portfolio');
    await page.getByTestId('sort-clv12m').click();
    await page.waitForFunction(() => window.location.hash.includes('sort=-clv12m'));
    // Largest CLV first over every customer, those without one last: what the backend's sort gives.
    const sorted = await api().call('customers/page', { sort: { key: 'clv12m', desc: true }, limit: 100 });
    await expect.poll(codes).toEqual(sorted.rows.map((r) => r.code));
    const everyone = await api().call('customers/page', { limit: 1000 });
    const largest = Math.max(...everyone.rows.map((r) => r.clv12m ?? -Infinity));
    expect(sorted.rows[0]!.clv12m).toBe(largest);
    expect(await page.locator('th[aria-sort="descending"]').innerText()).toContain('CLV (12 meses)');
    // P(alive), smallest first on the second click's opposite: the first click sorts up.
    await page.getByTestId('sort-pAlive').click();
    await page.waitForFunction(() => window.location.hash.includes('sort=pAlive'));
    const byChance = await api().call('customers/page', { sort: { key: 'pAlive', desc: false }, limit: 100 });
    await expect.poll(codes).toEqual(byChance.rows.map((r) => r.code));
    const chances = byChance.rows.map((r) => r.pAlive).filter((p): p is number => p !== null);
    expect(chances).toEqual([...chances].sort((a, b) => a - b));
    await s.screenshot('paging-portfolio-sorted');
  });

  it('the customer grid filters on the backend: the count and the rows are those of every customer of the filter', async () => {
    const { page } = s;
    await show(`#/customers?run=${run.id}`);
    await page.locator('.ag-grid-scrolling-container .ag-row[row-id]').first().waitFor();
    const shown = () => page.getByTestId('shown-count').getAttribute('data-shown');
    await page.getByTestId('filter-alive').selectOption('unlikely');
    const unlikely = await api().call('analysis/results-page', { runId: run.id, filter: { alive: 'unlikely' }, limit: 20 });
    expect(unlikely.total).toBeGreaterThan(0);
    await expect.poll(shown).toBe(String(unlikely.total));
    await page.getByTestId('filter-abc').selectOption('B');
    const both = await api().call('analysis/results-page', { runId: run.id, filter: { alive: 'unlikely', abc: 'B' }, limit: 20 });
    await expect.poll(shown).toBe(String(both.total));
    const drawn = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.ag-grid-scrolling-container .ag-row[row-id]')]
          .sort((a, b) => Number(a.getAttribute('row-index')) - Number(b.getAttribute('row-index')))
          .map((r) => r.querySelector('[col-id="code"]')?.textContent),
      );
    await expect.poll(async () => (await drawn()).slice(0, Math.min(5, both.total))).toEqual(both.rows.slice(0, 5).map((r) => r.code));
    await s.screenshot('paging-grid-filtered');
  });

  it('the win-back list shows its first page, its totals over every lost customer, and more on request', async () => {
    const { page } = s;
    const list = await api().call('winback/list', {});
    const first = await api().call('winback/page', { limit: 100 });
    expect(first.total).toBe(list.length);
    expect(first.valueLost).toBe(list.reduce((sum, r) => sum + r.valueLost, 0));
    expect(first.rows).toEqual(list.slice(0, 100));
    await show('#/winback');
    const rows = page.locator('[data-testid="winback-table"] tbody tr');
    await expect.poll(() => rows.count()).toBe(Math.min(100, list.length));
    const money = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' }).format(first.valueLost / 100);
    await expect.poll(() => page.getByTestId('winback-totals').innerText()).toContain(money);
    if (list.length > 100) {
      await page.getByTestId('winback-more').click();
      await expect.poll(() => rows.count()).toBe(Math.min(200, list.length));
    }
  });
});
