// The model check screen in a real Chromium through the web host, at 1366×768: reached from the
// matrix, the parameters in words, the backtest of a run of the past as a chart, a table and the
// totals; without later data, how to get one (and the link opens the analysis form set to that
// end); without a model, why in words.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/api/analysis-api';
import { backtestEndFor } from '../../shared/analysis/run-model';
import { dayOfIso, isoOfDay } from '../../shared/domain/calendar';
import { drawnLines, salesCsv, type Line } from '../analysis/model-workspace';
import { openApp, type AppSession } from './browser-harness';

const REFERENCE = dayOfIso('2026-06-30')!;
const number = (n: number, digits: number) => new Intl.NumberFormat('pt-BR', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);

async function sessionWith(lines: Line[]): Promise<AppSession> {
  const s = await openApp({ viewport: { width: 1366, height: 768 } });
  const path = join(s.dir, 'vendas.csv');
  writeFileSync(path, salesCsv(lines));
  await s.host.workspace.api.call('import/run', { fileId: s.host.workspace.ctx.files.add(path) });
  return s;
}
const show = (s: AppSession, hash: string) => s.page.evaluate((h) => (window.location.hash = h), hash);

describe('the model check', () => {
  let s: AppSession;
  let current: RunSummary;
  let past: RunSummary;

  beforeAll(async () => {
    s = await sessionWith(drawnLines(400, 17, REFERENCE - 540, REFERENCE - 90, REFERENCE + 120));
    current = await s.host.workspace.api.call('analysis/run', {});
    past = await s.host.workspace.api.call('analysis/run', { to: '2026-06-30' });
    await s.page.reload();
  }, 60_000);
  afterAll(async () => {
    await s?.close();
  });

  it('is reached from the matrix and shows, for a run of the past, the parameters and the backtest as a chart, a table and totals', async () => {
    const { page } = s;
    await show(s, `#/matrix?run=${past.id}`);
    await page.getByTestId('open-model-check').click();
    await expect.poll(() => page.url()).toContain(`#/model?run=${past.id}`);
    const m = past.model.fitted!;
    await expect.poll(() => page.getByTestId('model-fitted').innerText()).toContain(
      `Ajustado sobre ${number(m.customers, 0)} clientes com compra até 30/06/2026`,
    );
    expect(await page.getByTestId('param-r').innerText()).toContain(number(m.r, 4));
    expect(await page.getByTestId('param-b').innerText()).toContain('chance média de parar de comprar depois de cada compra');
    expect(await page.getByTestId('model-gamma-gamma').innerText()).toContain('gasto médio por compra de um cliente novo');

    const backtest = past.model.backtest!;
    await page.getByTestId('backtest-chart').locator('canvas').waitFor();
    const table = page.getByTestId('backtest-table');
    expect(await table.locator('tbody tr').count()).toBe(8);
    expect(await table.locator('tbody tr').last().innerText()).toMatch(/^7 ou mais/);
    const total = await page.getByTestId('backtest-total').innerText();
    expect(total).toContain(number(backtest.total.predicted, 1));
    expect(total).toContain(String(backtest.total.actual));
    expect(await page.getByTestId('backtest-verdict').innerText()).toMatch(
      new RegExp(`^No total, o modelo previa ${number(backtest.total.predicted, 1)} compras; houve ${backtest.total.actual} \\(`),
    );
    await s.screenshot('model-check-backtest');
  });

  it('without data after the reference date says how to get a backtest, and its link opens the analysis form at that end', async () => {
    const { page } = s;
    expect(current.model.backtest).toBeNull();
    await show(s, `#/model?run=${current.id}`);
    const none = page.getByTestId('no-backtest');
    await expect.poll(() => none.innerText()).toContain('Sem dados depois da data de referência');
    // The latest month end that leaves 90 days of stored sales after it.
    const latest = dayOfIso(current.latestSale!)!;
    const end = backtestEndFor(latest);
    expect(latest - end).toBeGreaterThanOrEqual(90);
    expect(latest - end).toBeLessThan(90 + 31);
    const endText = new Intl.DateTimeFormat('pt-BR', { timeZone: 'UTC' }).format(new Date(`${isoOfDay(end)}T00:00:00Z`));
    expect(await none.innerText()).toContain(`rode a análise com um fim anterior, que deixe pelo menos 90 dias de vendas depois dele: por exemplo, até ${endText}`);
    await s.screenshot('model-check-no-backtest');
    await page.getByTestId('run-earlier').click();
    await expect.poll(() => page.getByTestId('param-to').inputValue()).toBe(endText);
  });
});

describe('the model check without a model', () => {
  it('says why in words', async () => {
    const ten = Array.from({ length: 10 }, (_, i): Line => ({ code: `U${i}`, day: REFERENCE - 10 * i, amount: 10_000, cost: 5_000 }));
    const s = await sessionWith(ten);
    try {
      const run = await s.host.workspace.api.call('analysis/run', {});
      await s.page.reload();
      await show(s, `#/model?run=${run.id}`);
      await expect
        .poll(() => s.page.getByTestId('no-model').innerText())
        .toContain(
          'Sem modelo de previsão nesta análise: são precisos pelo menos 30 clientes que compraram mais de uma vez, e há 0 (de 10 com compra).',
        );
      await s.screenshot('model-check-no-model');
    } finally {
      await s.close();
    }
  });
});
