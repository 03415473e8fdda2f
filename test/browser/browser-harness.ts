// Browser tests run the real app: the built renderer (dist/renderer, built by `npm test` before
// vitest) served by the real web host on a fresh workspace file, driven by Debian's Chromium
// through playwright-core. Screenshots go to test-output/screenshots/ for a person to look at.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startWebHost, type WebHost } from '../../electron/web-host/start-web-host';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
export const SCREENSHOTS = resolve('test-output', 'screenshots');

export type AppSession = {
  host: WebHost;
  browser: Browser;
  page: Page;
  dir: string;
  /** Saves a full-page PNG under test-output/screenshots/<name>.png. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
};

export async function openApp(
  options: { locale?: string; viewport?: { width: number; height: number }; backend?: 'in-process' | 'process' } = {},
): Promise<AppSession> {
  const dir = mkdtempSync(join(tmpdir(), 'clave-browser-'));
  // 'process': the backend in a child process of dist/backend.js, as `npm start` runs it.
  const host = await startWebHost({ dbPath: join(dir, 'workspace.clave'), rendererDir: resolve('dist', 'renderer'), backend: options.backend });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: options.locale ?? 'pt-BR',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
  await page.goto(host.url);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    host,
    browser,
    page,
    dir,
    async screenshot(name) {
      const path = join(SCREENSHOTS, `${name}.png`);
      // From the top: a full-page shot of a scrolled page draws the sticky header mid-page.
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    async close() {
      await browser.close();
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
