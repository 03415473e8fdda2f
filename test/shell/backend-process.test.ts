// The backend in a process of its own (#13.3). Electron's runtime cannot be had here, so a plain
// Node child process stands in for the utility process: the same entry module
// (electron/api/backend-entry.ts, dist/backend.js), the same messages, the same client the main
// process uses. A crash is reported to the screens with a reference, the log beside the workspace
// says how the process ended, nothing committed is lost, and 'workspace/restart' brings it back.
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaveEvent } from '../../shared/api/events';
import { sessionTempDir } from '../../electron/api/backend';
import { startBackendClient, type BackendClient } from '../../electron/api/backend-client';
import { errorLogPath } from '../../electron/api/error-log';
import { nodeBackendChannel } from '../../electron/api/node-backend-channel';
import { bundleChild } from '../child-script';

let script: string;
let dir: string;
let client: BackendClient;
const events: ClaveEvent[] = [];

beforeAll(async () => {
  script = await bundleChild('backend', { entry: 'electron/api/backend-entry.ts' });
  dir = mkdtempSync(join(tmpdir(), 'clave-backend-'));
  client = await startBackendClient({
    spawn: () => nodeBackendChannel(script),
    open: { dbPath: join(dir, 'loja.clave'), userDataDir: dir, tempDir: sessionTempDir(), dialogFiles: true, typedPaths: false },
    emit: (event) => events.push(event),
  });
});
afterAll(() => client.close());

const call = async (name: string, arg: unknown) => {
  const result = await client.dispatch(name, arg);
  if (!result.ok) throw Object.assign(new Error(result.error.code), result.error);
  return result.value;
};

describe('the backend in a child process', () => {
  it('answers the same API table, with files the host registered', async () => {
    expect(await call('workspace/info', {})).toMatchObject({ name: 'loja', sample: false, path: join(dir, 'loja.clave') });
    const csv = join(dir, 'vendas.csv');
    writeFileSync(csv, 'cliente;data;valor\nC1;01/02/2026;10,00\nC2;02/02/2026;20,00\n');
    const fileId = await client.addFile(csv, 'vendas.csv');
    expect(await call('import/run', { fileId, locale: 'pt-BR' })).toMatchObject({ imported: 2 });
    expect(await client.fileEntry(fileId)).toMatchObject({ path: csv, name: 'vendas.csv' });
    expect(await client.fileEntry('nunca-dado')).toBeNull();
  });

  it('turns an unexpected error into a reference, and the log beside the workspace holds the call and the stack', async () => {
    // A damaged run (unreadable JSON written by hand) makes the runs list fail inside the process.
    const db = new Database(join(dir, 'loja.clave'));
    db.prepare("INSERT INTO analysis_runs (period, window_from, window_to, params_json, params_key, totals_json, sources_json, app_version) VALUES ('month', 0, 1, '{}', 'k', '{', '[]', 'x')").run();
    db.close();
    const result = await client.dispatch('analysis/runs', {});
    expect(result).toEqual({ ok: false, error: { type: 'internal', code: 'internal', params: { ref: expect.stringMatching(/^[0-9a-z]{6}$/) } } });
    const ref = !result.ok ? String(result.error.params.ref) : '';
    const log = readFileSync(errorLogPath(join(dir, 'loja.clave')), 'utf8');
    expect(log).toMatch(new RegExp(`ref ${ref} call analysis/runs\\nSyntaxError: [^\\n]*JSON[^]*\\n +at `));
    const fix = new Database(join(dir, 'loja.clave'));
    fix.prepare("DELETE FROM analysis_runs WHERE app_version = 'x'").run();
    fix.close();
  });

  it('a crash is reported with a reference, calls say so, and a restart loses nothing committed', async () => {
    await call('customers/create', { code: 'P1', name: 'Gravado antes da queda' });
    const pid = client.pid()!;
    // A call sent as the process dies gets the crash as its answer (whether it went out before
    // the exit was seen or after).
    process.kill(pid, 'SIGKILL');
    const answer = await client.dispatch('analysis/run', {});
    expect(answer).toMatchObject({ ok: false, error: { type: 'internal', code: 'host/backend-crashed' } });
    const ref = !answer.ok ? String(answer.error.params.ref) : '';
    expect(ref).toMatch(/^[0-9a-z]{6}$/);
    await expect.poll(() => events.find((e) => e.type === 'backend/crashed')).toEqual({ type: 'backend/crashed', ref });
    expect(readFileSync(errorLogPath(join(dir, 'loja.clave')), 'utf8')).toMatch(new RegExp(`ref ${ref} call backend\\nError: backend process ${pid} exited`));
    expect(await client.dispatch('customers/list', {})).toMatchObject({ ok: false, error: { code: 'host/backend-crashed' } });

    expect(await call('workspace/restart', {})).toMatchObject({ name: 'loja' });
    expect(events.at(-1)).toEqual({ type: 'backend/restarted' });
    expect(client.pid()).not.toBe(pid);
    const codes = ((await call('customers/list', {})) as { code: string }[]).map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['C1', 'C2', 'P1']));
  });

  it('after a restart, the workspace open at the time of the crash is the one reopened', async () => {
    const other = await call('workspace/new', { name: 'distribuidora' });
    expect(other).toMatchObject({ name: 'distribuidora' });
    process.kill(client.pid()!, 'SIGKILL');
    await expect.poll(async () => (await client.dispatch('workspace/info', {})).ok).toBe(false);
    expect(await call('workspace/restart', {})).toMatchObject({ name: 'distribuidora', path: join(dir, 'workspaces', 'distribuidora.clave') });
  });
});

describe('a backend whose host is gone', () => {
  it('closes its workspace and ends, instead of holding the file open', async () => {
    // The host is a process of its own here, killed outright; its backend must not outlive it.
    const { spawn } = await import('node:child_process');
    const hostScript = await bundleChild('backend-host', {
      contents: `
        import { join } from 'node:path';
        import { sessionTempDir } from './electron/api/backend';
        import { startBackendClient } from './electron/api/backend-client';
        import { nodeBackendChannel } from './electron/api/node-backend-channel';
        const dir = process.argv[2];
        const client = await startBackendClient({
          spawn: () => nodeBackendChannel(process.argv[3]),
          open: { dbPath: join(dir, 'orfao.clave'), userDataDir: dir, tempDir: sessionTempDir(), dialogFiles: true, typedPaths: false },
          emit: () => {},
        });
        process.stdout.write(String(client.pid()) + '\\n');
        setInterval(() => {}, 1000);
      `,
    });
    const host = spawn(process.execPath, [hostScript, dir, script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const backendPid = await new Promise<number>((resolve) => host.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString()))));
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    expect(alive(backendPid)).toBe(true);
    host.kill('SIGKILL');
    await expect.poll(() => alive(backendPid), { timeout: 10_000 }).toBe(false);
  });
});
