// The agenda a page at a time (issue #13.1: a large workspace has tens of thousands of overdue
// purchases), in Chromium through the web host on a real workspace of a few hundred customers,
// many of whom stopped buying, and contacts overdue on some: each list shows its first 50 items and how many there are in all,
// 'Mostrar mais' brings the next ones in the backend's order, the kind filter is answered by the
// backend (its options count every item), and the key accounts probably being lost come 10 at a time.
import { describe, expect, it } from 'vitest';
import { localToday } from '../../electron/kam/today';
import { dayOfIso } from '../../shared/domain/calendar';
import type { AppSession } from './browser-harness';
import { analyseDrawnSales, onPreparedSession } from './session-helpers';

const REFERENCE = dayOfIso('2026-06-30')!;
const CUSTOMERS = 450;

let s: AppSession;
const pt = new Intl.NumberFormat('pt-BR');

const show = (hash: string) => s.page.evaluate((h) => (window.location.hash = h), hash);
const api = () => s.host.workspace.api;
/** The items of a list on screen, top to bottom, as "kind-code". */
const shown = (list: string) =>
  s.page.locator(`[data-testid=${list}] tbody tr[data-testid^="agenda-item-"]`).evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.testid!.replace('agenda-item-', '')));
const keyOf = (i: { kind: string; code: string }) => `${i.kind}-${i.code}`;

onPreparedSession(
  (opened) => (s = opened),
  async () => {
    const run = await analyseDrawnSales(s, CUSTOMERS, REFERENCE);
    // And contacts that were due in the last days, on 40 customers: the overdue list mixes kinds.
    const today = localToday();
    const customers = await api().call('analysis/results', { runId: run.id });
    for (const [i, c] of customers.slice(0, 40).entries())
      await api().call('records/save', { kind: 'activity', code: c.code, record: { kind: 'call', day: today - 30, ownerId: null, notes: `Ligar ${i}`, nextContactDay: today - 1 - (i % 9) } });
  },
  { timeoutMs: 90_000 },
);

describe('the agenda a page at a time', () => {
  it('shows the first 50 overdue items with the total, and "Mostrar mais" adds the next ones', async () => {
    const { page } = s;
    const whole = await api().call('agenda/list', { limit: 1000 });
    const total = whole.overdue.total;
    expect(total).toBeGreaterThan(50);
    await show('#/agenda');
    await expect.poll(() => shown('agenda-overdue')).toEqual(whole.overdue.rows.slice(0, 50).map(keyOf));
    await expect.poll(() => page.locator('#agenda-overdue-title').innerText()).toContain(`${pt.format(total)} itens`);
    const more = page.getByTestId('agenda-overdue-more');
    await expect.poll(() => more.innerText()).toBe(`Mostrar mais (50 de ${pt.format(total)})`);
    await s.screenshot('agenda-paging-first');
    await more.click();
    await expect.poll(() => shown('agenda-overdue')).toEqual(whole.overdue.rows.slice(0, 100).map(keyOf));
    if (total > 100) await expect.poll(() => more.innerText()).toBe(`Mostrar mais (100 de ${pt.format(total)})`);
    else await expect.poll(() => more.count()).toBe(0);
  });

  it('one kind is asked of the backend: its first page and total, and the options count every item', async () => {
    const { page } = s;
    const purchases = await api().call('agenda/list', { kind: 'purchase' });
    await page.getByTestId('agenda-kind').selectOption('purchase');
    await expect.poll(() => shown('agenda-overdue')).toEqual(purchases.overdue.rows.map(keyOf));
    await expect.poll(() => page.locator('#agenda-overdue-title').innerText()).toContain(`${pt.format(purchases.overdue.total)} itens`);
    const all = purchases.kinds.contact + purchases.kinds.purchase + purchases.kinds.action;
    expect(await page.locator('[data-testid=agenda-kind] option[value=""]').textContent()).toContain(pt.format(all));
    expect(await page.locator('[data-testid=agenda-kind] option[value=purchase]').textContent()).toBe(`Compras atrasadas (${pt.format(purchases.kinds.purchase)})`);
    await page.getByTestId('agenda-kind').selectOption('');
  });

  it('lists the key accounts probably being lost 10 at a time', async () => {
    const { page } = s;
    const losing = await api().call('agenda/losing', { limit: 1000 });
    expect(losing.total).toBeGreaterThan(10);
    const rows = page.getByTestId('agenda-losing').locator('tbody tr');
    const codes = () => rows.evaluateAll((r) => r.map((x) => (x as HTMLElement).dataset.testid!.replace('losing-', '')));
    await expect.poll(codes).toEqual(losing.rows.slice(0, 10).map((a) => a.code));
    await expect.poll(() => page.locator('#agenda-losing-title').innerText()).toContain(`${pt.format(losing.total)} itens`);
    await page.getByTestId('agenda-losing-more').click();
    await expect.poll(codes).toEqual(losing.rows.slice(0, 20).map((a) => a.code));
  });
});
