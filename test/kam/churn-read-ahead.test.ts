// Every customer's purchase days, as churn and the loss trend keep them, are read ahead when the
// screens ask for the runs, on the read worker that answers churn and the trend (3-5 s at 5
// million lines, before the win-back or KPI screen asks); never on the backend's own thread,
// where they would hold up the next request. A real workspace (kam-fixture's sales).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aheadOfScreens, laneOf, readAheadIn, readAheadLane, readAheadSoon } from '../../electron/api/read-calls';
import { churnDataKept, loadChurnData } from '../../electron/kam/churn-data';
import { kamWorkspace, type KamWorkspace } from './kam-fixture';

describe('the purchase days read ahead', () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
  });
  afterAll(() => ws.close());

  it('are among what the screens read ahead, on the lane of churn and the loss trend', () => {
    const churn = aheadOfScreens(ws.ctx.db).find((what) => what.kind === 'churn-data');
    expect(churn).toBeDefined();
    expect(readAheadLane(churn!)).toBe(laneOf('kpi/churn'));
    expect(laneOf('winback/trend')).toBe(laneOf('kpi/churn'));
  });

  it("the win-back's page is answered on a worker too, not behind the purchase days' read ahead", () => {
    // On the backend's thread a first page (about a second at 5M lines) held up the trend's
    // answer, which comes back from its worker through that thread.
    expect(laneOf('winback/page')).toBeDefined();
    expect(laneOf('winback/page')).not.toBe(laneOf('winback/trend'));
  });

  it('are not read ahead on the backend thread, and are kept once read ahead on a worker', async () => {
    expect(churnDataKept(ws.ctx.db)).toBe(false);
    readAheadSoon(() => ws)({ kind: 'churn-data' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(churnDataKept(ws.ctx.db)).toBe(false);
    await readAheadIn(ws, { kind: 'churn-data' });
    expect(churnDataKept(ws.ctx.db)).toBe(true);
    // Kept until the sales change: a new customer typed in changes what is kept.
    expect(loadChurnData(ws.ctx.db).customers.length).toBe(6);
    await ws.api.call('customers/create', { code: 'P1', name: 'Prospect' });
    expect(churnDataKept(ws.ctx.db)).toBe(false);
  });
});
