// The portfolio's customers as read once for its index (portfolio-index.ts, each column of the
// customers and of the run read as one array: json-columns.ts): in the run's ABC order, then every
// customer the run does not rank (a prospect, one outside its window) by code; texts exactly as
// typed, whatever their quotes, backslashes or emoji; the run's figures exactly as it stored them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kamWorkspace, type KamWorkspace } from './kam-fixture';

const ODD = [
  ['P-"9"', 'Loja "Central" \\ filial'],
  ['P-10', '["não", é JSON]'],
  ['P-0🚚', 'Transportes 🚚 Ação'],
  ['P-1', 'Zé'],
] as const;

describe('the portfolio as read for its index', () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
    for (const [code, name] of ODD) await ws.api.call('customers/create', { code, name });
  });
  afterAll(() => ws.close());

  it('lists the run ranked, then the rest by code, with every text and figure as stored', async () => {
    const page = await ws.api.call('customers/page', { limit: 50 });
    const run = (await ws.api.call('analysis/runs', {})).find((r) => r.current)!;
    const ranked = (await ws.api.call('analysis/results-page', { runId: run.id, limit: 50 })).rows;
    const rest = page.rows.slice(ranked.length);
    expect(page.rows.slice(0, ranked.length).map((r) => [r.code, r.name, r.abc, r.pAlive, r.clv12m])).toEqual(
      ranked.map((r) => [r.code, r.name, r.abc, r.pAlive, r.clv12m]),
    );
    // C004 bought before the window: the run does not rank it; the prospects bought nothing.
    const byCode = [...rest.map((r) => r.code)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(rest.map((r) => r.code)).toEqual(byCode);
    expect(rest.map((r) => r.code)).toEqual(expect.arrayContaining(ODD.map(([code]) => code)));
    for (const [code, name] of ODD) expect(rest.find((r) => r.code === code)?.name).toBe(name);
    expect(rest.every((r) => r.abc === null)).toBe(true);
  });
});
