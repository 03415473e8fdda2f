// Workspaces in the browser (#10.6, #13.3, #13.5): the header names the open workspace and its
// path; the start screen creates one by name, opens a recent one or a typed path, and the sample
// opens in a workspace of its own; a crash of the backend process is reported in the page, which
// restarts it without losing what was saved; an address without the token says how to open Clave.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/api/open-workspace';
import { TOKEN_HEADER } from '../../shared/api/transport';
import { rawRequest } from '../web-host/web-host-fixtures';
import { openApp, type AppSession } from './browser-harness';

const VIEWPORT = { width: 1366, height: 768 };

describe('creating and switching workspaces', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await openApp({ viewport: VIEWPORT });
  });
  afterAll(async () => {
    await s?.close();
  });
  const label = () => s.page.getByTestId('workspace-label');

  it('the header names the open workspace and shows its path', async () => {
    await expect.poll(() => label().innerText()).toContain('workspace');
    expect(await label().getAttribute('title')).toContain(join(s.dir, 'workspace.clave'));
    await expect.poll(() => label().locator('.workspace-path').innerText()).toBe(join(s.dir, 'workspace.clave'));
    await s.screenshot('workspace-header');
  });

  it('creates a new workspace by name, empty, and opens it', async () => {
    const { page } = s;
    await page.getByTestId('workspace-new-name').fill('Distribuidora Sul');
    await page.getByTestId('workspace-create').click();
    await expect.poll(() => label().innerText(), { timeout: 15_000 }).toContain('Distribuidora Sul');
    await expect.poll(() => label().getAttribute('title')).toContain(join(s.dir, 'workspaces', 'Distribuidora Sul.clave'));
    await page.getByRole('heading', { name: 'Bem-vindo ao Clave' }).waitFor();
    // The same name again is refused in one sentence; nothing is overwritten.
    await page.getByTestId('workspace-new-name').fill('Distribuidora Sul');
    await page.getByTestId('workspace-create').click();
    await expect.poll(() => page.getByTestId('workspace-error').innerText()).toMatch(/^Já existe um arquivo em .*Distribuidora Sul\.clave: escolha outro nome/);
  });

  it('opens a recent workspace again', async () => {
    const { page } = s;
    const recent = page.getByTestId('workspace-recent');
    await expect.poll(() => recent.innerText()).toContain(join(s.dir, 'workspace.clave'));
    await recent.getByRole('button', { name: 'Abrir workspace' }).click();
    await expect.poll(() => label().locator('.workspace-name').innerText(), { timeout: 15_000 }).toBe('workspace');
    await expect.poll(() => page.getByTestId('workspace-recent').innerText()).toContain('Distribuidora Sul');
    await s.screenshot('workspace-panel');
  });

  it('opens a typed path of an existing workspace, and refuses one that is not', async () => {
    const { page } = s;
    const elsewhere = join(s.dir, 'outra-pasta', 'loja.clave');
    mkdirSync(join(s.dir, 'outra-pasta'));
    const made = openWorkspace({ dbPath: elsewhere, tempDir: join(s.dir, 'outra-pasta', 'tmp') });
    await made.api.call('customers/create', { code: 'L1', name: 'Cliente da loja' });
    made.close();
    await page.getByTestId('workspace-open-path').fill('relativo/loja.clave');
    await page.getByTestId('workspace-open-typed').click();
    await expect.poll(() => page.getByTestId('workspace-error').innerText()).toContain('Caminho recusado: relativo/loja.clave');
    await page.getByTestId('workspace-open-path').fill(join(s.dir, 'nao-existe.clave'));
    await page.getByTestId('workspace-open-typed').click();
    await expect.poll(() => page.getByTestId('workspace-error').innerText()).toContain('não existe');
    await page.getByTestId('workspace-open-path').fill(elsewhere);
    await page.getByTestId('workspace-open-typed').click();
    await expect.poll(() => label().locator('.workspace-name').innerText(), { timeout: 15_000 }).toBe('loja');
    expect((await s.host.workspace.api.call('customers/list', {})).map((c) => c.code)).toEqual(['L1']);
  });

  it('"Experimentar com dados de exemplo" opens a sample workspace of its own, never the user’s', async () => {
    const { page } = s;
    await page.getByTestId('start-sample').click();
    await page.waitForURL(/#\/matrix\?run=1$/, { timeout: 120_000 });
    await expect.poll(() => label().innerText(), { timeout: 15_000 }).toMatch(/exemplo/);
    await expect.poll(() => label().getAttribute('title')).toContain(join(s.dir, 'exemplo', 'exemplo.clave'));
    await s.screenshot('workspace-sample');
    // The user's workspace (loja) got no sale and no prospect from it.
    const loja = new Database(join(s.dir, 'outra-pasta', 'loja.clave'), { readonly: true });
    try {
      expect(loja.prepare('SELECT count(*) FROM sale_lines').pluck().get()).toBe(0);
      expect(loja.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(1);
    } finally {
      loja.close();
    }
    // The start screen says where the user is, and the sample is not in the recent list.
    await page.goto(`http://127.0.0.1:${s.host.port}/#/start`);
    await expect.poll(() => page.getByTestId('workspace-panel').innerText()).toContain('Este é o espaço de exemplo');
    expect(await page.getByTestId('workspace-recent').innerText()).not.toContain('exemplo.clave');
  });
});

describe('the backend in its own process', () => {
  let s: AppSession;
  beforeAll(async () => {
    s = await openApp({ viewport: VIEWPORT, backend: 'process' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('a crash is reported in the page, which restarts it without losing what was saved', async () => {
    const { page, host } = s;
    const call = (name: string, arg: unknown) =>
      rawRequest(host.port, { method: 'POST', path: `/api/call/${name}`, headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' }, body: JSON.stringify(arg) });
    await page.getByTestId('workspace-label').waitFor();
    expect((await call('customers/create', { code: 'P1', name: 'Salvo antes da queda' })).status).toBe(200);
    const pid = host.backendPid()!;
    process.kill(pid, 'SIGKILL');
    const banner = page.getByTestId('backend-crash');
    await expect.poll(() => banner.innerText(), { timeout: 15_000 }).toMatch(/O processo de cálculo do Clave parou inesperadamente \(ref\. [0-9a-z]{6}\)\. Nada do que já estava salvo se perdeu/);
    await s.screenshot('backend-crashed');
    // Meanwhile a call says the same, and the host itself still answers.
    expect((await call('customers/list', {})).json()).toMatchObject({ code: 'host/backend-crashed' });
    await page.getByTestId('backend-restart').click();
    // A new process starts and opens the workspace, then the page starts over: seconds on a busy machine.
    await expect.poll(() => page.getByTestId('backend-crash').count(), { timeout: 30_000 }).toBe(0);
    expect(host.backendPid()).not.toBe(pid);
    await expect.poll(() => page.getByTestId('workspace-label').innerText(), { timeout: 15_000 }).toContain('workspace');
    const listed = (await call('customers/list', {})).json() as { code: string }[];
    expect(listed.map((c) => c.code)).toContain('P1');
  });
});

describe('an address without the token', () => {
  it('shows, in the browser’s language, how to open Clave instead of loading forever', async () => {
    const s = await openApp({ locale: 'es-ES', viewport: VIEWPORT });
    try {
      const stranger = await s.page.context().newPage();
      await stranger.goto(`http://127.0.0.1:${s.host.port}/#/matrix`);
      await stranger.waitForURL(/\/sem-sessao$/);
      await expect.poll(() => stranger.getByRole('heading').innerText()).toBe('Abra Clave con la dirección que muestra');
      expect(await stranger.innerText('body')).toContain('npm start');
      await stranger.screenshot({ path: join('test-output', 'screenshots', 'no-session-es.png') });
      await stranger.close();
    } finally {
      await s.close();
    }
  });
});
