// Analysis rules that docs/decisions.md listed as "not yet tested": orders (#5) and the window's
// refusals (#27) on a real workspace, the parameter bounds (#29) and basis margin with customers
// that have none (#30) on the pure core.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../electron/api/open-workspace';
import { analyze, type CustomerInput } from '../../shared/analysis/analyze';
import { DEFAULT_PARAMS, paramProblems, type AnalysisParams } from '../../shared/analysis/params';
import { resolveWindow } from '../../shared/analysis/periods';
import { dayOfIso } from '../../shared/domain/calendar';
import { tempDir } from '../import/import-helpers';

let ws: Workspace;
afterEach(() => ws?.close());

async function workspaceWith(csv: string | null) {
  const dir = tempDir();
  ws = openWorkspace({ dbPath: join(dir, 'loja.clave'), tempDir: dir });
  if (csv !== null) {
    const path = join(dir, 'vendas.csv');
    writeFileSync(path, csv);
    await ws.api.call('import/run', { fileId: ws.ctx.files.add(path) });
  }
}

describe('orders (#5)', () => {
  it('an order over several days counts once, on its first day, with all its lines; the same number under two customers is two orders', async () => {
    await workspaceWith(
      [
        'Data;Pedido;Cliente;Valor',
        '01/11/2024;P1;C1;100,00',
        '03/11/2024;P1;C1;50,00', // the same order, delivered later
        '10/11/2024;P2;C1;30,00',
        '01/11/2024;P1;C2;80,00', // the same number, another customer
        '05/11/2024;P7;C3;20,00',
        '08/11/2024;P7;C3;20,00', // its only order: a purchase on the 5th only
      ].join('\n'),
    );
    const run = await ws.api.call('analysis/run', {});
    const results = Object.fromEntries((await ws.api.call('analysis/results', { runId: run.id })).map((c) => [c.code, c]));
    // Cents and day numbers, as the API gives them.
    expect(results.C1).toMatchObject({ orders: 2, revenue: 18_000, averageTicket: 9_000, firstPurchase: dayOfIso('2024-11-01'), lastPurchase: dayOfIso('2024-11-10') });
    expect(results.C2).toMatchObject({ orders: 1, revenue: 8_000 });
    expect(results.C3).toMatchObject({ orders: 1, revenue: 4_000, firstPurchase: dayOfIso('2024-11-05'), lastPurchase: dayOfIso('2024-11-05') });
  });
});

describe('the window (#27)', () => {
  it('refuses a start after the end, and a workspace without sales when no end is given', async () => {
    await workspaceWith(null);
    await expect(ws.api.call('analysis/run', {})).rejects.toMatchObject({ type: 'bad-option', message: expect.stringContaining('Não há vendas importadas') });
    ws.close();
    await workspaceWith('Data;Cliente;Valor\n01/11/2024;C1;10,00\n');
    await expect(ws.api.call('analysis/run', { from: '2024-12-01', to: '2024-11-01' })).rejects.toMatchObject({
      type: 'bad-option',
      message: expect.stringContaining('é depois do fim'),
    });
  });
});

describe('parameter bounds (#29)', () => {
  const problems = (p: Partial<AnalysisParams>) => paramProblems({ ...DEFAULT_PARAMS, ...p });
  it('takes a minimum history of 2 to 520 whole periods, inactive days ≥ 1, lost days above them', () => {
    for (const minPeriods of [2, 520]) expect(problems({ minPeriods })).toEqual([]);
    for (const minPeriods of [1, 521, 2.5]) expect(problems({ minPeriods })).toEqual([expect.stringContaining('Histórico mínimo inválido')]);
    expect(problems({ inactiveDays: 1, lostDays: 2 })).toEqual([]);
    expect(problems({ inactiveDays: 0 })).toEqual([expect.stringContaining('Dias para inativo inválidos')]);
    expect(problems({ inactiveDays: 30.5 })).toEqual(expect.arrayContaining([expect.stringContaining('Dias para inativo inválidos')]));
    expect(problems({ inactiveDays: 200, lostDays: 200 })).toEqual([expect.stringContaining('Dias para perdido inválidos')]);
    // Every problem at once.
    expect(problems({ a: 96, minPeriods: 1, lostDays: 10 })).toHaveLength(3);
  });
});

describe('basis margin (#30)', () => {
  it('counts 0 for a customer without margin when others have one', () => {
    const d = (iso: string) => dayOfIso(iso)!;
    const customer = (code: string, margin: number | null): CustomerInput => ({
      code,
      name: code,
      seller: null,
      segment: null,
      region: null,
      sales: [{ order: `O-${code}`, day: d('2026-05-10'), amount: 100_000, quantity: 1000, margin }],
    });
    const params = { ...DEFAULT_PARAMS, basis: 'margin' as const };
    const window = resolveWindow(params.period, d('2026-10-31'), undefined, d('2026-10-31'));
    const r = analyze({ customers: [customer('M1', 40_000), customer('M2', 10_000), customer('SEM', null)], window, params, previous: null });
    const sem = r.customers.find((c) => c.code === 'SEM')!;
    expect(sem).toMatchObject({ value: 0, abc: 'C' });
    expect(r.totals.value).toBe(50_000);
  });
});
