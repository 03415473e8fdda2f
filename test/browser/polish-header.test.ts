// The header at the usual laptop's size (1366×768), in a real Chromium through the web host: the
// brand, the open workspace, the eleven screens and the language and currency selects on one row
// in each of the four languages, with the status line naming the current analysis under it. Also
// at 1349 pixels (1366 less a classic 17-pixel scrollbar: headless Chromium hides its scrollbars)
// and 1280, and with a long analysis label, which is cut with an ellipsis, never wraps the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './browser-harness';
import { analyseSample, apiOf } from './session-helpers';

let s: AppSession;

const api = apiOf(() => s);

beforeAll(async () => {
  s = await openApp({ viewport: { width: 1366, height: 768 } });
  const run = await analyseSample(s);
  await api('analysis/set-label', { runId: run.id, label: 'Fechamento de outubro, revisado pela diretoria comercial com as devoluções' });
  await s.page.reload();
  await s.page.evaluate(() => {
    window.location.hash = '#/customers';
  });
}, 60_000);

afterAll(async () => {
  await s?.close();
});

/** Where the header's parts are: each select's row against the brand's, and the heights. */
async function headerLayout() {
  return s.page.evaluate(() => {
    const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
    const brand = box('.app-header .brand');
    const middle = (r: DOMRect) => r.top + r.height / 2;
    const selects = [...document.querySelectorAll('.app-header select')].map((e) => e.getBoundingClientRect());
    const links = [...document.querySelectorAll('.app-header nav a')].map((e) => e.getBoundingClientRect());
    const sameRow = (r: DOMRect) => middle(r) > brand.top && middle(r) < brand.bottom;
    return {
      header: box('.app-header').height,
      bar: box('.app-header .header-bar').height,
      selectsOnFirstRow: selects.length === 2 && selects.every(sameRow),
      linksOnFirstRow: links.length === 11 && links.every(sameRow),
      rightmost: Math.max(...selects.map((r) => r.right), ...links.map((r) => r.right)),
      status: box('[data-testid="current-analysis"]'),
      pageWidth: document.documentElement.scrollWidth,
    };
  });
}

describe('the header at 1366×768', () => {
  for (const width of [1366, 1349, 1280]) {
    it(`keeps the screens and the selects on one row at ${width} pixels, in every language`, async () => {
      const { page } = s;
      await page.setViewportSize({ width, height: 768 });
      for (const [locale, customers] of [['pt-BR', 'Clientes'], ['en', 'Customers'], ['es', 'Clientes'], ['ca', 'Clients']] as const) {
        await page.getByTestId('locale').selectOption(locale);
        await expect.poll(() => page.locator('.app-header nav a[aria-current="page"]').innerText()).toBe(customers);
        await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(locale);
        const layout = await headerLayout();
        expect(layout.selectsOnFirstRow, `${locale} at ${width}`).toBe(true);
        expect(layout.linksOnFirstRow, `${locale} at ${width}`).toBe(true);
        // One row of 40 pixels and the status line of about 22: never a second row of links.
        expect(layout.bar, `${locale} at ${width}`).toBeLessThanOrEqual(44);
        expect(layout.header, `${locale} at ${width}`).toBeLessThanOrEqual(72);
        expect(layout.rightmost).toBeLessThanOrEqual(width);
        // The long label is cut inside the window: the status line stays one line, the page does not scroll sideways.
        expect(layout.status.height).toBeLessThan(24);
        expect(layout.status.right).toBeLessThanOrEqual(width);
        expect(layout.pageWidth).toBeLessThanOrEqual(width);
        if (width === 1366) await s.screenshot(`polish-header-${locale}`);
      }
      await page.getByTestId('locale').selectOption('pt-BR');
    });
  }

  it('the status line shows the whole label on hovering when it is cut', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(() => page.getByTestId('current-analysis').getAttribute('title')).toContain('Fechamento de outubro, revisado pela diretoria comercial com as devoluções');
  });
});
