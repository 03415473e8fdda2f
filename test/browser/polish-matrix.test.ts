// What a user tripped on in the analysis screens, in a real Chromium through the web host at
// 1366×768: the customer grid showed "Valor (faturamento)" and "Faturamento", the same column
// twice; the matrix's "Clientes-chave (A)" card repeated "Clientes A"; and the matrix's total fell
// short of the "Valor total" card by the customers whose returns passed their purchases, with no
// word why. The sample is imported with two customers of the window whose value is below zero.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/api/analysis-api';
import { SAMPLES, writeText } from '../import/import-helpers';
import { openApp, type AppSession } from './browser-harness';
import { apiOf, showOf } from './session-helpers';

let s: AppSession;
let run: RunSummary;

const api = apiOf(() => s);
const show = showOf(() => s);
const money = (cents: number) => new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' }).format(cents / 100);

/** Two customers of the window that returned more than they bought: −R$ 500,00 and −R$ 180,00. */
const RETURNS = [
  'order_id,date,customer_code,customer_name,product,quantity,unit_price,amount,cost,seller,segment,region',
  'DEV-1,2026-10-10,C90001,Cliente Só Devoluções,Sabão 1kg,-40,12.5,-500.00,-400.00,Bruno Lima,Varejo,Sul',
  'PED-9002,2026-09-01,C90002,Cliente Devolveu Mais,Leite 1L,24,5,120.00,90.00,Bruno Lima,Varejo,Sul',
  'DEV-2,2026-10-01,C90002,Cliente Devolveu Mais,Leite 1L,-60,5,-300.00,-225.00,Bruno Lima,Varejo,Sul',
].join('\n');

beforeAll(async () => {
  s = await openApp({ viewport: { width: 1366, height: 768 } });
  await api('import/run', { fileId: s.host.workspace.ctx.files.add(join(SAMPLES, 'vendas-canonico.csv')) });
  await api('import/run', { fileId: s.host.workspace.ctx.files.add(writeText(s.dir, 'devolucoes.csv', RETURNS)) });
  run = await api('analysis/run', {});
  await s.page.reload();
}, 60_000);

afterAll(async () => {
  await s?.close();
});

/** The titles of the grid's header cells and of the column chooser's choices. */
async function columnTitles(): Promise<{ header: string[]; chooser: string[] }> {
  const { page } = s;
  await page.locator('.ag-header-cell-text').first().waitFor();
  return page.evaluate(() => ({
    header: [...document.querySelectorAll('.ag-header-cell-text')].map((e) => e.textContent?.trim() ?? ''),
    chooser: [...document.querySelectorAll('.column-chooser li label')].map((e) => e.textContent?.trim() ?? ''),
  }));
}

describe('the customer grid names each figure once', () => {
  it('on revenue, "Valor (faturamento)" is the only revenue column, in the grid and in the column chooser', async () => {
    const { page } = s;
    await show(`#/customers?run=${run.id}`);
    await expect.poll(async () => (await columnTitles()).header).toContain('Valor (faturamento)');
    const { header, chooser } = await columnTitles();
    expect(header).not.toContain('Faturamento');
    expect(chooser).toContain('Valor (faturamento)');
    expect(chooser).not.toContain('Faturamento');
    expect(chooser).toContain('Margem'); // the other figures stay
    // The side panel of a customer lists it once too.
    await show(`#/customers?run=${run.id}&code=C00162`);
    const panel = page.getByTestId('customer-panel');
    await expect.poll(() => panel.locator('dt').allInnerTexts()).toContain('Valor (faturamento)');
    expect(await panel.locator('dt').allInnerTexts()).not.toContain('Faturamento');
    await s.screenshot('polish-customers-one-value');
  });

  it('on margin, revenue is a column of its own and margin is the value', async () => {
    const margin = await api('analysis/run', { params: { basis: 'margin' } });
    await s.page.reload(); // the run was made behind the page's back
    await show(`#/customers?run=${margin.id}`);
    await expect.poll(async () => (await columnTitles()).chooser).toContain('Valor (margem)');
    const { chooser } = await columnTitles();
    expect(chooser).toContain('Faturamento');
    expect(chooser).not.toContain('Margem');
  });
});

describe('the matrix', () => {
  it('names the A customers as the key accounts once, with no second card repeating them', async () => {
    const { page } = s;
    await show(`#/matrix?run=${run.id}`);
    const kpis = page.getByTestId('run-kpis');
    await expect.poll(() => kpis.innerText()).toContain('Clientes A: os clientes-chave');
    const text = await kpis.innerText();
    expect(text).not.toContain('Clientes-chave (A)');
    expect(await kpis.locator('.kpi').count()).toBe(5); // customers, total value, A, B, C
  });

  it('says on screen why its total is below the "Valor total" card: the customers with a value ≤ 0', async () => {
    const { page } = s;
    const below = (await api('analysis/results', { runId: run.id })).filter((c) => c.value <= 0);
    expect(below.map((c) => [c.code, c.value, c.abc, c.nonPositive])).toEqual([
      ['C90002', -18_000, 'C', true],
      ['C90001', -50_000, 'C', true],
    ]);
    const net = run.totals.value - 68_000;
    await show(`#/matrix?run=${run.id}`);
    await expect.poll(() => page.getByTestId('kpi-value').innerText()).toBe(money(run.totals.value));
    await expect.poll(() => page.getByTestId('matrix-all-all').innerText()).toContain(money(net));
    expect(await page.getByTestId('matrix-total-net').innerText()).toBe(`inclui ${money(-68_000)} de valor ≤ 0`);
    expect(await page.getByTestId('run-kpis').innerText()).toContain('só os valores positivos');
    await expect
      .poll(() => page.getByTestId('matrix-net-note').innerText())
      .toBe(
        `O total da matriz (${money(net)}) é o valor total (${money(run.totals.value)}) menos ${money(68_000)} de 2 clientes com valor ≤ 0 ` +
          '(devoluções iguais ou maiores que as compras na janela). Esses clientes ficam na classe C, mas fora do valor total e do Pareto, que somam só os valores positivos.',
      );
    await s.screenshot('polish-matrix-net-total');
    // In English too.
    await page.getByTestId('locale').selectOption('en');
    await expect.poll(() => page.getByTestId('matrix-net-note').innerText()).toContain('from 2 customers with a value ≤ 0 (returns as large as or larger than purchases in the window)');
    await page.getByTestId('locale').selectOption('pt-BR');
  });

  it('says nothing when the totals agree', async () => {
    const { page } = s;
    await api('import/undo', { batchId: (await api('import/batches', {})).find((b) => b.fileName === 'devolucoes.csv')!.id });
    const plain = await api('analysis/run', {});
    await page.reload();
    await show(`#/matrix?run=${plain.id}`);
    await expect.poll(() => page.getByTestId('matrix-all-all').innerText()).toContain(money(plain.totals.value));
    expect(await page.getByTestId('matrix-net-note').count()).toBe(0);
    expect(await page.getByTestId('matrix-total-net').count()).toBe(0);
  });
});
