// The customer grid as a user works it (issue #13.1, decision #185), in Chromium through the web
// host on a workspace of about 200 customers (more than the grid's first block of 100): a filter or a search
// refills the rows on screen with its answer, from the top, each class with its letter on its
// colour; a search typed key by key ends on the last one's customers; one that finds nobody says
// so and clearing it brings the rows back; after scrolling past the first block a search starts
// again from the top; the sort chosen stays; Enter opens the customer the row now shows.
import { describe, expect, it } from 'vitest';
import type { RankedResult, RunSummary } from '../../shared/api/analysis-api';
import { CLASS_COLORS } from '../../shared/analysis/class-colors';
import type { AppSession } from './browser-harness';
import { onPreparedSession } from './session-helpers';

let s: AppSession;
let run: RunSummary;

const api = () => s.host.workspace.api;
const show = (hash: string) => s.page.evaluate((h) => (window.location.hash = h), hash);
const shown = () => s.page.getByTestId('shown-count').getAttribute('data-shown');
const pt = (n: number) => new Intl.NumberFormat('pt-BR').format(n);

/** The rows drawn, top to bottom: code, class letter and the class cell's colours, and whether the row is in view. */
async function drawn() {
  return s.page.evaluate(() => {
    const viewport = document.querySelector('.customer-grid .ag-grid-viewport')!.getBoundingClientRect();
    return [...document.querySelectorAll('.customer-grid .ag-grid-scrolling-container .ag-row[row-id]')]
      .sort((a, b) => Number(a.getAttribute('row-index')) - Number(b.getAttribute('row-index')))
      .map((row) => {
        const abc = row.querySelector<HTMLElement>('[col-id="abc"]');
        const box = row.getBoundingClientRect();
        return {
          index: Number(row.getAttribute('row-index')),
          code: row.querySelector('[col-id="code"]')?.textContent ?? '',
          abc: abc?.textContent ?? '',
          fill: abc ? getComputedStyle(abc).backgroundColor : '',
          text: abc ? getComputedStyle(abc).color : '',
          inView: box.top >= viewport.top - 1 && box.bottom <= viewport.bottom + 1,
        };
      });
  });
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** Polls until the first rows drawn are `rows`' first ones, the first of them in view. */
async function expectFirstRows(rows: RankedResult[]) {
  const n = Math.min(8, rows.length);
  await expect.poll(async () => (await drawn()).slice(0, n).map((r) => r.code)).toEqual(rows.slice(0, n).map((r) => r.code));
  const first = (await drawn())[0]!;
  expect(first.index).toBe(0);
  expect(first.inView).toBe(true);
}

const scrollGrid = (top: number) => s.page.locator('.customer-grid .ag-grid-viewport').evaluate((el, y) => (el.scrollTop = y), top);

async function typeSearch(text: string) {
  const input = s.page.getByTestId('customer-search');
  await input.fill('');
  await input.pressSequentially(text);
}

onPreparedSession(
  (opened) => (s = opened),
  async () => {
    const sample = await api().call('sample/create', { lines: 6000, customers: 300 });
    await api().call('import/run', { fileId: sample.fileId });
    run = await api().call('analysis/run', {});
  },
  { timeoutMs: 90_000 },
);

describe('the customer grid refilled by a filter or a search', () => {
  it('a filter shows exactly its customers from the top, each class with its letter on its colour', async () => {
    const { page } = s;
    await show(`#/customers?run=${run.id}`);
    const all = await api().call('analysis/results-page', { runId: run.id, limit: 100 });
    expect(all.total).toBeGreaterThan(200);
    await expectFirstRows(all.rows);
    // A few rows down (still the first block), then only the B customers.
    await scrollGrid(8 * 28);
    await expect.poll(async () => (await drawn()).find((r) => r.inView)?.index).toBeGreaterThan(4);
    // The row in view at index 8 is kept and refilled (decision #185), not drawn again.
    await page.evaluate(() => document.querySelector('.customer-grid .ag-grid-scrolling-container .ag-row[row-index="8"]')!.setAttribute('data-kept', ''));
    await page.getByTestId('filter-abc').selectOption('B');
    const b = await api().call('analysis/results-page', { runId: run.id, filter: { abc: 'B' }, limit: 100 });
    await expect.poll(shown).toBe(String(b.total));
    await expectFirstRows(b.rows);
    expect(await page.locator('.customer-grid .ag-grid-scrolling-container .ag-row[data-kept]').getAttribute('row-index')).toBe('8');
    for (const row of await drawn()) expect(row).toMatchObject({ abc: 'B', fill: rgb(CLASS_COLORS.B!.fill), text: rgb(CLASS_COLORS.B!.text) });
    expect(await page.getByTestId('shown-count').textContent()).toBe(`${pt(b.total)} de ${pt(all.total)} clientes`);
    await s.screenshot('customer-grid-filter-b');
    // Back to every class: the A customers first, on A's colour.
    await page.getByTestId('filter-abc').selectOption('');
    await expect.poll(shown).toBe(String(all.total));
    await expectFirstRows(all.rows);
    for (const row of await drawn()) {
      const color = CLASS_COLORS[row.abc]!;
      expect(row).toMatchObject({ fill: rgb(color.fill), text: rgb(color.text) });
    }
  });

  it('a search typed key by key ends on the last key\'s customers; one that finds nobody says so', async () => {
    const { page } = s;
    const all = await api().call('analysis/results-page', { runId: run.id, limit: 100 });
    const target = all.rows[40]!;
    await typeSearch(target.code);
    const found = await api().call('analysis/results-page', { runId: run.id, search: target.code, limit: 100 });
    await expect.poll(shown).toBe(String(found.total));
    await expectFirstRows(found.rows);
    await typeSearch('zzzz qqqq');
    await expect.poll(shown).toBe('0');
    await expect.poll(() => page.locator('.customer-grid').innerText()).toContain('Nenhum cliente com estes filtros.');
    expect(await drawn()).toEqual([]);
    await typeSearch('');
    await expect.poll(shown).toBe(String(all.total));
    await expectFirstRows(all.rows);
    await expect.poll(() => page.locator('.customer-grid').innerText()).not.toContain('Nenhum cliente com estes filtros.');
  });

  it('after scrolling past the first block, a search starts again from the top', async () => {
    const all = await api().call('analysis/results-page', { runId: run.id, limit: 300 });
    expect(all.total).toBeGreaterThan(200);
    await scrollGrid(170 * 28);
    // The second block's rows in view, read from the backend.
    const inView = async () => (await drawn()).filter((r) => r.inView && r.index >= 150 && r.code === all.rows[r.index]!.code).length;
    await expect.poll(inView).toBeGreaterThan(5);
    const word = all.rows[7]!.name!.split(' ')[0]!;
    await typeSearch(word);
    const found = await api().call('analysis/results-page', { runId: run.id, search: word, limit: 100 });
    expect(found.total).toBeGreaterThan(0);
    await expect.poll(shown).toBe(String(found.total));
    await expectFirstRows(found.rows);
    await typeSearch('');
    await expect.poll(shown).toBe(String(all.total));
    await expectFirstRows(all.rows);
  });

  it('the sort chosen stays through a search, and Enter opens the customer the row now shows', async () => {
    const { page } = s;
    await page.locator('.ag-header-cell[col-id="name"] .ag-header-cell-label').click();
    const byName = await api().call('analysis/results-page', { runId: run.id, sort: { key: 'name', desc: false }, limit: 100 });
    await expectFirstRows(byName.rows);
    const word = byName.rows[0]!.name!.split(' ')[0]!;
    await typeSearch(word);
    const found = await api().call('analysis/results-page', { runId: run.id, search: word, sort: { key: 'name', desc: false }, limit: 100 });
    await expect.poll(shown).toBe(String(found.total));
    await expectFirstRows(found.rows);
    // The second row, from the keyboard: the panel opens on the customer it shows now.
    await page.locator('.customer-grid .ag-row[row-index="0"] [col-id="value"]').click();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash.includes('code='));
    const second = found.rows[1] ?? found.rows[0]!;
    await expect.poll(() => page.getByTestId('customer-panel').textContent()).toContain(second.code);
  });
});
