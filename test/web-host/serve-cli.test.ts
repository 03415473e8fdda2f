// The web host as a user starts it: `node dist/web-host.js …` and `npm start` without Electron.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../electron/web-host/serve-options';
import { PAGE, rawRequest, tempDir, writeRenderer } from './web-host-fixtures';

const root = join(import.meta.dirname, '..', '..');
const { electronRuntime } = (await import(join(root, 'build', 'ensure-electron.mjs'))) as { electronRuntime(): string | null };
const bundle = join(root, 'dist', 'web-host.js');
const dir = tempDir();
const rendererDir = writeRenderer(dir);

function newest(path: string): number {
  const info = statSync(path);
  return info.isDirectory() ? Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry)))) : info.mtimeMs;
}

beforeAll(() => {
  const sources = ['electron', 'shared'].map((folder) => newest(join(root, folder)));
  if (!existsSync(bundle) || Math.max(...sources) > statSync(bundle).mtimeMs) {
    const build = spawnSync(process.execPath, [join(root, 'build', 'build-node.mjs')], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts a command and collects its output until `pattern` appears on stdout. */
function startUntil(command: string, args: string[], pattern: RegExp, env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(command, args, { cwd: root, env: { ...env, BROWSER: 'none' } }) as ChildProcessWithoutNullStreams;
  let stdout = '';
  let stderr = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (pattern.test(stdout)) resolve(stdout);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('exit', (code) => reject(new Error(`exited with ${code}\n${stdout}\n${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, ready, exited, output: () => ({ stdout, stderr }) };
}

const URL_LINE = /^Clave: http:\/\/127\.0\.0\.1:(\d+)\/#token=([A-Za-z0-9_-]{43})$/m;

describe('node dist/web-host.js', () => {
  it('prints exactly one line with the address and token, serves, and stops cleanly', async () => {
    const run = startUntil(process.execPath, [bundle, '--port', '0', '--db', join(dir, 'a.clave'), '--renderer', rendererDir], URL_LINE);
    const stdout = await run.ready;
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(1);
    const port = Number(URL_LINE.exec(stdout)?.[1]);
    const page = await rawRequest(port, { path: '/' });
    expect(page.text).toBe(PAGE);
    expect(existsSync(join(dir, 'a.clave'))).toBe(true);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });

  it('refuses an unknown option with one clear line and exit code 2', () => {
    const run = spawnSync(process.execPath, [bundle, '--prot', '80'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('clave web host: Opção desconhecida: --prot');
    expect(run.stdout).toBe('');
  });
});

describe('electron/web-host/serve.ts imported (not run)', () => {
  it('exports startWebHost and starts nothing', async () => {
    const serve = await import('../../electron/web-host/serve');
    expect(typeof serve.startWebHost).toBe('function');
  });
});

describe('web host options', () => {
  const defaults = { dbPath: '/home/u/.config/Clave/workspace.clave', rendererDir: '/app/dist/renderer' };

  it('defaults to a random port, the user-data workspace and dist/renderer', () => {
    expect(parseServeArgs([], defaults)).toEqual({ port: 0, ...defaults, open: false, help: false });
  });

  it('reads --port, --db, --open and --renderer in both spellings', () => {
    expect(parseServeArgs(['--port=8080', '--db', '/tmp/x.clave', '--open', '--renderer=/tmp/r'], defaults)).toEqual({
      port: 8080,
      dbPath: '/tmp/x.clave',
      rendererDir: '/tmp/r',
      open: true,
      help: false,
    });
  });

  it('refuses a bad port or a missing value', () => {
    expect(() => parseServeArgs(['--port', 'abc'], defaults)).toThrow('Porta inválida: abc');
    expect(() => parseServeArgs(['--port', '70000'], defaults)).toThrow('Porta inválida');
    expect(() => parseServeArgs(['--db'], defaults)).toThrow('A opção --db precisa de um valor.');
  });
});

describe('npm start without the Electron runtime', () => {
  const runtime = electronRuntime() !== null;
  if (runtime) console.log('npm start test did not run: the Electron runtime is installed here, so npm start opens the window.');

  it.skipIf(runtime)('says so plainly and starts the web host instead', async () => {
    const run = startUntil(process.execPath, [join(root, 'build', 'start.mjs'), '--port', '0', '--db', join(dir, 'b.clave')], URL_LINE);
    const stdout = await run.ready;
    expect(stdout).toMatch(/^Electron runtime not installed here \(.+\): starting the web host instead\.$/m);
    const port = Number(URL_LINE.exec(stdout)?.[1]);
    expect((await rawRequest(port, { path: '/api/call/x', method: 'POST' })).status).toBe(401);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  });
});
