// The win-back list as a user trips on it, in a real Chromium through the web host at 1366×768:
// it showed 11 rows in a box with its own scroll bar inside the page (two scroll bars, the
// totals and the trend out of sight); and a detail typed right after choosing the reason was
// lost, the reason's save and the detail's racing (each sent the case as it was before the
// other). The list is now part of the page, and the saves of a row go one after the other,
// each with everything chosen and typed so far.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WinbackRow } from '../../shared/api/followup-api';
import { openApp, SCREENSHOTS, type AppSession } from './browser-harness';
import { analyseSample, apiOf } from './session-helpers';

let s: AppSession;
let rows: WinbackRow[];

const api = apiOf(() => s);
const storedCase = async (code: string) => (await api('winback/list', {})).find((r) => r.code === code)!.case;

beforeAll(async () => {
  s = await openApp({ viewport: { width: 1366, height: 768 } });
  await analyseSample(s);
  rows = await api('winback/list', {});
  await s.page.reload();
  await s.page.evaluate(() => {
    window.location.hash = '#/winback';
  });
}, 60_000);

afterAll(async () => {
  await s?.close();
});

describe('the win-back list', () => {
  it('is part of the page: no scroll box of its own, every row reached by scrolling the page, nothing wider than the window', async () => {
    const { page } = s;
    const table = page.getByTestId('winback-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(11);
    const box = await table.evaluate((t) => {
      const wrap = t.parentElement!;
      return {
        wrapScrolls: wrap.scrollHeight > wrap.clientHeight + 1,
        wrapWide: wrap.scrollWidth > wrap.clientWidth + 1,
        pageHeight: document.documentElement.scrollHeight,
        pageWide: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        tableHeight: t.getBoundingClientRect().height,
      };
    });
    expect(box).toMatchObject({ wrapScrolls: false, wrapWide: false, pageWide: false });
    expect(box.pageHeight).toBeGreaterThan(box.tableHeight);
    // The last row is reached by the page's own scroll bar, and the trend below it.
    const last = page.getByTestId(`winback-${rows.at(-1)!.code}`);
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect.poll(() => last.isVisible()).toBe(true);
    await s.screenshot('polish-winback-page');
    await page.screenshot({ path: join(SCREENSHOTS, 'polish-winback-window.png') });
  });

  it('keeps a detail typed right after choosing the reason, while the reason is still being saved', async () => {
    const { page } = s;
    const code = rows[0]!.code;
    // The reason's save is slow to reach the workspace (a loaded machine): the detail's is sent
    // meanwhile. Before the fix the detail's save carried no reason and the reason's no detail.
    let delayed = false;
    await page.route('**/api/call/winback/save', async (route) => {
      if (!delayed) {
        delayed = true;
        await new Promise((r) => setTimeout(r, 700));
      }
      await route.continue();
    });
    await page.getByTestId(`winback-reason-${code}`).selectOption('price');
    const detail = page.getByTestId(`winback-reason-text-${code}`);
    await detail.fill('Concorrente 12% mais barato');
    await detail.press('Tab');
    await page.getByTestId(`winback-offer-${code}`).fill('Desconto de 5% por 3 meses');
    await page.getByTestId(`winback-offer-${code}`).press('Enter');
    await expect.poll(() => storedCase(code)).toMatchObject({ reason: 'price', reasonText: 'Concorrente 12% mais barato', offer: 'Desconto de 5% por 3 meses' });
    await expect.poll(() => page.getByTestId(`winback-state-${code}`).innerText()).toBe('Salvo');
    // What the row shows is what is stored, after every answer has come back.
    await expect.poll(() => detail.inputValue()).toBe('Concorrente 12% mais barato');
    expect(await page.getByTestId(`winback-reason-${code}`).inputValue()).toBe('price');
    await page.unroute('**/api/call/winback/save');
    // And across a reload.
    await page.reload();
    await expect.poll(() => page.getByTestId(`winback-reason-text-${code}`).inputValue()).toBe('Concorrente 12% mais barato');
    expect(await page.getByTestId(`winback-reason-${code}`).inputValue()).toBe('price');
    expect(await page.getByTestId(`winback-offer-${code}`).inputValue()).toBe('Desconto de 5% por 3 meses');
  });

  it('shows the reason chosen at once, before its save comes back', async () => {
    const { page } = s;
    const code = rows[1]!.code;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/call/winback/save', async (route) => {
      await held;
      await route.continue();
    });
    await page.getByTestId(`winback-reason-${code}`).selectOption('service');
    await expect.poll(() => page.getByTestId(`winback-state-${code}`).innerText()).toBe('Salvando…');
    expect(await page.getByTestId(`winback-reason-${code}`).inputValue()).toBe('service');
    release();
    await expect.poll(() => storedCase(code)).toMatchObject({ reason: 'service' });
    await page.unroute('**/api/call/winback/save');
  });
});
