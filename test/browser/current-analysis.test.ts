// The current analysis in a real Chromium through the web host, at 1366×768: the header names it,
// a what-if run says on its own screens that it is not the current one (and that its last period
// was left out), making it current moves the header and the key-account screens, and the history
// shows which run is current, makes another one current and labels runs.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/api/analysis-api';
import type { HandlerName, Handlers } from '../../shared/api/handlers';
import { SAMPLES } from '../import/import-helpers';
import type { AppSession } from './browser-harness';
import { onPreparedSession } from './session-helpers';

let s: AppSession;
let monthly: RunSummary;
let quarterly: RunSummary;

function api<N extends HandlerName>(name: N, arg: Parameters<Handlers[N]>[0]): ReturnType<Handlers[N]> {
  return s.host.workspace.api.call(name, arg);
}
async function show(hash: string) {
  await s.page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}
const headerText = () => s.page.getByTestId('current-analysis').innerText();
const integer = (n: number) => new Intl.NumberFormat('pt-BR').format(n);

onPreparedSession(
  (opened) => (s = opened),
  async () => {
    await api('import/run', { fileId: s.host.workspace.ctx.files.add(join(SAMPLES, 'vendas-canonico.csv')) });
    monthly = await api('analysis/run', {}); // the defaults: current
    quarterly = await api('analysis/run', { params: { period: 'quarter' } }); // a what-if
  },
);

describe('the current analysis', () => {
  it('the header says which analysis is current, with its window and how far its data go', async () => {
    expect(monthly.current).toBe(true);
    expect(quarterly.current).toBe(false);
    await show('#/portfolio');
    await expect.poll(headerText).toBe('Análise atual: nº 1 · 01/11/2025–31/10/2026 · dados até 31/10/2026');
    await s.page.getByTestId('portfolio-table').waitFor();
    await s.screenshot('current-header-portfolio');
  });

  it('a what-if run says on its own screens that it is not the current one, and that its last period was left out', async () => {
    const { page } = s;
    await show(`#/matrix?run=${quarterly.id}`);
    const whatIf = page.getByTestId('what-if');
    await expect.poll(() => whatIf.innerText()).toContain(`Esta é a análise nº ${quarterly.id}, não a atual (nº ${monthly.id})`);
    // Quarters to 2026-12-31, data to 2026-10-31: the fourth quarter of 2026 is left out of XYZ.
    expect(quarterly).toMatchObject({ window: { to: '2026-12-31' }, referenceDate: '2026-10-31', lastPeriodLeftOut: true });
    await expect.poll(() => page.getByTestId('data-until').innerText()).toBe('Dados até 31/10/2026 · último período incompleto: fora do XYZ');
    // The header still names the current analysis; the grid of the same run says so too.
    expect(await headerText()).toContain('nº 1 ');
    await show(`#/customers?run=${quarterly.id}`);
    await expect.poll(() => page.getByTestId('what-if').count()).toBe(1);
    await show(`#/matrix?run=${quarterly.id}`);
    await page.getByTestId('what-if').waitFor();
    await s.screenshot('current-what-if-matrix');
  });

  it('made current, the what-if run moves the header, the portfolio and the dossier', async () => {
    const { page } = s;
    await page.getByTestId('make-current').click();
    await expect.poll(headerText).toBe(`Análise atual: nº ${quarterly.id} · 01/10/2025–31/12/2026 · dados até 31/10/2026`);
    await expect.poll(() => page.getByTestId('what-if').count()).toBe(0);
    expect((await api('analysis/runs', {})).filter((r) => r.current).map((r) => r.id)).toEqual([quarterly.id]);

    // The portfolio's status counts are the quarter run's.
    const rows = await api('customers/list', {});
    await show('#/portfolio');
    for (const status of ['active', 'at risk', 'lost'] as const) {
      const n = rows.filter((r) => r.status === status).length;
      await expect.poll(() => page.getByTestId(`status-${status}`).innerText()).toContain(integer(n));
    }
    // The dossier shows the customer in the quarter run.
    const top = (await api('analysis/results', { runId: quarterly.id }))[0]!;
    await show(`#/dossier?code=${top.code}`);
    await expect.poll(() => page.getByTestId('dossier-class').innerText()).toContain(`Análise atual (nº ${quarterly.id})`);
    await s.screenshot('current-dossier-after-switch');
  });

  it('the history shows the current run, makes another one current and labels a run', async () => {
    const { page } = s;
    await show('#/history');
    await page.getByTestId(`current-${quarterly.id}`).waitFor();
    expect(await page.getByTestId(`current-${monthly.id}`).count()).toBe(0);
    await page.getByTestId(`make-current-${monthly.id}`).click();
    await page.getByTestId(`current-${monthly.id}`).waitFor();
    await expect.poll(headerText).toContain(`nº ${monthly.id} `);
    const label = page.getByTestId(`label-${monthly.id}`);
    await label.fill('Fechamento de outubro');
    await label.press('Enter');
    await expect.poll(headerText).toBe('Análise atual: nº 1 “Fechamento de outubro” · 01/11/2025–31/10/2026 · dados até 31/10/2026');
    expect((await api('analysis/get', { runId: monthly.id })).label).toBe('Fechamento de outubro');
    await s.screenshot('current-history');
    // Kept after a reload.
    await page.reload();
    await expect.poll(() => page.getByTestId(`label-${monthly.id}`).inputValue()).toBe('Fechamento de outubro');
  });

  it('the header fits one status line at 1366×768, in every language', async () => {
    const { page } = s;
    for (const locale of ['en', 'es', 'ca', 'pt-BR']) {
      await page.getByTestId('locale').selectOption(locale);
      const box = await page.getByTestId('current-analysis').boundingBox();
      expect(box!.height).toBeLessThan(24);
      expect(box!.x + box!.width).toBeLessThanOrEqual(1366);
    }
    await page.getByTestId('locale').selectOption('en');
    await expect.poll(headerText).toBe('Current analysis: #1 “Fechamento de outubro” · 11/01/2025–10/31/2026 · data up to 10/31/2026');
    await page.getByTestId('locale').selectOption('pt-BR');
  });
});
