// The real built renderer (dist/renderer, from `vite build`) must live with the Content-Security-
// Policy that both hosts send: no inline script, nothing remote, no CSP violation when it loads.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startTestHost } from './web-host-fixtures';

const root = join(import.meta.dirname, '..', '..');
const rendererDir = join(root, 'dist', 'renderer');
const built = existsSync(join(rendererDir, 'index.html'));
if (!built) console.log('Built-renderer CSP check did not run: dist/renderer/index.html does not exist (npx vite build).');

describe('built renderer under the Content-Security-Policy', () => {
  it.skipIf(!built)('has no inline script and loads nothing remote', () => {
    const html = readFileSync(join(rendererDir, 'index.html'), 'utf8');
    for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) expect(tag, tag).toMatch(/\bsrc="\.?\/[^"]+"/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<\s]+<\/script>/);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it.skipIf(!built)('loads in Chromium through the web host without a CSP violation or page error', async () => {
    const fixture = await startTestHost({ rendererDir });
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      // Not 'networkidle': the page may keep its event stream open.
      await page.goto(fixture.host.url, { waitUntil: 'load' });
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await fixture.close();
    }
  });
});
