// The favicon, in a real Chromium through the web host: every page named none, so the browser's
// own request for /favicon.ico got a 404 on every page. The pages now name the app's icon
// (build/icon.png, built into dist/renderer/favicon.png, which the desktop window's app://
// protocol serves from the same folder), and /favicon.ico answers with it too.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRendererFile } from '../../electron/shell/renderer-files';
import { NO_SESSION_PATH } from '../../shared/api/transport';
import { openApp, type AppSession } from './browser-harness';
import { analyseSample } from './session-helpers';

let s: AppSession;
const failed: string[] = [];
const icon = readFileSync(resolve('build', 'icon.png'));

beforeAll(async () => {
  s = await openApp({ viewport: { width: 1366, height: 768 } });
  s.page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  await analyseSample(s);
  await s.page.reload();
}, 60_000);

afterAll(async () => {
  await s?.close();
});

/** What the page's icon link gives when the browser loads it: status, type, size and the picture's width. */
async function pageIcon(): Promise<{ href: string; status: number; type: string | null; bytes: number; width: number }> {
  return s.page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="icon"]')!;
    const response = await fetch(link.href);
    const bytes = (await response.arrayBuffer()).byteLength;
    const image = new Image();
    image.src = link.href;
    await image.decode();
    return { href: new URL(link.href).pathname, status: response.status, type: response.headers.get('content-type'), bytes, width: image.naturalWidth };
  });
}

describe('the favicon', () => {
  it('every screen names the app icon, and nothing the pages ask for is missing', async () => {
    const { page } = s;
    for (const screen of ['start', 'matrix', 'customers', 'portfolio', 'dossier?code=C00162', 'agenda', 'kpis']) {
      await page.evaluate((h) => {
        window.location.hash = h;
      }, `#/${screen}`);
      await expect.poll(() => page.locator('main').innerText()).not.toBe('');
    }
    expect(await pageIcon()).toEqual({ href: '/favicon.png', status: 200, type: 'image/png', bytes: icon.length, width: 512 });
    expect(failed).toEqual([]);
  });

  it('is not downloaded again at each screen: the browser asks whether it changed, and is told it did not', async () => {
    // Chromium asks for the page's icon again at each change of the address's #: served as
    // "no-cache" without a validator, all 109 KB of it came back every time.
    const { page } = s;
    // The icon's bytes that came over the network, each time the page asked for it.
    const fetched: Promise<number>[] = [];
    const listener = (r: Response) => {
      if (new URL(r.url()).pathname === '/favicon.png') fetched.push(r.request().sizes().then((sizes) => sizes.responseBodySize));
    };
    page.on('response', listener);
    try {
      for (const screen of ['matrix', 'customers', 'portfolio', 'agenda', 'start']) {
        await page.evaluate((h) => {
          window.location.hash = h;
        }, `#/${screen}`);
        await expect.poll(() => page.locator('main').innerText()).not.toBe('');
      }
      // What the browser asks for, it asks with the icon's validator (whatever it fetched is a 304).
      const validator = await page.evaluate(async () => (await fetch('/favicon.png')).headers.get('etag'));
      expect(validator).toMatch(/^"[0-9a-f]+"$/);
      const again = await page.evaluate(async (etag) => (await fetch('/favicon.png', { headers: { 'If-None-Match': etag } })).status, validator!);
      expect(again).toBe(304);
    } finally {
      page.off('response', listener);
    }
    const bytes = await Promise.all(fetched);
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes).toEqual(bytes.map(() => 0));
  });

  it('answers /favicon.ico, which browsers ask for by themselves, with the same icon', async () => {
    const response = await fetch(new URL('/favicon.ico', s.host.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await response.arrayBuffer()).equals(icon)).toBe(true);
  });

  it('the page for an address without its token shows it too', async () => {
    const { page } = s;
    await page.goto(new URL(NO_SESSION_PATH, s.host.url).href);
    await expect.poll(() => page.locator('h1').innerText()).toContain('Clave');
    expect(await pageIcon()).toMatchObject({ status: 200, type: 'image/png', width: 512 });
    expect(failed).toEqual([]);
  });

  it('is in the built renderer the desktop window serves', async () => {
    const file = await readRendererFile(resolve('dist', 'renderer'), 'favicon.png');
    expect(file?.contentType).toBe('image/png');
    expect(file?.body.equals(icon)).toBe(true);
    expect(readFileSync(resolve('dist', 'renderer', 'index.html'), 'utf8')).toContain('<link rel="icon" type="image/png" href="./favicon.png" />');
  });
});
