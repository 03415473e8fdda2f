// The web host as a user starts it: `node dist/web-host.js …` and `npm start` without Electron.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
function startUntil(command: string, args: string[], pattern: RegExp, env: NodeJS.ProcessEnv = {}) {
  // Never the real user-data folder: the recent list and the port go to the test's own.
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, BROWSER: 'none', CLAVE_USER_DATA_DIR: join(dir, 'user-data'), ...env },
  }) as ChildProcessWithoutNullStreams;
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
  const defaults = { rendererDir: '/app/dist/renderer' };

  it('defaults to the previous port, the last workspace and dist/renderer (null: decided at start)', () => {
    expect(parseServeArgs([], defaults)).toEqual({ port: null, dbPath: null, ...defaults, open: false, help: false });
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

describe('the port of the previous run', () => {
  it('is used again when free, and another is taken when it is not', async () => {
    const userData = join(dir, 'porta');
    const env = { CLAVE_USER_DATA_DIR: userData };
    const args = [bundle, '--db', join(dir, 'p.clave'), '--renderer', rendererDir];
    const first = startUntil(process.execPath, args, URL_LINE, env);
    const port = Number(URL_LINE.exec(await first.ready)?.[1]);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(JSON.parse(readFileSync(join(userData, 'web-host.json'), 'utf8'))).toEqual({ port });

    const second = startUntil(process.execPath, args, URL_LINE, env);
    expect(Number(URL_LINE.exec(await second.ready)?.[1])).toBe(port);
    // While it holds the port, a third run takes another one instead of failing.
    const third = startUntil(process.execPath, args.map((a) => (a.endsWith('p.clave') ? join(dir, 'q.clave') : a)), URL_LINE, env);
    expect(Number(URL_LINE.exec(await third.ready)?.[1])).not.toBe(port);
    for (const run of [second, third]) {
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    }
  });
});

describe('opening the browser', () => {
  it('puts no token on any command line: the browser gets a page only this user can read', async () => {
    // A stand-in for the browser: records the arguments it was started with and the page it got.
    const record = join(dir, 'browser-args.json');
    const browser = join(dir, 'browser.mjs');
    writeFileSync(
      browser,
      `#!${process.execPath}\nimport { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';\nimport { fileURLToPath } from 'node:url';\n` +
        `const page = fileURLToPath(process.argv[2]);\n` +
        `writeFileSync(${JSON.stringify(`${record}.tmp`)}, JSON.stringify({ argv: process.argv.slice(2), mode: statSync(page).mode & 0o777, html: readFileSync(page, 'utf8') }));\n` +
        // Renamed when complete: the test reads it as soon as it exists.
        `renameSync(${JSON.stringify(`${record}.tmp`)}, ${JSON.stringify(record)});\n`,
    );
    chmodSync(browser, 0o755);
    const run = startUntil(process.execPath, [bundle, '--open', '--db', join(dir, 'o.clave'), '--renderer', rendererDir], URL_LINE, { BROWSER: browser });
    const stdout = await run.ready;
    const token = URL_LINE.exec(stdout)?.[2] ?? '';
    await expect.poll(() => existsSync(record), { timeout: 10_000 }).toBe(true);
    const seen = JSON.parse(readFileSync(record, 'utf8')) as { argv: string[]; mode: number; html: string };
    expect(seen.argv.join(' ')).not.toContain(token);
    expect(seen.argv[0]).toMatch(/^file:\/\/.+\.html$/);
    expect(seen.mode).toBe(0o600);
    expect(seen.html).toContain(`url=http://127.0.0.1:${URL_LINE.exec(stdout)?.[1]}/#token=${token}`);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    // The page goes with the session's private folder.
    expect(existsSync(fileURLToPath(seen.argv[0]!))).toBe(false);
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
