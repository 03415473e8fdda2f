// A real Chromium loads a page through the web host and reaches the API with the renderer
// client (renderer/api), as the screens will.
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_STORAGE_KEY } from '../../renderer/api/session-token';
import { startTestHost, tempDir, writeRenderer } from './web-host-fixtures';

const root = join(import.meta.dirname, '..', '..');
let fixture: Awaited<ReturnType<typeof startTestHost>>;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];
const pageDir = tempDir();

// The inline script must be blocked by the Content-Security-Policy; the module is our own file.
const TEST_PAGE = `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><title>Clave (teste)</title>
<script>window.inlineScriptRan = true;</script>
<script type="module" src="./client-page.js"></script></head>
<body><button id="open">Importar planilha…</button></body></html>`;

beforeAll(async () => {
  const rendererDir = writeRenderer(pageDir);
  writeFileSync(join(rendererDir, 'index.html'), TEST_PAGE);
  await build({
    entryPoints: [join(root, 'test', 'web-host', 'fixtures', 'client-page.ts')],
    outfile: join(rendererDir, 'client-page.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'warning',
  });
  fixture = await startTestHost({ rendererDir });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  page = await browser.newPage({ acceptDownloads: true });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(fixture.host.url);
  await page.waitForSelector('body[data-ready="yes"]');
});

afterAll(async () => {
  await browser?.close();
  await fixture?.close();
  rmSync(pageDir, { recursive: true, force: true });
});

describe('renderer client in Chromium through the web host', () => {
  it('takes the token out of the address bar and keeps it for the tab', async () => {
    const url = new URL(page.url());
    expect(url.hash).toBe('');
    expect(page.url()).not.toContain(fixture.host.token);
    expect(await page.evaluate((key) => sessionStorage.getItem(key), TOKEN_STORAGE_KEY)).toBe(fixture.host.token);
    expect(await page.evaluate(() => window.testClient.kind)).toBe('web');
  });

  it('runs our module but not an inline script (Content-Security-Policy)', async () => {
    expect(await page.evaluate(() => window.inlineScriptRan)).toBeUndefined();
    expect(consoleErrors.join('\n')).toMatch(/Content Security Policy/);
  });

  it('calls the API table and gets typed errors back', async () => {
    expect(await page.evaluate(() => window.call('test/echo', { cliente: 'Açougue São João' }))).toEqual({
      ok: true,
      value: { echoed: { cliente: 'Açougue São João' } },
    });
    const unknown = await page.evaluate(() => window.call('nada/aqui', {}));
    expect(unknown).toEqual({ ok: false, error: { type: 'not-found', code: 'unknown-call', params: { call: 'nada/aqui' } } });
    const crash = await page.evaluate(() => window.call('test/fail', {}));
    expect(crash).toEqual({ ok: false, error: { type: 'internal', code: 'internal', params: { ref: expect.any(String) } } });
  });

  it('receives progress events', async () => {
    await page.evaluate(() => window.subscribe());
    // The stream opens asynchronously: emit until the page has seen events.
    await expect
      .poll(async () => {
        await page.evaluate(() => window.call('test/emit', { jobId: 'j1', count: 2 }));
        return page.evaluate(() => window.received.length);
      })
      .toBeGreaterThanOrEqual(2);
    const received = await page.evaluate(() => window.received);
    expect(received[0]).toMatchObject({ type: 'import/progress', jobId: 'j1', phase: 'reading' });
  });

  it('uploads a file chosen in the browser and gets an id for it', async () => {
    const content = 'Cliente;Data;Valor\nC001;05/03/2024;1.500,00\n';
    const chooser = page.waitForEvent('filechooser');
    await page.click('#open');
    const fileChooser = await chooser;
    expect(await fileChooser.element().getAttribute('accept')).toBe('.xlsx,.csv');
    await fileChooser.setFiles({ name: 'vendas março.csv', mimeType: 'text/csv', buffer: Buffer.from(content) });
    await page.waitForFunction(() => window.opened !== undefined);
    const opened = (await page.evaluate(() => window.opened)) as { ok: boolean; value: { fileId: string; name: string } };
    expect(opened.ok).toBe(true);
    expect(opened.value.name).toBe('vendas março.csv');
    const info = await page.evaluate((fileId) => window.call('test/file-info', { fileId }), opened.value.fileId);
    expect(info).toEqual({ ok: true, value: { name: 'vendas março.csv', size: Buffer.byteLength(content), inTempDir: true } });
  });

  it('saves an export as a download under its name', async () => {
    const download = page.waitForEvent('download');
    const saved = await page.evaluate(() =>
      window.testClient.saveFile('analise.xlsx', [{ name: 'Excel', extensions: ['xlsx'] }], (target) =>
        (window.testClient.invoke as (n: string, a: unknown) => Promise<{ fileId: string; fileName: string }>)('test/write-export', { target }),
      ),
    );
    expect(saved).toMatchObject({ fileName: 'Análise ABC (junho).xlsx' });
    const file = await download;
    expect(file.suggestedFilename()).toBe('Análise ABC (junho).xlsx');
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe('conteúdo do export');
  });

  it('keeps working after a reload (token from sessionStorage)', async () => {
    await page.reload();
    await page.waitForSelector('body[data-ready="yes"]');
    expect(await page.evaluate(() => window.call('test/echo', 1))).toEqual({ ok: true, value: { echoed: 1 } });
  });

  it('goes to the page that says how to open Clave when opened without the token', async () => {
    const stranger = await browser.newPage();
    await stranger.goto(`http://127.0.0.1:${fixture.host.port}/`);
    await stranger.waitForURL(/\/sem-sessao$/);
    // In the browser's language (this one's is English).
    await expect.poll(() => stranger.innerText('h1')).toBe('Open Clave through the address it shows');
    await stranger.close();
  });

  it('goes there too when the token it holds is refused (a tab left from an earlier run)', async () => {
    const stale = await browser.newPage();
    await stale.goto(`http://127.0.0.1:${fixture.host.port}/#token=${'x'.repeat(43)}`);
    await stale.waitForSelector('body[data-ready="yes"]');
    // The first call is refused, and the page leaves (so the call's answer never comes back here).
    await stale.evaluate(() => {
      void window.call('test/echo', {});
    });
    await stale.waitForURL(/\/sem-sessao$/);
    await stale.close();
  });
});
