// The lost and the inactive in a real Chromium through the web host, at 1366×768: the win-back
// list shows the customers who bought nothing in the current analysis's window (its "others")
// beside those who did, each with its last purchase, what it used to buy and the value lost; the
// portfolio shows them too.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WinbackRow } from '../../shared/api/followup-api';
import type { HandlerName, Handlers } from '../../shared/api/handlers';
import { SAMPLES } from '../import/import-helpers';
import type { AppSession } from './browser-harness';
import { onPreparedSession } from './session-helpers';

let s: AppSession;
let rows: WinbackRow[];

function api<N extends HandlerName>(name: N, arg: Parameters<Handlers[N]>[0]): ReturnType<Handlers[N]> {
  return s.host.workspace.api.call(name, arg);
}
async function show(hash: string) {
  await s.page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}
const money = (cents: number) => new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' }).format(cents / 100);
const day = (d: number) => new Intl.DateTimeFormat('pt-BR', { timeZone: 'UTC' }).format(new Date(d * 86_400_000));
const integer = (n: number) => new Intl.NumberFormat('pt-BR').format(n);

onPreparedSession(
  (opened) => (s = opened),
  async () => {
    await api('import/run', { fileId: s.host.workspace.ctx.files.add(join(SAMPLES, 'vendas-canonico.csv')) });
    await api('analysis/run', {});
    rows = await api('winback/list', {});
  },
);

describe('win-back: the lost outside the window', () => {
  it('lists the lost and the inactive, bought in the window or not', async () => {
    const { page } = s;
    // The sample's default run: 44 customers without a sale in the window (SPEC's samples
    // README: 43 lost and 1 inactive), beside the run's own lost and inactive customers.
    const outside = rows.filter((r) => !r.inWindow);
    expect(outside).toHaveLength(44);
    expect(rows.length).toBeGreaterThan(outside.length);
    await show('#/winback');
    await expect.poll(() => page.getByTestId('winback-table').locator('tbody tr').count()).toBe(rows.length);
    await expect.poll(() => page.getByTestId('winback-totals').innerText()).toContain(integer(rows.length));
  });

  it('shows a lost customer from outside the window with its last purchase, what it used to buy and the value lost', async () => {
    const { page } = s;
    // C00021: last purchase 2025-04-21, 558 days before the reference date (esperado-padrao.json).
    const lost = rows.find((r) => r.code === 'C00021')!;
    expect(lost).toMatchObject({ status: 'lost', inWindow: false, abc: null });
    expect(lost.topProducts.length).toBeGreaterThan(0);
    const row = page.getByTestId('winback-C00021');
    await row.scrollIntoViewIfNeeded();
    await expect.poll(() => row.innerText()).toContain('sem vendas na janela');
    const text = await row.innerText();
    expect(text).toContain('Perdido');
    expect(text).toContain(day(lost.lastPurchase!));
    expect(text).toContain(money(lost.valueLost));
    const products = page.getByTestId('used-to-buy-C00021');
    expect(await products.innerText()).toBe(`Comprava ${lost.topProducts.map((p) => p.product).join(', ')}`);
    // How much of each, on hovering.
    expect(await products.getAttribute('title')).toBe(lost.topProducts.map((p) => `${p.product}: ${money(p.revenue)}`).join('\n'));
    await s.screenshot('winback-lost-outside-window');
  });

  it('the portfolio shows the same customer as lost, with what it used to buy and how much', async () => {
    const { page } = s;
    const lost = rows.find((r) => r.code === 'C00021')!;
    await show('#/portfolio');
    await page.getByTestId('status-lost').click();
    const line = page.getByTestId('used-to-buy-C00021');
    await line.scrollIntoViewIfNeeded();
    await expect.poll(() => line.innerText()).toBe(`Comprava ${lost.topProducts.map((p) => p.product).join(', ')} · valor perdido ${money(lost.valueLost)}`);
    const lostCount = (await api('customers/list', { filter: { status: 'lost' } })).length;
    await expect.poll(() => page.locator('tr.portfolio-row').count()).toBe(lostCount);
    await s.screenshot('portfolio-lost');
  });
});
