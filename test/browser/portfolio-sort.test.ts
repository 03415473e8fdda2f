// The portfolio sorts by any column from its header, with the mouse or the keyboard, and keeps
// the sort in the address (a bookmark or the back button brings it back).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './browser-harness';

let s: AppSession;

beforeAll(async () => {
  s = await openApp();
  const api = s.host.workspace.api;
  const sample = await api.call('sample/create', { lines: 2000, customers: 30 });
  await api.call('import/run', { fileId: sample.fileId });
  await api.call('analysis/run', {});
  await s.page.reload();
}, 60_000);
afterAll(async () => {
  await s?.close();
});

/** The visible rows' codes, top to bottom. */
const codes = () => s.page.locator('tr.portfolio-row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.code ?? ''));

describe('portfolio sort', () => {
  it('sorts by revenue (largest first, then smallest), by name, and puts empty values last', async () => {
    const { page } = s;
    await page.evaluate(() => (window.location.hash = '#/portfolio'));
    await page.getByTestId('portfolio-table').waitFor();
    const rows = await s.host.workspace.api.call('customers/list', {});
    const byRevenue = [...rows].sort((a, b) => (a.revenue === null ? 1 : b.revenue === null ? -1 : b.revenue - a.revenue));

    await page.getByTestId('sort-revenue').click();
    await page.waitForFunction(() => window.location.hash.includes('sort=-revenue'));
    await expect.poll(codes).toEqual(byRevenue.map((r) => r.code));
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Faturamento');

    // The keyboard: the header is a button.
    await page.getByTestId('sort-revenue').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash.includes('sort=revenue'));
    // The address changes before the table re-renders: wait for the rows, not the hash.
    const withRevenue = rows.filter((r) => r.revenue !== null).sort((a, b) => a.revenue! - b.revenue!);
    await expect.poll(async () => (await codes()).slice(0, withRevenue.length)).toEqual(withRevenue.map((r) => r.code));
    const ascending = await codes();

    await page.getByTestId('sort-name').click();
    await page.waitForFunction(() => window.location.hash.includes('sort=name'));
    const collator = new Intl.Collator('pt-BR', { numeric: true, sensitivity: 'base' });
    const names = () => page.locator('tr.portfolio-row .name-cell').allTextContents();
    const sorted = (list: string[]) => [...list].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)));
    await expect.poll(async () => {
      const shown = await names();
      return shown.length > 0 && JSON.stringify(shown) === JSON.stringify(sorted(shown));
    }).toBe(true);

    // Back to the revenue sort with the browser's back button.
    await page.goBack();
    await page.waitForFunction(() => window.location.hash.includes('sort=revenue'));
    await expect.poll(codes).toEqual(ascending);
  });

  it('keeps each row’s customer code in view when the table scrolls sideways to the predicted figures (1366×768)', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.evaluate(() => (window.location.hash = '#/portfolio?sort=-clv12m'));
    await page.getByTestId('portfolio-table').waitFor();
    const wrap = page.locator('.portfolio-table-wrap');
    // Wider than the window at 1366: the table scrolls; scrolled to its end, the code is still there.
    expect(await wrap.evaluate((w) => w.scrollWidth > w.clientWidth)).toBe(true);
    await wrap.evaluate((w) => (w.scrollLeft = w.scrollWidth));
    const first = page.locator('tr.portfolio-row').first();
    const code = (await first.getAttribute('data-code'))!;
    const seen = await first.locator('td').first().evaluate((td) => {
      const box = td.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + 4, box.top + box.height / 2);
      return hit?.closest('td') === td ? td.textContent : null;
    });
    expect(seen).toBe(code);
    await s.screenshot('portfolio-scrolled-sideways');
  });
  it('asks for the sorted rows in the click itself, before the browser draws anything', async () => {
    const { page } = s;
    await page.evaluate(() => (window.location.hash = '#/portfolio'));
    await page.getByTestId('portfolio-table').waitFor();
    await expect.poll(() => page.locator('.portfolio-toolbar .shown-count[aria-busy="false"]').count()).toBe(1);
    // Every call the page makes, as it makes it.
    await page.evaluate(() => {
      const w = window as unknown as { asked: string[]; fetch: typeof fetch };
      const original = w.fetch.bind(window);
      w.asked = [];
      w.fetch = (input, init) => {
        w.asked.push(`${String(input)} ${String(init?.body ?? '')}`);
        return original(input, init);
      };
    });
    // The click and what was asked once its task's microtasks ran (React draws a click's change in
    // one): no task between them, so neither the 'hashchange' event nor a frame came first.
    const asked = await page.evaluate(async () => {
      (document.querySelector('[data-testid="sort-code"]') as HTMLElement).click();
      for (let i = 0; i < 20; i++) await Promise.resolve();
      return (window as unknown as { asked: string[] }).asked;
    });
    expect(asked.filter((a) => a.includes('customers/page') && a.includes('"key":"code"'))).toHaveLength(1);
    // The 'hashchange' that follows asks nothing again.
    await expect.poll(codes).toEqual((await s.host.workspace.api.call('customers/list', {})).map((r) => r.code).sort());
    expect((await page.evaluate(() => (window as unknown as { asked: string[] }).asked)).filter((a) => a.includes('customers/page'))).toHaveLength(1);
  });
});
