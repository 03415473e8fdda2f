// An analysis run on a real workspace: what the engine takes from the database besides the sale
// lines. The key-account types set by hand on a customer (seed 002: image maker, expert) are
// part of the stored run's per-customer types.
import { afterEach, describe, expect, it } from 'vitest';
import { kamWorkspace, type KamWorkspace } from '../kam/kam-fixture';

describe('a stored analysis run', () => {
  let ws: KamWorkspace;
  afterEach(() => ws?.close());

  it('carries the types set by hand on the customer', async () => {
    ws = await kamWorkspace({ withSales: true });
    await ws.api.call('customers/update', { code: 'C002', patch: { imageMaker: true } });
    await ws.api.call('customers/update', { code: 'C006', patch: { expert: true, imageMaker: true } });
    const run = await ws.api.call('analysis/run', {});
    const results = await ws.api.call('analysis/results', { runId: run.id });
    const types = Object.fromEntries(results.map((c) => [c.code, c.types]));
    expect(types.C002).toContain('image maker');
    expect(types.C006).toEqual(expect.arrayContaining(['image maker', 'expert']));
    expect(types.C005).toEqual([]);
  });

  it('lists the customers of each class, alone or with another filter, as the whole list has them', async () => {
    ws = await kamWorkspace({ withSales: true });
    const run = await ws.api.call('analysis/run', {});
    const all = await ws.api.call('analysis/results', { runId: run.id });
    for (const abc of ['A', 'B', 'C'] as const) {
      const listed = await ws.api.call('analysis/results', { runId: run.id, filter: { abc } });
      expect(listed.map((c) => c.code)).toEqual(all.filter((c) => c.abc === abc).map((c) => c.code));
      expect(listed).toHaveLength(run.totals[abc]);
      // The command line's list of one class: the same customers, with what it prints of them.
      const brief = await ws.api.call('analysis/class-customers', { runId: run.id, abc });
      expect(brief).toEqual(listed.map(({ code, name, value, cumulativeShare, xyz, status }) => ({ code, name, value, cumulativeShare, abc, xyz, status })));
      const withXyz = await ws.api.call('analysis/results', { runId: run.id, filter: { abc, xyz: 'new' } });
      expect(withXyz.map((c) => c.code)).toEqual(all.filter((c) => c.abc === abc && c.xyz === null).map((c) => c.code));
    }
  });
});
