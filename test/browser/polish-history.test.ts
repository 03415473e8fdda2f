// The history's comparison of two runs, in a real Chromium through the web host at 1366×768: the
// customers of a migration cell showed run 1's revenue beside run 2's margin under one "Valor"
// heading. Each figure column is now named by its basis and run, and two runs on different bases
// show each basis for both runs, like beside like.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/api/analysis-api';
import { openApp, type AppSession } from './browser-harness';
import { analyseSample, apiOf } from './session-helpers';

let s: AppSession;
let revenue: RunSummary;
let margin: RunSummary;
let revenue70: RunSummary;

const api = apiOf(() => s);
const money = (cents: number) => new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' }).format(cents / 100);

beforeAll(async () => {
  s = await openApp({ viewport: { width: 1366, height: 768 } });
  revenue = await analyseSample(s);
  margin = await api('analysis/run', { params: { basis: 'margin' } });
  revenue70 = await api('analysis/run', { params: { a: 70 } });
  await s.page.reload();
  await s.page.evaluate(() => {
    window.location.hash = '#/history';
  });
}, 60_000);

afterAll(async () => {
  await s?.close();
});

async function compare(ids: number[], from: string, to: string) {
  const { page } = s;
  await page.getByTestId('history-runs').waitFor();
  for (const box of await page.locator('[data-testid^="compare-"]').all()) if (await box.isChecked()) await box.uncheck();
  for (const id of ids) await page.getByTestId(`compare-${id}`).check();
  await page.getByTestId(`migration-${from}-${to}`).click();
  const list = page.getByTestId('migration-customers');
  await expect.poll(() => list.locator('tbody tr').count()).toBeGreaterThan(0);
  return list;
}

describe('the customers of a migration cell', () => {
  it('on two bases, name each column by its basis and run, and show each basis for both runs', async () => {
    const list = await compare([revenue.id, margin.id], 'A', 'A');
    expect(await list.locator('thead th').allInnerTexts()).toEqual([
      'Código',
      'Nome',
      'Antes (nº 1)',
      'Depois (nº 2)',
      'Faturamento na nº 1',
      'Faturamento na nº 2',
      'Margem na nº 1',
      'Margem na nº 2',
    ]);
    expect(await s.page.getByTestId('migration-bases').innerText()).toBe(
      'As duas análises usam bases diferentes (nº 1: faturamento; nº 2: margem): cada uma aparece nas duas análises, lado a lado.',
    );
    // The first row's figures are the stored ones, each in its own column.
    const [code] = (await list.locator('tbody tr').first().locator('td').first().innerText()).split('\n');
    const [r1] = await api('analysis/results', { runId: revenue.id, filter: { codes: [code!] } });
    const [r2] = await api('analysis/results', { runId: margin.id, filter: { codes: [code!] } });
    const cells = await list.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(cells.slice(4)).toEqual([money(r1!.revenue), money(r2!.revenue), money(r1!.margin!), money(r2!.margin!)]);
    // The margin run's value is its margin: the column is what the run ranked by.
    expect(r2!.value).toBe(r2!.margin);
    await s.screenshot('polish-history-two-bases');
  });

  it('on one basis, two columns named by the basis and each run', async () => {
    const list = await compare([revenue.id, revenue70.id], 'A', 'B');
    expect((await list.locator('thead th').allInnerTexts()).slice(4)).toEqual(['Faturamento na nº 1', 'Faturamento na nº 3']);
    expect(await s.page.getByTestId('migration-bases').count()).toBe(0);
  });

  it('in English', async () => {
    const { page } = s;
    await page.getByTestId('locale').selectOption('en');
    const list = await compare([revenue.id, margin.id], 'A', 'A');
    await expect.poll(() => list.locator('thead th').allInnerTexts()).toEqual(['Code', 'Name', 'Before (#1)', 'After (#2)', 'Revenue in #1', 'Revenue in #2', 'Margin in #1', 'Margin in #2']);
    await page.getByTestId('locale').selectOption('pt-BR');
  });
});
