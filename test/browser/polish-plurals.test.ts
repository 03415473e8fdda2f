// Counts read as the language counts them, in a real Chromium through the web host at 1366×768:
// the history's comparison said "1 subiram de classe" and a cell of one customer "1 clientes".
// Two runs of the key-account fixture's sales (kam-fixture.ts) where exactly one customer moves:
// A at 50 % puts Beta SA in B, the default A at 80 % brings it back to A.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/api/analysis-api';
import { salesCsv, salesLines } from '../kam/kam-fixture';
import { openApp, type AppSession } from './browser-harness';
import { apiOf } from './session-helpers';

let s: AppSession;
let older: RunSummary;
let newer: RunSummary;

const api = apiOf(() => s);

beforeAll(async () => {
  s = await openApp({ viewport: { width: 1366, height: 768 } });
  const csv = join(s.dir, 'vendas.csv');
  writeFileSync(csv, salesCsv(salesLines()));
  await api('import/run', { fileId: s.host.workspace.ctx.files.add(csv) });
  older = await api('analysis/run', { params: { a: 50 } });
  newer = await api('analysis/run', {});
  await s.page.reload();
  await s.page.evaluate(() => {
    window.location.hash = '#/history';
  });
}, 60_000);

afterAll(async () => {
  await s?.close();
});

describe('the history comparison in the singular', () => {
  it('says "1 subiu de classe, 0 caíram…" and names a cell of one customer "1 cliente"', async () => {
    const { page } = s;
    const moved = (await api('analysis/migration', { fromRunId: older.id, toRunId: newer.id })).cells.filter((c) => c.from !== c.to && c.customers > 0);
    // A cell counts its customers (its customers are read a page at a time: analysis/migration-customers).
    expect(moved.map((c) => [c.from, c.to, c.customers])).toEqual([['B', 'A', 1]]);
    const cell = await api('analysis/migration-customers', { fromRunId: older.id, toRunId: newer.id, from: 'B', to: 'A' });
    expect(cell.rows.map((r) => r.code)).toEqual(['C002']);
    await page.getByTestId('history-runs').waitFor();
    await page.getByTestId(`compare-${older.id}`).check();
    await page.getByTestId(`compare-${newer.id}`).check();
    const moves = page.getByTestId('migration-moves');
    await expect.poll(() => moves.innerText()).toBe('1 subiu de classe, 0 caíram, 0 entraram e 0 saíram.');
    expect(await page.getByTestId('migration-B-A').getAttribute('aria-label')).toMatch(/: 1 cliente$/);
    expect(await page.getByTestId('migration-A-A').getAttribute('aria-label')).toMatch(/: 1 cliente$/);
    expect(await page.getByTestId('migration-C-C').getAttribute('aria-label')).toMatch(/: 3 clientes$/);
    await s.screenshot('polish-plurals-history');
  });

  it('in the other languages too', async () => {
    const { page } = s;
    const moves = page.getByTestId('migration-moves');
    const said: Record<string, string> = {
      en: '1 moved up a class, 0 moved down, 0 came in and 0 left.',
      es: '1 subió de clase, 0 bajaron, 0 entraron y 0 salieron.',
      ca: '1 ha pujat de classe, 0 han baixat, 0 han entrat i 0 han sortit.',
    };
    for (const [locale, text] of Object.entries(said)) {
      await page.getByTestId('locale').selectOption(locale);
      await expect.poll(() => moves.innerText()).toBe(text);
    }
    await page.getByTestId('locale').selectOption('pt-BR');
    await expect.poll(() => moves.innerText()).toContain('1 subiu de classe');
  });
});
