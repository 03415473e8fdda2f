// The run's screens at scale (issue #13.1) through the API on a real workspace: the customer grid's
// pages (filter, search, sort by any column, slices), the class migration counted in SQL with its
// cells' customers a page at a time, and the Pareto, matrix and concentration views computed in
// the backend. Each is checked against the run's full results, as a user reading them would.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../electron/api/open-workspace';
import { aheadOfScreens, readAheadIn } from '../../electron/api/read-calls';
import { NUMBER_RESULT_KEYS } from '../../electron/db/run-result-columns';
import type { RankedResult, RunSummary } from '../../shared/api/analysis-api';
import { computeMatrix } from '../../shared/analysis/matrix';
import { paretoView } from '../../shared/analysis/pareto-points';
import type { CustomerResult } from '../../shared/analysis/result-types';
import { addMonths, dayOfIso, isoOfDay } from '../../shared/domain/calendar';
import { customerColumns } from '../../shared/format/customer-columns';
import { labelsFor } from '../../shared/format/labels';
import { resolveLocale } from '../../shared/format/locale';
import { sortedPositions, sortKey } from '../../shared/paging/list-order';
import { tempDir } from '../import/import-helpers';

let ws: Workspace;
let older: RunSummary;
let run: RunSummary;
let all: CustomerResult[];

beforeAll(async () => {
  const dir = tempDir();
  ws = openWorkspace({ dbPath: join(dir, 'grande.clave'), tempDir: dir });
  const sample = await ws.api.call('sample/create', { lines: 6000, customers: 160 });
  await ws.api.call('import/run', { fileId: sample.fileId });
  const latest = (await ws.api.call('analysis/defaults', {})).latestSale!;
  older = await ws.api.call('analysis/run', { to: isoOfDay(addMonths(latest, -6)) });
  run = await ws.api.call('analysis/run', {});
  all = await ws.api.call('analysis/results', { runId: run.id });
}, 60_000);
afterAll(() => ws?.close());

const page = (arg: Omit<Parameters<Workspace['api']['call']>[1], never> & object) =>
  ws.api.call('analysis/results-page', { runId: run.id, ...arg });
const codes = (rows: { code: string }[]) => rows.map((r) => r.code);
const fold = (s: string | null) => (s ?? '').normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * Each number column of the grid's table, with `target`'s customers in its order as the full rows
 * say (sortedPositions' rule), either way: what a sort from figures read ahead must answer.
 */
async function numberOrders(target: RunSummary): Promise<Map<string, (desc: boolean) => string[]>> {
  const rows = await ws.api.call('analysis/results', { runId: target.id });
  const columns = customerColumns(target.params, labelsFor('pt'), resolveLocale('pt-BR')!);
  return new Map(
    NUMBER_RESULT_KEYS.filter((key) => columns.some((c) => c.key === key)).map((key) => {
      const column = columns.find((c) => c.key === key)!;
      const values = rows.map((c, i) => column.value(c, i) as number | null);
      return [key, (desc: boolean) => [...sortedPositions(values, desc)].map((i) => rows[i]!.code)] as const;
    }),
  );
}

/**
 * With `update` run on the run's stored figures behind the app's back (undone after), every
 * number column sorted in each of `directions` answers `expected`'s order: what was read ahead.
 */
async function expectSortsFromReadAhead(runId: number, update: string, expected: Map<string, (desc: boolean) => string[]>, directions: boolean[]) {
  ws.ctx.db.exec('SAVEPOINT behind');
  try {
    ws.ctx.db.prepare(update).run(runId);
    for (const [key, order] of expected) {
      for (const desc of directions) {
        const sorted = await ws.api.call('analysis/results-page', { runId, sort: { key, desc }, limit: 1000 });
        expect(codes(sorted.rows), `${key} ${desc ? 'desc' : 'asc'}`).toEqual(order(desc));
      }
    }
  } finally {
    ws.ctx.db.exec('ROLLBACK TO behind; RELEASE behind');
  }
}

describe('the customer grid a page at a time', () => {
  it('gives the run in ABC order, slice by slice, with ranks and the count of all', async () => {
    const first = await page({ limit: 50 });
    const second = await page({ offset: 50, limit: 50 });
    expect(first.total).toBe(all.length);
    expect(codes([...first.rows, ...second.rows])).toEqual(codes(all.slice(0, 100)));
    expect(first.rows[0]).toEqual({ ...all[0], rank: 1 });
    expect(second.rows[0]!.rank).toBe(51);
    expect((await page({ offset: all.length, limit: 50 })).rows).toEqual([]);
  });

  it('filters as the grid route says: class, XYZ "new", status, seller, a signal', async () => {
    const expectFilter = async (filter: Record<string, string>, keep: (c: CustomerResult) => boolean) => {
      const got = await page({ filter, limit: 1000 });
      expect(codes(got.rows), JSON.stringify(filter)).toEqual(codes(all.filter(keep)));
      expect(got.total).toBe(all.filter(keep).length);
    };
    await expectFilter({ abc: 'B' }, (c) => c.abc === 'B');
    await expectFilter({ xyz: 'new' }, (c) => c.xyz === null);
    await expectFilter({ abc: 'A', status: 'active' }, (c) => c.abc === 'A' && c.status === 'active');
    const seller = all[0]!.seller!;
    await expectFilter({ seller }, (c) => c.seller === seller);
    await expectFilter({ signal: 'any' }, (c) => c.signals.length > 0);
    await expectFilter({ signal: 'overdue' }, (c) => c.signals.some((s) => s.kind === 'overdue'));
  });

  it('searches every word typed in code, name, seller, segment and region, ignoring case and accents', async () => {
    const target = all.find((c) => /[çãéíá]/i.test(c.name ?? '')) ?? all[0]!;
    const words = fold(target.name).split(' ');
    const typed = words.map((w) => w.toUpperCase()).join(' ');
    const got = await page({ search: typed, limit: 1000 });
    const expected = all.filter((c) => words.every((w) => [c.code, c.name, c.seller, c.segment, c.region].some((f) => fold(f).includes(w))));
    expect(codes(got.rows)).toEqual(codes(expected));
    expect(codes(got.rows)).toContain(target.code);
    // A search and a filter together; one that matches nothing.
    const both = await page({ search: typed, filter: { abc: target.abc }, limit: 1000 });
    expect(codes(both.rows)).toEqual(codes(expected.filter((c) => c.abc === target.abc)));
    expect(await page({ search: 'zzz-nada', limit: 10 })).toMatchObject({ rows: [], total: 0 });
  });

  it('sorts by any column, either way, empty values last and ties in ABC order', async () => {
    const sortedBy = async (key: string, desc: boolean) => codes((await page({ sort: { key, desc }, limit: 1000 })).rows);
    const collator = new Intl.Collator('pt-BR', { numeric: true, sensitivity: 'base' });
    const byName = [...all].sort((a, b) => collator.compare(fold(a.name), fold(b.name)) || all.indexOf(a) - all.indexOf(b));
    expect(await sortedBy('name', false)).toEqual(codes(byName));
    const byRevenue = [...all].sort((a, b) => b.revenue - a.revenue || all.indexOf(a) - all.indexOf(b));
    expect(await sortedBy('revenue', true)).toEqual(codes(byRevenue));
    // A derived figure (margin %, empty without margin) and a text in words (signals).
    const byMargin = [...all].sort((a, b) =>
      a.marginPct === null ? (b.marginPct === null ? all.indexOf(a) - all.indexOf(b) : 1) : b.marginPct === null ? -1 : a.marginPct - b.marginPct || all.indexOf(a) - all.indexOf(b),
    );
    expect(await sortedBy('marginPct', false)).toEqual(codes(byMargin));
    const lastPurchaseDesc = await sortedBy('lastPurchase', true);
    const days = lastPurchaseDesc.map((code) => all.find((c) => c.code === code)!.lastPurchase);
    expect(days.filter((d) => d !== null)).toEqual([...days.filter((d): d is number => d !== null)].sort((a, b) => b - a));
    const firstEmpty = days.indexOf(null);
    if (firstEmpty >= 0) expect(days.slice(firstEmpty).every((d) => d === null)).toBe(true);
    // Sorted and filtered, paged: the slices join up.
    const b1 = await page({ sort: { key: 'orders', desc: true }, filter: { abc: 'C' }, limit: 7 });
    const b2 = await page({ sort: { key: 'orders', desc: true }, filter: { abc: 'C' }, offset: 7, limit: 7 });
    const cs = [...all].filter((c) => c.abc === 'C').sort((a, b) => b.orders - a.orders || all.indexOf(a) - all.indexOf(b));
    expect(codes([...b1.rows, ...b2.rows])).toEqual(codes(cs.slice(0, 14)));
  });

  it('sorts by each column of the table as its values in the full rows say, either way (decision #186)', async () => {
    // The backend reads a text column folded from the search's index, a derived figure from the
    // few stored columns it is made of: the order must be that of the column's own values.
    const columns = customerColumns(run.params, labelsFor('pt'), resolveLocale('pt-BR')!);
    expect(columns.length).toBeGreaterThan(30);
    for (const column of columns) {
      const values = all.map((c, i) => {
        // XYZ sorts by the letter; a customer too new for one (shown as "new") goes last, as an empty value.
        const v = column.key === 'xyz' ? c.xyz : column.value(c, i);
        return typeof v === 'string' ? sortKey(v) : v;
      });
      for (const desc of [false, true]) {
        const expected = [...sortedPositions(values, desc)].map((i) => all[i]!.code);
        expect(codes((await page({ sort: { key: column.key, desc }, limit: 1000 })).rows), `${column.key} ${desc ? 'desc' : 'asc'}`).toEqual(expected);
      }
    }
  });

  it('answers filters and searches in turn, each sorted and paged, from the customers each keeps (decision #190)', async () => {
    // The customers a filter and a search keep are made once and kept for the next page or sort
    // of the same pair: each change must make them again, and going back must not find the last.
    const byClv = (keep: (c: CustomerResult) => boolean) =>
      codes(all.filter(keep).sort((a, b) => (b.clv12m ?? -Infinity) - (a.clv12m ?? -Infinity) || all.indexOf(a) - all.indexOf(b)));
    const seller = all[0]!.seller!;
    const turns: [Record<string, unknown>, (c: CustomerResult) => boolean][] = [
      [{ filter: { abc: 'B' } }, (c) => c.abc === 'B'],
      [{ filter: { abc: 'C' } }, (c) => c.abc === 'C'],
      [{ filter: { abc: 'B' }, search: fold(seller) }, (c) => c.abc === 'B' && fold(c.seller).includes(fold(seller))],
      [{ filter: { abc: 'B' } }, (c) => c.abc === 'B'],
      [{}, () => true],
    ];
    for (const [request, keep] of turns) {
      const expected = byClv(keep).filter((code) => all.find((c) => c.code === code)!.clv12m !== null);
      const first = await page({ ...request, sort: { key: 'clv12m', desc: true }, limit: 5 });
      const next = await page({ ...request, sort: { key: 'clv12m', desc: true }, offset: 5, limit: 5 });
      expect(first.total, JSON.stringify(request)).toBe(all.filter(keep).length);
      expect(codes([...first.rows, ...next.rows]), JSON.stringify(request)).toEqual(expected.slice(0, 10));
    }
  });

  it('finds customers by code (the side panel), and refuses a malformed request', async () => {
    const wanted = [all[5]!.code, all[2]!.code];
    const got = await page({ codes: wanted });
    expect(got.rows.map((r: RankedResult) => [r.code, r.rank])).toEqual([
      [all[2]!.code, 3],
      [all[5]!.code, 6],
    ]);
    const bad = async (arg: object) => ws.api.call('analysis/results-page', { runId: run.id, ...arg } as never).then(() => null, (e: { code?: string; params?: unknown }) => e);
    expect(await bad({ limit: 5000 })).toMatchObject({ code: 'bad-request', params: { field: 'limit' } });
    expect(await bad({ offset: -1 })).toMatchObject({ code: 'bad-request', params: { field: 'offset' } });
    expect(await bad({ sort: { key: 'nada', desc: false } })).toMatchObject({ code: 'bad-request', params: { field: 'sort.key' } });
    expect(await bad({ filter: { abc: 'D' } })).toMatchObject({ code: 'bad-request', params: { field: 'filter.abc' } });
  });

  it('lists the sellers and segments of the run for the filter selects', async () => {
    const values = await ws.api.call('analysis/result-values', { runId: run.id });
    expect(new Set(values.sellers)).toEqual(new Set(all.map((c) => c.seller).filter((s) => s)));
    expect(new Set(values.segments)).toEqual(new Set(all.map((c) => c.segment).filter((s) => s)));
  });
});

describe('the class migration between two runs', () => {
  it('counts each move as the two runs list their customers', async () => {
    const before = new Map((await ws.api.call('analysis/results', { runId: older.id })).map((c) => [c.code, c]));
    const after = new Map(all.map((c) => [c.code, c]));
    const table = await ws.api.call('analysis/migration', { fromRunId: older.id, toRunId: run.id });
    expect(table.cells).toHaveLength(15);
    const expected = new Map<string, number>();
    for (const code of new Set([...before.keys(), ...after.keys()])) {
      const key = `${before.get(code)?.abc ?? '-'}${after.get(code)?.abc ?? '-'}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    for (const c of table.cells) expect(c.customers, `${c.from}→${c.to}`).toBe(expected.get(`${c.from}${c.to}`) ?? 0);
    expect(table.cells.reduce((s, c) => s + c.customers, 0)).toBe(new Set([...before.keys(), ...after.keys()]).size);

    // The customers of a cell, largest first by the newer run's value, a page at a time.
    const cell = table.cells.filter((c) => c.from !== '-' && c.to !== '-').sort((a, b) => b.customers - a.customers)[0]!;
    const first = await ws.api.call('analysis/migration-customers', { fromRunId: older.id, toRunId: run.id, from: cell.from, to: cell.to, limit: 3 });
    const rest = await ws.api.call('analysis/migration-customers', { fromRunId: older.id, toRunId: run.id, from: cell.from, to: cell.to, offset: 3, limit: 1000 });
    expect(first.total).toBe(cell.customers);
    const listed = [...first.rows, ...rest.rows];
    const inCell = [...after.values()].filter((c) => c.abc === cell.to && before.get(c.code)?.abc === cell.from);
    expect(codes(listed)).toEqual(codes(inCell.sort((a, b) => b.value - a.value || (a.code < b.code ? -1 : 1))));
    // Each side with its value and the figure of each basis (the drill-down shows like with like).
    const side = (c: CustomerResult) => ({ abc: c.abc, value: c.value, revenue: c.revenue, margin: c.margin, quantity: c.quantity, orders: c.orders });
    expect(listed[0]).toEqual({
      code: listed[0]!.code,
      name: after.get(listed[0]!.code)!.name,
      before: side(before.get(listed[0]!.code)!),
      after: side(after.get(listed[0]!.code)!),
    });
    // Those that entered: no class before.
    const entered = table.cells.find((c) => c.from === '-' && c.customers > 0);
    if (entered) {
      const got = await ws.api.call('analysis/migration-customers', { fromRunId: older.id, toRunId: run.id, from: '-', to: entered.to, limit: 1000 });
      expect(got.rows.every((r) => r.before === null && r.after?.abc === entered.to && !before.has(r.code))).toBe(true);
      expect(got.total).toBe(entered.customers);
    }
  });
});

describe('the class migration from the runs read once (run-migration.ts)', () => {
  /** The moves as the two runs' full results give them. */
  const expectedMoves = async (fromRunId: number, toRunId: number) => {
    const before = new Map((await ws.api.call('analysis/results', { runId: fromRunId })).map((c) => [c.code, c.abc]));
    const after = new Map((await ws.api.call('analysis/results', { runId: toRunId })).map((c) => [c.code, c.abc]));
    const moves = new Map<string, number>();
    for (const code of new Set([...before.keys(), ...after.keys()])) {
      const key = `${before.get(code) ?? '-'}${after.get(code) ?? '-'}`;
      moves.set(key, (moves.get(key) ?? 0) + 1);
    }
    return moves;
  };
  const movesOf = async (fromRunId: number, toRunId: number) =>
    new Map((await ws.api.call('analysis/migration', { fromRunId, toRunId })).cells.filter((c) => c.customers > 0).map((c) => [`${c.from}${c.to}`, c.customers]));

  it('lists those that left by their value in the older run, largest first', async () => {
    const before = await ws.api.call('analysis/results', { runId: older.id });
    const after = new Set(all.map((c) => c.code));
    const left = before.filter((c) => !after.has(c.code));
    const cls = left[0]?.abc ?? 'C';
    const got = await ws.api.call('analysis/migration-customers', { fromRunId: older.id, toRunId: run.id, from: cls, to: '-', limit: 1000 });
    const expected = left.filter((c) => c.abc === cls).sort((a, b) => b.value - a.value || (a.code < b.code ? -1 : 1));
    expect(codes(got.rows)).toEqual(codes(expected));
    expect(got.rows.every((r) => r.after === null && r.before?.abc === cls)).toBe(true);
  });

  it('reads a run made again under the id of one deleted, not the deleted one kept', async () => {
    const latest = (await ws.api.call('analysis/defaults', {})).latestSale!;
    const third = await ws.api.call('analysis/run', { to: isoOfDay(addMonths(latest, -3)) });
    expect(await movesOf(older.id, third.id)).toEqual(await expectedMoves(older.id, third.id));
    await ws.api.call('analysis/delete', { runId: third.id });
    // The same id again (the newest run's id is given again), another window: other classes.
    const again = await ws.api.call('analysis/run', { to: isoOfDay(addMonths(latest, -1)) });
    expect(again.id).toBe(third.id);
    const moves = await movesOf(older.id, again.id);
    expect(moves).toEqual(await expectedMoves(older.id, again.id));
    expect(moves).not.toEqual(await expectedMoves(older.id, run.id));
    await ws.api.call('analysis/delete', { runId: again.id });
  });

  it("reads the grid's order by name ahead, after its index, and sorts from it (decision #186)", async () => {
    // The older run made current: no sort has asked for its order yet.
    await ws.api.call('analysis/set-current', { runId: older.id });
    try {
      const kinds = aheadOfScreens(ws.ctx.db).map((a) => a.kind);
      expect(kinds.indexOf('results-order')).toBeGreaterThan(kinds.indexOf('results-index'));
      const ahead = aheadOfScreens(ws.ctx.db).find((a) => a.kind === 'results-order');
      expect(ahead).toEqual({ kind: 'results-order', runId: older.id });
      const olderAll = await ws.api.call('analysis/results', { runId: older.id });
      const names = olderAll.map((c) => sortKey(c.name ?? ''));
      const byName = [...sortedPositions(names, false)].map((i) => olderAll[i]!.code);
      await readAheadIn(ws, ahead!);
      // The names changed behind the app's back: the order read ahead is what the sort answers.
      ws.ctx.db.exec('SAVEPOINT behind');
      try {
        ws.ctx.db.prepare("UPDATE run_results SET name = 'Zz ' || code WHERE run_id = ? AND rank <= 20").run(older.id);
        const sorted = await ws.api.call('analysis/results-page', { runId: older.id, sort: { key: 'name', desc: false }, limit: 1000 });
        expect(codes(sorted.rows)).toEqual(byName);
      } finally {
        ws.ctx.db.exec('ROLLBACK TO behind; RELEASE behind');
      }
    } finally {
      await ws.api.call('analysis/set-current', { runId: run.id });
    }
  });

  it("reads the grid's number columns ahead, after its order by name, and sorts by each from them (decision #188)", async () => {
    await ws.api.call('analysis/set-current', { runId: older.id });
    try {
      const kinds = aheadOfScreens(ws.ctx.db).map((a) => a.kind);
      expect(kinds.indexOf('results-numbers')).toBe(kinds.indexOf('results-order') + 1);
      const ahead = aheadOfScreens(ws.ctx.db).find((a) => a.kind === 'results-numbers');
      expect(ahead).toEqual({ kind: 'results-numbers', runId: older.id });
      const expected = await numberOrders(older);
      expect([...expected.keys()]).toEqual(expect.arrayContaining(['clv12m', 'pAlive', 'revenue', 'recencyDays']));
      await readAheadIn(ws, ahead!);
      // The figures changed behind the app's back: the columns read ahead are what the sorts answer.
      await expectSortsFromReadAhead(older.id, 'UPDATE run_results SET clv_12m_cents = -rank, p_alive = NULL, revenue_cents = rank WHERE run_id = ?', expected, [false, true]);
    } finally {
      await ws.api.call('analysis/set-current', { runId: run.id });
    }
  });

  it("reads the orders of the grid's number columns ahead, after the columns, and sorts either way from them (decision #190)", async () => {
    // A run of its own, which no sort has touched yet, made current.
    const latest = (await ws.api.call('analysis/defaults', {})).latestSale!;
    const fresh = await ws.api.call('analysis/run', { to: isoOfDay(addMonths(latest, -3)) });
    await ws.api.call('analysis/set-current', { runId: fresh.id });
    try {
      const kinds = aheadOfScreens(ws.ctx.db).map((a) => a.kind);
      expect(kinds.indexOf('results-number-orders')).toBe(kinds.indexOf('results-numbers') + 1);
      const ahead = aheadOfScreens(ws.ctx.db).find((a) => a.kind === 'results-number-orders');
      expect(ahead).toEqual({ kind: 'results-number-orders', runId: fresh.id });
      const expected = await numberOrders(fresh);
      await readAheadIn(ws, ahead!);
      // The figures changed behind the app's back: the orders read ahead are what the sorts answer,
      // down as well as up (made from the order up), ties in ABC order and empties last either way.
      await expectSortsFromReadAhead(fresh.id, 'UPDATE run_results SET clv_12m_cents = -rank, p_alive = NULL, orders = rank, recency_days = 0 WHERE run_id = ?', expected, [true, false]);
    } finally {
      await ws.api.call('analysis/set-current', { runId: run.id });
      await ws.api.call('analysis/delete', { runId: fresh.id });
    }
  });

  it('reads the two newest runs ahead, and answers from what it read (a stored run never changes)', async () => {
    const ahead = aheadOfScreens(ws.ctx.db).find((a) => a.kind === 'run-classes');
    expect(ahead).toEqual({ kind: 'run-classes', runIds: [run.id, older.id] });
    const moves = await movesOf(older.id, run.id);
    await readAheadIn(ws, ahead!);
    // Were the newer run's rows changed behind the app's back, what was read stays what it answers.
    ws.ctx.db.exec('SAVEPOINT behind');
    try {
      ws.ctx.db.prepare("UPDATE run_results SET abc = 'C' WHERE run_id = ?").run(run.id);
      expect(await movesOf(older.id, run.id)).toEqual(moves);
    } finally {
      ws.ctx.db.exec('ROLLBACK TO behind; RELEASE behind');
    }
  });
});

describe('the run views computed where the customers are', () => {
  it('matrix, Pareto points and concentration agree with the full results', async () => {
    expect(await ws.api.call('analysis/matrix', { runId: run.id })).toEqual(computeMatrix(all, run.totals.value));
    expect(await ws.api.call('analysis/pareto', { runId: run.id })).toEqual(paretoView(all, 400, 200));
    const full = await ws.api.call('analysis/concentration', { runId: run.id });
    const firstTen = await ws.api.call('analysis/concentration', { runId: run.id, aLimit: 10 });
    expect(full.aCount).toBe(all.filter((c) => c.abc === 'A').length);
    expect(firstTen).toEqual({ ...full, aCustomers: full.aCustomers.slice(0, 10) });
    expect(full.aCustomers.map((a) => a.code)).toEqual(all.filter((c) => c.abc === 'A').map((c) => c.code));
  });

  it('groups a long curve into bars of neighbours that never cross a class', () => {
    const view = paretoView(all, 20, 5);
    expect(view.groupSize).toBe(Math.ceil(view.ranked / 20));
    expect(view.head).toHaveLength(5);
    expect(view.all[view.all.length - 1]!.to).toBe(view.ranked);
    for (const p of view.all) expect(new Set(all.slice(p.from - 1, p.to).map((c) => c.abc)).size).toBe(1);
  });
});

// The window arithmetic of the fixture: six months back is another window.
it('the fixture has two runs of different windows', () => {
  expect(dayOfIso(older.window.to)! < dayOfIso(run.window.to)!).toBe(true);
});
