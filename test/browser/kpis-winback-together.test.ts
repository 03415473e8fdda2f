// The KPI screen's churn and the win-back's loss trend are asked with the screen's first request
// (the dashboard, the list's first page), not once it has answered: each is answered on a read
// worker of its own, so a slow dashboard or list no longer holds them up. In a real Chromium
// through the web host, the first request held back at the network until the other is shown.
import { describe, expect, it } from 'vitest';
import type { AppSession } from './browser-harness';
import { onAnalysedSample } from './session-helpers';

let s: AppSession;
/** A loaded machine answers slowly: what is polled may take seconds (never a timing). */
const WAIT = { timeout: 15_000 };

onAnalysedSample((opened) => (s = opened));

/** Holds the calls to `name` until the returned function is called. */
async function hold(name: string): Promise<() => Promise<void>> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const sent: Promise<void>[] = [];
  await s.page.route(`**/api/call/${name}`, (route) => {
    sent.push(held.then(() => route.continue()));
  });
  return async () => {
    release();
    await Promise.all(sent);
    await s.page.unroute(`**/api/call/${name}`);
  };
}

describe('asked together', () => {
  it('the churn panel shows its figures while the dashboard is still on its way', async () => {
    const { page } = s;
    const release = await hold('kpi/dashboard');
    await page.evaluate(() => {
      window.location.hash = '#/kpis';
    });
    await expect.poll(() => page.getByTestId('churn-table').locator('tbody tr').count(), WAIT).toBe(12);
    expect(await page.getByTestId('dash-key-accounts-value').count()).toBe(0);
    await release();
    await expect.poll(() => page.getByTestId('dash-key-accounts-value').count(), WAIT).toBe(1);
  });

  it("the win-back's loss trend shows while the list is still on its way", async () => {
    const { page } = s;
    const release = await hold('winback/page');
    await page.evaluate(() => {
      window.location.hash = '#/winback';
    });
    await expect.poll(() => page.locator('#winback-trend-title').count(), WAIT).toBe(1);
    expect(await page.getByTestId('winback-table').count()).toBe(0);
    await release();
    await expect.poll(() => page.getByTestId('winback-table').locator('tbody tr').count(), WAIT).toBeGreaterThan(0);
    await s.screenshot('kpis-winback-together');
  });
});
