// The KAM team from the sales, in a real Chromium through the web host at 1366×768: the team had
// to be typed in although the sellers are in the data. The portfolio's team panel offers the
// sellers found in the sales, one click each or all at once, never twice, and undoable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type AppSession } from './browser-harness';
import { analyseSample, apiOf } from './session-helpers';

let s: AppSession;
let sellers: { name: string; customers: number }[];

const api = apiOf(() => s);
const teamNames = async () => (await api('team/list', {})).map((m) => m.name).sort();

beforeAll(async () => {
  s = await openApp({ viewport: { width: 1366, height: 768 } });
  await analyseSample(s);
  sellers = await api('team/sellers', {});
  await s.page.reload();
  await s.page.evaluate(() => {
    window.location.hash = '#/portfolio';
  });
}, 60_000);

afterAll(async () => {
  await s?.close();
});

describe('the team from the sales', () => {
  it('offers each seller of the sales with its customers', async () => {
    const { page } = s;
    expect(sellers.length).toBeGreaterThan(2);
    const offers = page.getByTestId('team-sellers').getByTestId('add-seller');
    await expect.poll(() => offers.count()).toBe(sellers.length);
    const first = sellers[0]!;
    expect(await offers.first().innerText()).toBe(`+ ${first.name} · ${first.customers} clientes`);
    await page.getByTestId('team-sellers').scrollIntoViewIfNeeded();
    await s.screenshot('polish-team-sellers');
  });

  it('adds one with one click, as a seller, and offers it no more', async () => {
    const { page } = s;
    const first = sellers[0]!;
    await page.getByRole('button', { name: `Adicionar ${first.name} à equipe` }).click();
    await expect.poll(teamNames).toEqual([first.name]);
    expect((await api('team/list', {}))[0]!.role).toBe('seller');
    await expect.poll(() => page.getByTestId('team-sellers').getByTestId('add-seller').count()).toBe(sellers.length - 1);
    await expect.poll(() => page.getByTestId('team-panel').locator('tbody tr').count()).toBe(1);
  });

  it('adds all the others at once, clicked twice fast, without a duplicate; undo takes them back', async () => {
    const { page } = s;
    await page.getByTestId('add-all-sellers').dblclick();
    await expect.poll(teamNames).toEqual(sellers.map((x) => x.name).sort());
    await expect.poll(() => page.getByTestId('team-sellers').count()).toBe(0);
    await expect.poll(() => page.getByTestId('team-panel').locator('tbody tr').count()).toBe(sellers.length);
    await expect.poll(() => page.getByTestId('undo-notice').innerText()).toContain(`${sellers.length - 1} vendedores entraram na equipe`);
    await s.screenshot('polish-team-all-added');
    await page.getByTestId('undo').click();
    await expect.poll(teamNames).toEqual([sellers[0]!.name]);
    await expect.poll(() => page.getByTestId('team-sellers').getByTestId('add-seller').count()).toBe(sellers.length - 1);
  });

  it('a seller typed in the team by hand, in other letters, is not offered', async () => {
    const { page } = s;
    const second = sellers[1]!;
    await page.getByTestId('team-new-name').fill(second.name.toUpperCase());
    await page.getByTestId('team-add').click();
    await expect.poll(() => page.getByTestId('team-sellers').getByTestId('add-seller').count()).toBe(sellers.length - 2);
    expect(await page.getByTestId('team-sellers').innerText()).not.toContain(second.name);
  });
});
