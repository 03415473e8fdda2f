// The backend's read workers (electron/api/read-worker.ts, read-workers.ts, read-calls.ts): the
// slow reads answered on threads of their own, with read-only connections to the same workspace
// file. A real workspace (a generated history imported and analysed), the worker bundled from
// the sources as dist/read-worker.js is.
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortfolioPage } from '../../shared/api/customers-api';
import type { RunSummary } from '../../shared/api/analysis-api';
import type { HandlerName } from '../../shared/api/handlers';
import { errorLogPath } from '../../electron/api/error-log';
import { LANES, READ_CALLS } from '../../electron/api/read-calls';
import { openSession, type Session } from '../../electron/workspace/workspace-session';
import { bundleChild } from '../child-script';
import { SAMPLE_ARGS } from './sample-args';

let dir: string;
let readWorker: string;
let session: Session;
let runId: number;
let codes: string[];
const sessions: Session[] = [];

const open = (name: string, script = readWorker) => {
  const s = openSession({ dbPath: join(dir, name), userDataDir: join(dir, 'user'), tempDir: dir, dialogFiles: true, typedPaths: true, readWorker: script });
  sessions.push(s);
  return s;
};

const call = async <T = unknown>(s: Session, name: string, arg: unknown): Promise<T> => {
  const result = await s.dispatch(name, arg);
  if (!result.ok) throw Object.assign(new Error(result.error.code), result.error);
  return result.value as T;
};

/** A history of `lines` sale lines imported and analysed in `s`'s workspace; the run's id. */
async function seed(s: Session, lines: number, customers: number): Promise<number> {
  const { fileId } = await call<{ fileId: string }>(s, 'sample/create', { lines, customers });
  await call(s, 'import/run', { fileId, locale: 'pt-BR' });
  return (await call<RunSummary>(s, 'analysis/run', {})).id;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clave-readers-'));
  readWorker = await bundleChild('read-worker', { entry: 'electron/api/read-worker.ts' });
  session = open('loja.clave');
  runId = await seed(session, 60_000, 1_500);
  codes = (await call<PortfolioPage>(session, 'customers/page', { limit: 3 })).rows.map((r) => r.code);
});
afterAll(async () => {
  for (const s of sessions) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A well-formed argument of a read call, naming this workspace's run and customers. */
function argOf(name: HandlerName): unknown {
  const sample = SAMPLE_ARGS[name] as Record<string, unknown>;
  const arg: Record<string, unknown> = { ...sample };
  if ('runId' in arg) arg.runId = runId;
  if ('fromRunId' in arg) Object.assign(arg, { fromRunId: runId, toRunId: runId });
  if ('code' in arg) arg.code = codes[0];
  if ('codes' in arg) arg.codes = codes;
  return arg;
}

describe('the calls a read worker answers', () => {
  it('are each answered as the backend itself answers them, errors included, and never write', async () => {
    const names = Object.keys(READ_CALLS) as HandlerName[];
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      expect(session.workspace.api.has(name), name).toBe(true);
      const arg = argOf(name);
      // Through the session (its worker) and through the workspace's own table (this thread).
      expect(await session.dispatch(name, arg), name).toEqual(await session.workspace.api.dispatch(name, arg));
    }
    // A wrong argument and a customer that does not exist: the same error, `{ type, code, params }`.
    for (const [name, arg] of [
      ['customers/page', { sort: { key: 'nenhuma', desc: false } }],
      ['dossier/get', { code: 'NAO-EXISTE' }],
      ['analysis/results-page', { runId: 999 }],
      ['kpi/churn', { period: 'decade' }],
    ] as const) {
      const answer = await session.dispatch(name, arg);
      expect(answer.ok, name).toBe(false);
      expect(answer, name).toEqual(await session.workspace.api.dispatch(name, arg));
    }
    // The answers came from the two threads: nothing fell back, nothing was logged.
    expect(session.readers()!.running()).toHaveLength(LANES.length);
    expect(existsSync(errorLogPath(join(dir, 'loja.clave')))).toBe(false);
  });

  it('a slow read on a worker does not hold up the quick calls answered meanwhile', async () => {
    const order: string[] = [];
    // Not kept yet (a span asked by no one before): the loss trend reads every customer's purchases.
    const slow = session.dispatch('winback/trend', { months: 37 }).then((r) => {
      order.push('trend');
      return r;
    });
    for (const name of ['analysis/runs', 'workspace/info', 'analysis/matrix', 'customers/tags']) {
      await call(session, name, name === 'analysis/matrix' ? { runId } : {});
      order.push(name);
    }
    expect((await slow).ok).toBe(true);
    // On one thread the trend, asked first, would be answered first.
    expect(order).toEqual(['analysis/runs', 'workspace/info', 'analysis/matrix', 'customers/tags', 'trend']);
  });

  it('sees what the backend wrote before it was asked, kept answers included', async () => {
    // SQLite's data_version of a read-only connection moves when another connection commits:
    // the kept answers of a worker key on it (kept-answers.ts, data-stamp.ts).
    const reader = new Database(join(dir, 'loja.clave'), { readonly: true });
    const version = () => reader.pragma('data_version', { simple: true }) as number;
    const before = version();

    // Ten years: every loss of the two years' history, whenever it was.
    const trend = async () => (await call<{ byReason: { reason: string; lost: number }[] }>(session, 'winback/trend', { months: 120 })).byReason;
    const kept = await trend(); // read and kept by the worker
    const lost = (await call<{ rows: { code: string }[] }>(session, 'winback/page', {})).rows[0]!.code;
    await call(session, 'winback/save', { code: lost, case: { reason: 'price', reasonText: null, offer: null, outcome: 'open' } });
    expect(version()).not.toBe(before);
    const after = await trend();
    expect(after).not.toEqual(kept);
    expect(after.find((r) => r.reason === 'price')?.lost).toBe((kept.find((r) => r.reason === 'price')?.lost ?? 0) + 1);

    // The portfolio's kept index, in the worker, shows a name typed a moment ago.
    await call(session, 'customers/page', { search: 'qualquer' });
    await call(session, 'customers/update', { code: codes[1], patch: { name: 'Padaria Recém Renomeada' } });
    const found = await call<PortfolioPage>(session, 'customers/page', { search: 'recem renomeada' });
    expect(found.rows.map((r) => [r.code, r.name])).toEqual([[codes[1], 'Padaria Recém Renomeada']]);
    // And the seller × segment table, kept there too, the seller typed.
    const sellers = async () => (await call<{ seller: string | null }[]>(session, 'customers/seller-segment', {})).map((c) => c.seller);
    expect(await sellers()).not.toContain('Vendedora Nova');
    await call(session, 'customers/update', { code: codes[0], patch: { seller: 'Vendedora Nova' } });
    expect(await sellers()).toContain('Vendedora Nova');
    reader.close();
  });
});

describe('an unexpected error in a worker', () => {
  it('reaches the screen as a reference, and the log beside the workspace holds the call and the stack', async () => {
    const s = open('avariado.clave');
    // A damaged run (unreadable JSON written by hand): reading it fails inside the worker.
    const db = new Database(join(dir, 'avariado.clave'));
    const damaged = db
      .prepare("INSERT INTO analysis_runs (period, window_from, window_to, params_json, params_key, totals_json, sources_json, app_version) VALUES ('month', 0, 1, '{}', 'k', '{', '[]', 'x')")
      .run().lastInsertRowid;
    db.close();
    const result = await s.dispatch('analysis/results-page', { runId: Number(damaged) });
    expect(result).toEqual({ ok: false, error: { type: 'internal', code: 'internal', params: { ref: expect.stringMatching(/^[0-9a-z]{6}$/) } } });
    const ref = !result.ok ? String(result.error.params.ref) : '';
    expect(readFileSync(errorLogPath(join(dir, 'avariado.clave')), 'utf8')).toMatch(new RegExp(`ref ${ref} call analysis/results-page\\nSyntaxError: [^\\n]*JSON`));
    expect(s.readers()!.running()).toHaveLength(LANES.length); // answered by its worker, which goes on
  });
});

describe('a read worker opens and closes with its workspace', () => {
  it('a switch of workspace closes the workers and opens others on the new file', async () => {
    const s = open('primeira.clave');
    await seed(s, 3_000, 80);
    const first = s.readers()!.running().map((w) => w.threadId);
    expect((await call<PortfolioPage>(s, 'customers/page', {})).all).toBeGreaterThan(0);

    await call(s, 'workspace/new', { name: 'vazia' });
    expect((await call<PortfolioPage>(s, 'customers/page', {})).all).toBe(0);
    const second = s.readers()!.running().map((w) => w.threadId);
    expect(second).toHaveLength(LANES.length);
    expect(second.some((id) => first.includes(id))).toBe(false);

    await call(s, 'workspace/open', { path: join(dir, 'primeira.clave') });
    expect((await call<PortfolioPage>(s, 'customers/page', {})).all).toBeGreaterThan(0);
  });

  it('a restore closes them before the file is replaced and opens them again on the restored file', async () => {
    const s = open('restaurar.clave');
    await seed(s, 3_000, 80);
    const target = s.files.add(join(dir, 'copia.clave'));
    await call(s, 'workspace/backup', { target });
    await call(s, 'customers/create', { code: 'DEPOIS-DA-COPIA', name: 'Criado depois da cópia' });
    expect((await call<PortfolioPage>(s, 'customers/page', { search: 'DEPOIS-DA-COPIA' })).total).toBe(1);

    // The workers' connections would make SQLite keep the WAL, and the restore refuse ('workspace/busy').
    await call(s, 'workspace/restore', { fileId: s.files.add(join(dir, 'copia.clave')) });
    expect((await call<PortfolioPage>(s, 'customers/page', { search: 'DEPOIS-DA-COPIA' })).total).toBe(0);
    expect(s.readers()!.running()).toHaveLength(LANES.length);
  });

  it('closing the session ends its workers', async () => {
    const s = open('fechar.clave');
    const workers = s.readers()!.running();
    const exits = workers.map((w) => new Promise((resolve) => w.once('exit', resolve)));
    await s.close();
    await Promise.all(exits);
  });
});

describe('a read worker that stops or cannot start', () => {
  it('a worker that stops with calls waiting: they are answered by the backend, and the next call starts it again', async () => {
    const expected = await session.workspace.api.dispatch('winback/trend', { months: 41 });
    const waiting = session.dispatch('winback/trend', { months: 41 });
    const stopped = session.readers()!.running().map((w) => w.threadId);
    await Promise.all(session.readers()!.running().map((w) => w.terminate()));
    expect(await waiting).toEqual(expected);

    expect(await session.dispatch('kpi/churn', {})).toEqual(await session.workspace.api.dispatch('kpi/churn', {}));
    expect(session.readers()!.running().map((w) => w.threadId).some((id) => stopped.includes(id))).toBe(false);
    expect(readFileSync(errorLogPath(join(dir, 'loja.clave')), 'utf8')).toMatch(/call read-worker\nError: read worker stopped \(exit 1\)/);
  });

  it('a worker script that cannot be loaded: every call is answered by the backend', async () => {
    const s = open('sem-worker.clave', join(dir, 'nao-existe', 'read-worker.js'));
    await seed(s, 2_000, 50);
    expect(await s.dispatch('customers/page', {})).toEqual(await s.workspace.api.dispatch('customers/page', {}));
    expect(await s.dispatch('kpi/dashboard', {})).toMatchObject({ ok: true });
    expect(s.readers()!.running()).toHaveLength(0);
  });
});
