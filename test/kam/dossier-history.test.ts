// The dossier's yearly figures made from the customer's lines summed by day (sales-history.ts):
// a year whose lines carry no margin shows none (not zero), an order dated on two days counts
// once, in the year of its first day, and a return lowers revenue without being an order.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { d, kamWorkspace, type KamWorkspace } from './kam-fixture';

describe("the dossier's yearly figures", () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace();
    // 2024 without costs (no margin); 2025 with them. Order N-2 runs from 31/12/2024 into 2025.
    const noCost = ['order_id,date,customer_code,customer_name,amount', 'N-1,2024-03-10,K01,Kappa,100.00', 'N-2,2024-12-31,K01,Kappa,50.00'];
    const withCost = [
      'order_id,date,customer_code,customer_name,amount,cost',
      'N-2,2025-01-02,K01,Kappa,30.00,20.00',
      'N-3,2025-05-05,K01,Kappa,200.00,150.00',
      'N-4,2025-06-06,K01,Kappa,-40.00,-30.00',
    ];
    await ws.api.call('import/run', { fileId: ws.file('a.csv', noCost.join('\n') + '\n') });
    await ws.api.call('import/run', { fileId: ws.file('b.csv', withCost.join('\n') + '\n') });
  });
  afterAll(() => ws.close());

  it('a year without margins shows none; an order on two days counts once, on its first day', async () => {
    const { history } = await ws.api.call('dossier/get', { code: 'K01' });
    expect(history.yearly).toEqual([
      { year: 2024, revenue: 15_000, margin: null, orders: 2, averageTicket: 7_500 },
      { year: 2025, revenue: 19_000, margin: 5_000, orders: 1, averageTicket: 19_000 },
    ]);
    expect([history.firstPurchase, history.lastPurchase]).toEqual([d('2024-03-10'), d('2025-05-05')]);
    expect(history.monthly.at(-1)).toEqual({ month: '2025-06', revenue: -4_000 });
    expect(history.monthly.find((m) => m.month === '2025-01')).toEqual({ month: '2025-01', revenue: 3_000 });
  });
});
