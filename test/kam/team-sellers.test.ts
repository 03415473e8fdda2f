// The team from the sales, through the API on a real workspace file (kam-fixture.ts: sellers Ana
// with 2 customers, Bruno with 2, Carla with 2): the sellers not yet in the team are offered, most
// customers first; adding them never makes a duplicate, whatever the case and spacing, within one
// call or two at once; a seller typed on a customer counts instead of the imported one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kamWorkspace, type KamWorkspace } from './kam-fixture';

describe('sellers offered to the team', () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
  });
  afterAll(() => ws.close());

  it('offers the sellers of the sales that the team does not have, with their customers', async () => {
    expect(await ws.api.call('team/sellers', {})).toEqual([
      { name: 'Ana', customers: 2 },
      { name: 'Bruno', customers: 2 },
      { name: 'Carla', customers: 2 },
    ]);
    await ws.api.call('team/save', { member: { name: '  ana ', role: 'kam', email: null } });
    expect((await ws.api.call('team/sellers', {})).map((s) => s.name)).toEqual(['Bruno', 'Carla']);
  });

  it('counts the seller typed on a customer instead of the imported one', async () => {
    await ws.api.call('customers/update', { code: 'C002', patch: { seller: 'Diana' } });
    expect(await ws.api.call('team/sellers', {})).toEqual([
      { name: 'Carla', customers: 2 },
      { name: 'Bruno', customers: 1 },
      { name: 'Diana', customers: 1 },
    ]);
  });

  it('adds sellers once: not twice in one call, not when the team has them, not when two calls race', async () => {
    const added = await ws.api.call('team/add-sellers', { names: ['Bruno', 'BRUNO', ' Carla  ', 'Ana'] });
    expect(added.map((m) => [m.name, m.role])).toEqual([
      ['Bruno', 'seller'],
      ['Carla', 'seller'],
    ]);
    const [a, b] = await Promise.all([ws.api.call('team/add-sellers', { names: ['Diana'] }), ws.api.call('team/add-sellers', { names: ['diana'] })]);
    expect(a.length + b.length).toBe(1);
    expect((await ws.api.call('team/list', {})).map((m) => m.name).sort()).toEqual(['Bruno', 'Carla', 'Diana', 'ana']);
    expect(await ws.api.call('team/sellers', {})).toEqual([]);
  });

  it('offers a seller again once it is deleted from the team', async () => {
    const bruno = (await ws.api.call('team/list', {})).find((m) => m.name === 'Bruno')!;
    await ws.api.call('team/delete', { id: bruno.id });
    expect((await ws.api.call('team/sellers', {})).map((s) => s.name)).toEqual(['Bruno']);
  });

  it('refuses a name that is not text', async () => {
    await expect(ws.api.call('team/add-sellers', { names: [''] })).rejects.toMatchObject({ type: 'bad-option' });
    await expect(ws.api.call('team/add-sellers', { names: 'Bruno' as unknown as string[] })).rejects.toMatchObject({ type: 'bad-request' });
  });
});
