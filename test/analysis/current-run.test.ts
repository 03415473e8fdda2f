// SPEC "The current analysis" through the API on a real workspace: which run is current, how it
// changes, labels, and what a stored run keeps of its reference date and its other customers.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../electron/api/open-workspace';
import { readRun } from '../../electron/analysis/read-run';
import { runAnalysis } from '../../electron/analysis/run-analysis';
import { listRunOthers, listRunResults } from '../../electron/db/run-results-table';
import { latestSaleDay } from '../../electron/analysis/load-sales';
import { DEFAULT_PARAMS } from '../../shared/analysis/params';
import { resolveWindow } from '../../shared/analysis/periods';
import { runPlan } from '../../shared/analysis/run-plan';
import { SAMPLES, tempDir } from '../import/import-helpers';

let ws: Workspace;
afterEach(() => ws?.close());

async function workspaceWith(csv: string) {
  const dir = tempDir();
  ws = openWorkspace({ dbPath: join(dir, 'loja.clave'), tempDir: dir });
  const path = join(dir, 'vendas.csv');
  writeFileSync(path, csv);
  await ws.api.call('import/run', { fileId: ws.ctx.files.add(path) });
}

const SALES = [
  'Data;Cliente;Valor',
  '10/01/2026;C1;1000,00',
  '10/02/2026;C1;1000,00',
  '10/03/2026;C2;500,00',
  '15/05/2025;C3;300,00', // before the default window (June 2025 – May 2026): one of the others
  '20/05/2026;C2;200,00', // the latest sale: 2026-05-20
].join('\n');

const currentId = async () => (await ws.api.call('analysis/runs', {})).filter((r) => r.current).map((r) => r.id);

describe('the current analysis', () => {
  it('a new run with the default parameters and window becomes current; another only when made so', async () => {
    await workspaceWith(SALES);
    const first = await ws.api.call('analysis/run', { params: { a: 60 } });
    // Nothing was current: the first run is, whatever its parameters.
    expect(first.current).toBe(true);
    const defaults = await ws.api.call('analysis/run', {});
    expect(defaults).toMatchObject({ current: true, label: null });
    const whatIf = await ws.api.call('analysis/run', { params: { basis: 'orders' } });
    expect(whatIf.current).toBe(false);
    const quarter = await ws.api.call('analysis/run', { params: { period: 'quarter' } });
    expect(quarter.current).toBe(false);
    const otherWindow = await ws.api.call('analysis/run', { from: '2025-01-01', to: '2025-12-31' });
    expect(otherWindow.current).toBe(false);
    // The default window typed in is the default window.
    const typed = await ws.api.call('analysis/run', { from: '2025-06-01', to: '2026-05-31' });
    expect(typed.current).toBe(true);
    expect(await currentId()).toEqual([typed.id]);

    // Made current by hand; deleting it brings back the one current before it, and so on.
    expect(await ws.api.call('analysis/set-current', { runId: whatIf.id })).toMatchObject({ id: whatIf.id, current: true });
    expect(await currentId()).toEqual([whatIf.id]);
    await ws.api.call('analysis/delete', { runId: whatIf.id });
    expect(await currentId()).toEqual([typed.id]);
    await ws.api.call('analysis/delete', { runId: typed.id });
    expect(await currentId()).toEqual([defaults.id]);
    await ws.api.call('analysis/delete', { runId: defaults.id });
    expect(await currentId()).toEqual([first.id]);
    // None left that ever was current: the most recently made run.
    await ws.api.call('analysis/delete', { runId: first.id });
    expect(await currentId()).toEqual([otherWindow.id]);
    // A run deleted that was not current changes nothing.
    await ws.api.call('analysis/delete', { runId: quarter.id });
    expect(await currentId()).toEqual([otherWindow.id]);
  });

  it('names a run with an optional label, trimmed; blank clears it; too long is refused', async () => {
    await workspaceWith(SALES);
    const run = await ws.api.call('analysis/run', {});
    expect((await ws.api.call('analysis/set-label', { runId: run.id, label: '  Fechamento de maio ' })).label).toBe('Fechamento de maio');
    expect((await ws.api.call('analysis/get', { runId: run.id })).label).toBe('Fechamento de maio');
    expect((await ws.api.call('analysis/set-label', { runId: run.id, label: '   ' })).label).toBeNull();
    await expect(ws.api.call('analysis/set-label', { runId: run.id, label: 'x'.repeat(81) })).rejects.toMatchObject({
      type: 'bad-option',
      code: 'analysis/bad-label',
      params: { max: 80 },
    });
    await expect(ws.api.call('analysis/set-current', { runId: 99 })).rejects.toMatchObject({ type: 'not-found', code: 'analysis/run-not-found', params: { runId: 99 } });
  });

  it('keeps the reference date, the latest sale, the period left out and the other customers with the run', async () => {
    await workspaceWith(SALES);
    const run = await ws.api.call('analysis/run', {});
    // The window runs to 2026-05-31; the latest sale is 2026-05-20: May is not complete.
    expect(run).toMatchObject({
      window: { from: '2025-06-01', to: '2026-05-31', period: 'month' },
      referenceDate: '2026-05-20',
      latestSale: '2026-05-20',
      lastPeriodLeftOut: true,
    });
    const results = await ws.api.call('analysis/results', { runId: run.id });
    expect(results.map((c) => [c.code, c.recencyDays])).toEqual([
      ['C1', 99], // 2026-02-10 → 05-20: 18 + 31 + 30 + 20 days
      ['C2', 0],
    ]);
    // C3 bought 2025-05-15, 370 days before the reference date: lost, one of the others.
    expect(await ws.api.call('analysis/others', { runId: run.id })).toEqual([
      expect.objectContaining({ code: 'C3', lastPurchase: expect.any(Number), recencyDays: 370, status: 'lost', trailingRevenue: 30_000 }),
    ]);
    expect(await ws.api.call('analysis/others', { runId: run.id, filter: { status: 'active' } })).toEqual([]);
  });
});

describe('reading a run on two threads', () => {
  it('gives the same rows (in the same order: the models sum them in it), others and ids as reading on one', async () => {
    const dir = tempDir();
    ws = openWorkspace({ dbPath: join(dir, 'loja.clave'), tempDir: dir });
    await ws.api.call('import/run', { fileId: ws.ctx.files.add(join(SAMPLES, 'vendas-canonico.csv')) });
    await ws.api.call('customers/create', { code: 'P1', name: 'Prospecção' });
    const latest = latestSaleDay(ws.ctx.db);
    const plan = runPlan(resolveWindow('month', latest!), latest, 'revenue');
    const one = await readRun(ws.ctx.db, plan, DEFAULT_PARAMS, { readers: 1 });
    // Slices of 16 ids, shared by two threads: each reads every other slice.
    const two = await readRun(ws.ctx.db, plan, DEFAULT_PARAMS, { readers: 2, slice: 16 });
    const byCode = <T extends { code: string }>(list: T[]) => [...list].sort((a, b) => (a.code < b.code ? -1 : 1));
    expect(one.rows).toHaveLength(256);
    expect(one.others.map((o) => o.code)).toContain('P1');
    expect(two.rows.map((r) => r.code)).toEqual(one.rows.map((r) => r.code));
    expect(two.rows).toEqual(one.rows);
    expect(byCode(two.others)).toEqual(byCode(one.others));
    expect(new Map([...two.ids].sort())).toEqual(new Map([...one.ids].sort()));
  });
});

describe('a run read and written on threads', () => {
  it('stores what a run on one thread stores, and becomes current', async () => {
    const stored = async (threads: number) => {
      const dir = tempDir();
      const w = openWorkspace({ dbPath: join(dir, 'loja.clave'), tempDir: dir });
      try {
        await w.api.call('import/run', { fileId: w.ctx.files.add(join(SAMPLES, 'vendas-canonico.csv')) });
        await w.api.call('customers/create', { code: 'P1', name: 'Prospecção' });
        // Two readers start the writer thread too (a workspace of millions of lines does so on its own).
        const run = await runAnalysis(w.ctx.db, {}, 'test', threads > 1 ? { readers: threads, slice: 16 } : { readers: 1 });
        const { createdAt: _, ...summary } = run;
        return { summary, customers: listRunResults(w.ctx.db, run.id), others: listRunOthers(w.ctx.db, run.id) };
      } finally {
        w.close();
      }
    };
    const one = await stored(1);
    const threads = await stored(2);
    expect(threads.summary.current).toBe(true);
    // The models, fitted on the writer thread there, are the one thread's to the last digit.
    expect(threads.summary.model.fitted).not.toBeNull();
    expect(threads.summary).toEqual(one.summary);
    expect(threads.customers).toHaveLength(256);
    expect(threads.customers).toEqual(one.customers);
    expect(threads.others).toEqual(one.others);
  });

  it('stores nothing when the workspace changed while it read (a customer created meanwhile): the user runs it again', async () => {
    const dir = tempDir();
    const w = openWorkspace({ dbPath: join(dir, 'loja.clave'), tempDir: dir });
    try {
      await w.api.call('import/run', { fileId: w.ctx.files.add(join(SAMPLES, 'vendas-canonico.csv')) });
      for (const threads of [2, 1]) {
        // The run has read its latest sale when runAnalysis returns its promise; the customer comes before it writes.
        const run = runAnalysis(w.ctx.db, {}, 'test', { readers: threads, slice: 16 });
        await w.api.call('customers/create', { code: `P${threads}`, name: 'Prospecção' });
        await expect(run).rejects.toMatchObject({ code: 'analysis/data-changed' });
        expect(await w.api.call('analysis/runs', {})).toEqual([]);
        expect(w.ctx.db.prepare('SELECT count(*) FROM run_results').pluck().get()).toBe(0);
      }
      // Run again: stored, with the new customer among its others.
      const again = await runAnalysis(w.ctx.db, {}, 'test', { readers: 2, slice: 16 });
      expect(listRunOthers(w.ctx.db, again.id).map((o) => o.code)).toEqual(expect.arrayContaining(['P1', 'P2']));
    } finally {
      w.close();
    }
  });
});
