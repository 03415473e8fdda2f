// What the portfolio keeps between requests (portfolio.ts, portfolio-index.ts) and what must make
// it read again: the customers passing a filter are kept for the next request with the same
// filters (a sort, a status tab, "show more"), and what a lost customer used to buy for the next
// page that shows it. A write must still show at once: a KAM assigned, a tag, a deletion; new
// lines imported, and their import undone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kamWorkspace, type KamWorkspace } from './kam-fixture';

describe('the portfolio between requests', () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
  });
  afterAll(() => ws.close());

  const page = (arg: Record<string, unknown>) => ws.api.call('customers/page', { limit: 50, ...arg });
  const codes = async (arg: Record<string, unknown>) => (await page(arg)).rows.map((r) => r.code);

  it('answers the same filters sorted another way, and then a write, as a first request would', async () => {
    const kam = await ws.api.call('team/save', { member: { name: 'Ana Souza', role: 'kam', email: null } });
    const byKam = { kamId: kam.id };
    expect(await codes(byKam)).toEqual([]);
    await ws.api.call('customers/update', { code: 'C003', patch: { kamId: kam.id } });
    expect(await codes(byKam)).toEqual(['C003']);
    await ws.api.call('customers/update', { code: 'C001', patch: { kamId: kam.id } });
    // The same filters, sorted: what passes them was read by the request before.
    expect(await codes({ ...byKam, sort: { key: 'name', desc: false } })).toEqual(['C001', 'C003']);
    expect(await codes({ ...byKam, sort: { key: 'name', desc: true } })).toEqual(['C003', 'C001']);
    const counted = await page({ ...byKam, status: 'inactive' });
    expect(counted.rows.map((r) => r.code)).toEqual(['C003']);
    expect(counted.counts).toMatchObject({ active: 1, inactive: 1 });
    await ws.api.call('customers/delete', { code: 'C003' });
    expect(await codes({ ...byKam, sort: { key: 'name', desc: false } })).toEqual(['C001']);
    expect((await page({ ...byKam, status: 'inactive' })).counts).toMatchObject({ active: 1, inactive: 0 });
    await ws.api.call('customers/restore', { code: 'C003' });
    expect(await codes({ ...byKam, sort: { key: 'name', desc: false } })).toEqual(['C001', 'C003']);
  });

  it('shows what a lost customer used to buy again after new lines and after their import is undone', async () => {
    const usedToBuy = async () => (await page({ status: 'lost' })).rows.find((r) => r.code === 'C004')!.usedToBuy;
    expect(await usedToBuy()).toEqual(['Porca']);
    // Older lines of another product, larger: no new last purchase, so still lost.
    const csv = 'order_id,date,customer_code,customer_name,product,amount,cost,seller,segment,region\nD-OLD,2024-01-10,C004,Delta,Bucha,9000.00,6000.00,Bruno,Varejo,Norte\n';
    const imported = await ws.api.call('import/run', { fileId: ws.file('antigas.csv', csv) });
    expect(await usedToBuy()).toEqual(['Bucha', 'Porca']);
    await ws.api.call('import/undo', { batchId: imported.batchId! });
    expect(await usedToBuy()).toEqual(['Porca']);
  });
});
