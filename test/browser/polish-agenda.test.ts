// Overdue purchases in the agenda, in a real Chromium through the web host at 1366×768: they had
// no owner and no "done" or "snooze". Each now shows its owner (the account's KAM, else its
// seller from the team, else a KAM chosen in the row), "Feita" and "Adiar" (until a day), each
// undone from the notice, and what was marked is still so after the host is restarted.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startWebHost } from '../../electron/web-host/start-web-host';
import type { AgendaItem } from '../../shared/api/followup-api';
import { localToday } from '../../electron/kam/today';
import { SCREENSHOTS, type AppSession } from './browser-harness';
import { analyseSample, apiOf, onPreparedSession, showOf } from './session-helpers';

let s: AppSession;
let purchases: AgendaItem[];
const today = localToday();

const api = apiOf(() => s);
const day = (d: number) => new Intl.DateTimeFormat('pt-BR', { timeZone: 'UTC' }).format(new Date(d * 86_400_000));
/** Every overdue purchase (a sample workspace has fewer than a page of 1,000). */
const overduePurchases = async () => {
  const { overdue } = await api('agenda/list', { kind: 'purchase', limit: 1000 });
  expect(overdue.rows).toHaveLength(overdue.total);
  return overdue.rows;
};
const show = showOf(() => s);

onPreparedSession(
  (opened) => (s = opened),
  async () => {
    await analyseSample(s);
    purchases = await overduePurchases();
  },
);

describe('overdue purchases in the agenda', () => {
  it('without a team, the owner cell says so and leads to the team; a KAM chosen in the row owns the account', async () => {
    const { page } = s;
    expect(purchases.length).toBeGreaterThan(3);
    const first = purchases[0]!;
    await show('#/agenda?kind=purchase');
    const owner = page.getByTestId(`owner-${first.code}`);
    await expect.poll(() => owner.innerText()).toBe('sem KAM: montar a equipe');
    expect(await owner.getAttribute('href')).toBe('#/portfolio');
    const kam = await api('team/save', { member: { name: 'Kátia Reis', role: 'kam', email: null } });
    await page.reload();
    await expect.poll(() => owner.evaluate((e) => e.tagName)).toBe('SELECT');
    await owner.selectOption(String(kam.id));
    await expect.poll(() => page.getByTestId(`owner-${first.code}`).innerText()).toBe('Kátia Reis');
    await expect.poll(() => page.getByTestId('agenda-notice').innerText()).toContain('Kátia Reis é agora o KAM de');
    expect((await api('customers/get', { code: first.code })).kamId).toBe(kam.id);
  });

  it("the others are owned by their seller once the sellers are in the team, and each one's agenda has them", async () => {
    const { page } = s;
    await api('team/add-sellers', { names: (await api('team/sellers', {})).map((x) => x.name) });
    const team = await api('team/list', {});
    purchases = await overduePurchases();
    expect(purchases.every((i) => i.ownerId !== null)).toBe(true);
    await page.reload();
    const rows = page.getByTestId('agenda-overdue').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(Math.min(50, purchases.length));
    for (const i of purchases.slice(0, 50)) {
      const name = team.find((t) => t.id === i.ownerId)!.name;
      const expected = i.ownerVia === 'seller' ? `${name} · vendedor` : name;
      await expect.poll(() => page.getByTestId(`owner-${i.code}`).innerText()).toBe(expected);
    }
    // The owner's own agenda: pick a seller in the filter.
    const seller = purchases.find((i) => i.ownerVia === 'seller')!;
    await page.getByTestId('agenda-owner').selectOption(String(seller.ownerId));
    const theirs = purchases.filter((i) => i.ownerId === seller.ownerId);
    await expect.poll(() => rows.count()).toBe(Math.min(50, theirs.length));
    await page.getByTestId('agenda-owner').selectOption('');
    await expect.poll(() => rows.count()).toBe(Math.min(50, purchases.length));
    await s.screenshot('polish-agenda-owners');
  });

  it('says nothing of a missing team while the team is still on its way', async () => {
    const { page } = s;
    // The team's answer held back at the network: the purchases, each with its owner, come first.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const sent: Promise<void>[] = [];
    await page.route('**/api/call/team/list', (route) => {
      sent.push(held.then(() => route.continue()));
    });
    try {
      await page.reload();
      const rows = page.getByTestId('agenda-overdue').locator('tbody tr');
      await expect.poll(() => rows.count()).toBe(Math.min(50, purchases.length));
      const first = purchases[0]!;
      expect(first.ownerId).not.toBeNull();
      expect(await page.getByTestId(`owner-${first.code}`).innerText()).not.toContain('montar a equipe');
      expect(await page.getByTestId('agenda-overdue').innerText()).not.toContain('montar a equipe');
    } finally {
      release();
      await Promise.all(sent);
      await page.unroute('**/api/call/team/list');
    }
    const name = (await api('team/list', {})).find((t) => t.id === purchases[0]!.ownerId)!.name;
    await expect.poll(() => page.getByTestId(`owner-${purchases[0]!.code}`).innerText()).toContain(name);
  });

  it('"Feita" takes the purchase off the agenda, and the notice undoes it', async () => {
    const { page } = s;
    const target = purchases[1]!;
    const row = page.getByTestId(`agenda-item-purchase-${target.code}`);
    await page.getByTestId(`done-${target.code}`).click();
    await expect.poll(() => row.count()).toBe(0);
    await expect.poll(() => page.getByTestId('undo-notice').innerText()).toContain(`Compra atrasada de ${target.code} · ${target.name} marcada como feita.`);
    expect((await overduePurchases()).some((i) => i.code === target.code)).toBe(false);
    await page.getByTestId('undo').click();
    await expect.poll(() => row.count()).toBe(1);
    expect((await overduePurchases()).some((i) => i.code === target.code)).toBe(true);
    // Done for good, for the restart below.
    await page.getByTestId(`done-${target.code}`).click();
    await expect.poll(() => row.count()).toBe(0);
  });

  it('"Adiar" asks until when (a week by default), says why a day will not do, and lists it as due on that day', async () => {
    const { page } = s;
    const target = purchases[2]!;
    await page.getByTestId(`snooze-${target.code}`).click();
    const until = page.getByTestId(`snooze-until-${target.code}`);
    await expect.poll(() => until.inputValue()).toBe(day(today + 7));
    const form = page.getByTestId(`snooze-form-${target.code}`);
    await until.fill('31/02/2026');
    await form.getByRole('button', { name: 'Adiar' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toBe('31/02/2026 não existe: fevereiro de 2026 tem 28 dias.');
    await until.fill(day(today));
    await form.getByRole('button', { name: 'Adiar' }).click();
    await expect.poll(() => form.getByRole('alert').innerText()).toBe(`Adie para um dia depois de hoje (${day(today)}).`);
    // The form opens under the row: nothing wider than the window at 1366.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'polish-agenda-snooze-form.png') });
    await until.fill(day(today + 10));
    await until.press('Enter');
    const row = page.getByTestId('agenda-overdue').getByTestId(`agenda-item-purchase-${target.code}`);
    await expect.poll(() => row.count()).toBe(0);
    await expect.poll(() => page.getByTestId('undo-notice').innerText()).toContain(`adiada até ${day(today + 10)}.`);
    // Not due within 7 days; within 14, on the day it was put off to.
    expect(await page.getByTestId('agenda-due').count()).toBe(0);
    await page.getByTestId('agenda-days').selectOption('14');
    const due = page.getByTestId('agenda-due').getByTestId(`agenda-item-purchase-${target.code}`);
    await expect.poll(() => due.innerText()).toContain(`Adiada até ${day(today + 10)}.`);
    expect(await due.innerText()).toContain(day(today + 10));
    await expect.poll(() => page.getByTestId(`resume-${target.code}`).count()).toBe(1);
    await s.screenshot('polish-agenda-snoozed');
  });

  it('is kept across a restart of the host; "Trazer de volta" brings a snoozed one back, undoable', async () => {
    const { page } = s;
    const [, done, snoozed] = purchases;
    await s.host.close();
    s.host = await startWebHost({ dbPath: join(s.dir, 'workspace.clave'), rendererDir: resolve('dist', 'renderer') });
    await page.goto(s.host.url);
    await show('#/agenda?days=14&kind=purchase');
    const due = page.getByTestId('agenda-due').getByTestId(`agenda-item-purchase-${snoozed!.code}`);
    await expect.poll(() => due.innerText()).toContain(`Adiada até ${day(today + 10)}.`);
    expect(await page.getByTestId(`agenda-item-purchase-${done!.code}`).count()).toBe(0);
    await page.getByTestId(`resume-${snoozed!.code}`).click();
    const back = page.getByTestId('agenda-overdue').getByTestId(`agenda-item-purchase-${snoozed!.code}`);
    await expect.poll(() => back.count()).toBe(1);
    await expect.poll(() => page.getByTestId('undo-notice').innerText()).toContain('de volta aos atrasados');
    await page.getByTestId('undo').click();
    await expect.poll(() => back.count()).toBe(0);
    await expect.poll(() => due.count()).toBe(1);
  });
});
