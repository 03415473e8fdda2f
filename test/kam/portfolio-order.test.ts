// The portfolio sorted by name and code, and searched, after deletions and edits: the order of the
// imported names is kept with the customers read once (portfolio-index.ts) and reused after a
// write, so a deleted customer must leave it and an edited name must sort by its new text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortfolioSortKey } from '../../shared/kam/portfolio-query';
import { kamWorkspace, type KamWorkspace } from './kam-fixture';

describe('portfolio order by name and code', () => {
  let ws: KamWorkspace;
  const codes = async (sort: { key: PortfolioSortKey; desc: boolean } | null, search = '') =>
    (await ws.api.call('customers/page', { limit: 50, search, ...(sort && { sort }) })).rows.map((r) => r.code);
  beforeAll(async () => {
    ws = await kamWorkspace();
    for (const [code, name] of [['P01', 'Loja 10'], ['P02', 'loja 9'], ['P03', 'Álamo'], ['P04', 'Zeta'], ['P05', '---']])
      await ws.api.call('customers/create', { code: code!, name: name! });
  });
  afterAll(() => ws.close());

  it('sorts names without case or accents, numbers as numbers, an empty name last either way', async () => {
    expect(await codes({ key: 'name', desc: false })).toEqual(['P03', 'P02', 'P01', 'P04', 'P05']);
    expect(await codes({ key: 'name', desc: true })).toEqual(['P04', 'P01', 'P02', 'P03', 'P05']);
    expect(await codes({ key: 'code', desc: true })).toEqual(['P05', 'P04', 'P03', 'P02', 'P01']);
  });

  it('leaves a deleted customer out of the kept order and the search', async () => {
    await ws.api.call('customers/delete', { code: 'P02' });
    expect(await codes({ key: 'name', desc: false })).toEqual(['P03', 'P01', 'P04', 'P05']);
    expect(await codes({ key: 'code', desc: false })).toEqual(['P01', 'P03', 'P04', 'P05']);
    expect(await codes(null, 'loja')).toEqual(['P01']);
  });

  it('sorts and finds an edited name by its new text', async () => {
    await ws.api.call('customers/update', { code: 'P04', patch: { name: 'Aaa Zeta' } });
    expect(await codes({ key: 'name', desc: false })).toEqual(['P04', 'P03', 'P01', 'P05']);
    expect(await codes({ key: 'name', desc: false }, 'zeta')).toEqual(['P04']);
    await ws.api.call('customers/restore', { code: 'P02' });
    expect(await codes({ key: 'name', desc: true })).toEqual(['P01', 'P02', 'P03', 'P04', 'P05']);
  });
});
