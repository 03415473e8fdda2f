// Analysis rules that docs/decisions.md listed as "not yet tested": orders (#5), the window's
// refusals (#27), the choice of the previous run (#31) and the stored margin % (#49) on a real
// workspace; the parameter bounds (#29), basis margin with customers that have none (#30), the
// first purchase ever (#39), the half-day cycle (#41), "declining" on other measures (#44), the
// breadwinner's revenue fallback (#45), rising (#46) and margin % (#49) on the pure core.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../electron/api/open-workspace';
import { analyze, type CustomerInput } from '../../shared/analysis/analyze';
import type { SaleGroup } from '../../shared/analysis/sale-columns';
import { DEFAULT_PARAMS, paramProblems, validateParams, type AnalysisParams } from '../../shared/analysis/params';
import { wordError } from '../../shared/api/errors';
import { resolveWindow } from '../../shared/analysis/periods';
import type { CustomerResult } from '../../shared/analysis/result-types';
import type { RunRequest } from '../../shared/api/analysis-api';
import { addMonths, dayOfIso } from '../../shared/domain/calendar';
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
  const problems = (p: Partial<AnalysisParams>) => paramProblems({ ...DEFAULT_PARAMS, ...p }).map((x) => x.code);
  it('takes a minimum history of 2 to 520 whole periods, inactive days ≥ 1, lost days above them', () => {
    for (const minPeriods of [2, 520]) expect(problems({ minPeriods })).toEqual([]);
    for (const minPeriods of [1, 521, 2.5]) expect(problems({ minPeriods })).toEqual(['analysis/bad-min-periods']);
    expect(problems({ inactiveDays: 1, lostDays: 2 })).toEqual([]);
    expect(problems({ inactiveDays: 0 })).toEqual(['analysis/bad-inactive-days']);
    expect(problems({ inactiveDays: 30.5 })).toEqual(expect.arrayContaining(['analysis/bad-inactive-days']));
    expect(problems({ inactiveDays: 200, lostDays: 200 })).toEqual(['analysis/bad-lost-days']);
    // Every problem at once.
    expect(problems({ a: 96, minPeriods: 1, lostDays: 10 })).toHaveLength(3);
  });

  it('words each problem in the four languages, with the numbers as the language writes them, and names its fields', () => {
    const [problem] = paramProblems({ ...DEFAULT_PARAMS, x: 1.5, y: 1.25 });
    expect(problem).toMatchObject({ type: 'bad-option', code: 'analysis/bad-xyz-limits', params: { x: 1.5, y: 1.25 }, fields: ['x', 'y'] });
    expect(wordError(problem!, 'pt')).toBe('Limites XYZ inválidos (X = 1,5, Y = 1,25): é preciso 0 < X < Y.');
    expect(wordError(problem!, 'en')).toBe('Invalid XYZ limits (X = 1.5, Y = 1.25): they must be 0 < X < Y.');
    expect(wordError(problem!, 'es')).toContain('X = 1,5');
    expect(wordError(problem!, 'ca')).toContain('Y = 1,25');
    expect(() => validateParams({ ...DEFAULT_PARAMS, x: 1.5, y: 1.25 })).toThrow(expect.objectContaining({ code: 'analysis/bad-xyz-limits' }));
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
    const r = analyze({ customers: [customer('M1', 40_000), customer('M2', 10_000), customer('SEM', null)], window, latestSale: d('2026-10-31'), params, previous: null });
    const sem = r.customers.find((c) => c.code === 'SEM')!;
    expect(sem).toMatchObject({ value: 0, abc: 'C' });
    expect(r.totals.value).toBe(50_000);
  });
});

// The pure-core helpers of test/analysis/analyze.test.ts: money in reais, days as YYYY-MM-DD.
const day = (iso: string) => dayOfIso(iso)!;
let orderNumber = 1;
/** A sale of `reais` on `iso`; each call is its own order unless `order` is given. */
function sale(iso: string, reais: number, extra: Partial<SaleGroup> = {}): SaleGroup {
  return { order: `O${orderNumber++}`, day: day(iso), amount: Math.round(reais * 100), quantity: 1000, margin: null, ...extra };
}
function customerOf(code: string, sales: SaleGroup[]): CustomerInput {
  return { code, name: `Cliente ${code}`, seller: null, segment: null, region: null, sales };
}
/** One sale on the 15th of each month from `first` (YYYY-MM) for `months` months. */
function monthly(first: string, months: number, reais: number | ((i: number) => number)): SaleGroup[] {
  return Array.from({ length: months }, (_, i) => {
    const amount = Math.round((typeof reais === 'number' ? reais : reais(i)) * 100);
    return { order: `M${orderNumber++}`, day: addMonths(day(`${first}-15`), i), amount, quantity: 1000, margin: null };
  });
}
/** The run with reference date 2026-10-31 (window November 2025 – October 2026), by code. */
function runOn(customers: CustomerInput[], params: Partial<AnalysisParams> = {}): Map<string, CustomerResult> {
  const p = { ...DEFAULT_PARAMS, ...params };
  const window = resolveWindow(p.period, day('2026-10-31'));
  return new Map(analyze({ customers, window, latestSale: day('2026-10-31'), params: p, previous: null }).customers.map((c) => [c.code, c]));
}

describe('the previous run (#31)', () => {
  it('#31: "dropped class" compares with the latest window ending on or before this one, the newest on a tie, with the same parameters', async () => {
    await workspaceWith(
      [
        'Data;Cliente;Valor',
        '15/10/2024;C1;100,00',
        '15/10/2024;C2;100,00',
        '10/12/2024;C1;1000,00', // in December C2 falls from A to B
        '20/12/2024;C3;5,00', // a customer absent from the earlier runs
      ].join('\n'),
    );
    const run = (request: RunRequest) => ws.api.call('analysis/run', request);
    const november1 = await run({ from: '2024-09-01', to: '2024-11-30' });
    const november2 = await run({ to: '2024-11-30' }); // another window start, the same parameters
    const otherParams = await run({ params: { a: 70 } }); // December, A = 70
    const december = await run({}); // December, default parameters
    const novemberAgain = await run({ to: '2024-11-30' });
    expect(november1.previousRunId).toBeNull();
    expect(november2.previousRunId).toBe(november1.id);
    expect(otherParams.previousRunId).toBeNull();
    // November 1 and 2 end on the same day: the one created last; not the A = 70 run.
    expect(december.previousRunId).toBe(november2.id);
    // Re-running November does not compare with the newer December.
    expect(novemberAgain.previousRunId).toBe(november2.id);

    const results = Object.fromEntries((await ws.api.call('analysis/results', { runId: december.id })).map((c) => [c.code, c]));
    expect(results.C2).toMatchObject({ abc: 'B', signals: [{ kind: 'dropped class', from: 'A', to: 'B', previousRunId: november2.id }] });
    expect(results.C3).toMatchObject({ abc: 'C', signals: [] }); // absent from November: no "dropped class"
  });
});

describe('the first purchase ever (#39)', () => {
  it('#39: a credit note before the first purchase does not start the XYZ periods; with no purchase at all, the whole window', () => {
    const r = runOn([
      customerOf('NOTE', [sale('2026-02-10', -80), ...monthly('2026-06', 5, 100)]), // credit note in February, first purchase in June
      customerOf('OLDNOTE', [sale('2025-03-10', -50), ...monthly('2026-08', 3, 100)]), // credit note before the window
      customerOf('NONE', [sale('2026-05-01', -40), sale('2026-09-01', -10)]), // only credit notes
    ]);
    expect(r.get('NOTE')).toMatchObject({ firstPurchase: day('2026-06-15'), xyzPeriods: 5, xyz: 'X', cv: 0, revenue: 42_000 });
    expect(r.get('OLDNOTE')).toMatchObject({ firstPurchase: day('2026-08-15'), xyzPeriods: 3, xyz: 'X' });
    expect(r.get('NONE')).toMatchObject({ firstPurchase: null, xyzPeriods: 12, xyz: 'Z', cv: null, status: 'prospect' });
  });
});

describe('the expected next purchase (#41)', () => {
  it('#41: a 12.5-day cycle stays 12.5 and puts the expected purchase 13 days after the last one', () => {
    const r = runOn([customerOf('H', [sale('2026-10-01', 10), sale('2026-10-11', 10), sale('2026-10-26', 10)])]); // gaps 10 and 15
    expect(r.get('H')).toMatchObject({ cycleDays: 12.5, lastPurchase: day('2026-10-26'), expectedNext: day('2026-11-08') });
  });
});

describe('"declining" on other measures (#44)', () => {
  it('#44: "declining" follows the XYZ measure: quantity or orders per period, strictly under half', () => {
    // Revenue flat at 1,000 a month; the quantity falls from 10 to 4 units in the last 3 months.
    const fewerUnits = monthly('2025-11', 12, 1000).map((s, i) => ({ ...s, quantity: i < 9 ? 10_000 : 4_000 }));
    // Revenue and quantity flat; 4 orders of 250 a month, then one order of 1,000 (all on the 15th).
    const fewerOrders = monthly('2025-11', 12, 1000).flatMap((s, i) =>
      i < 9 ? [0, 1, 2, 3].map((k) => ({ ...s, order: `${s.order}-${k}`, amount: 25_000, quantity: 250 })) : [s],
    );
    // 2 orders a month, then 1: exactly half, not under it.
    const halfOrders = monthly('2025-11', 12, 1000).flatMap((s, i) =>
      i < 9 ? [0, 1].map((k) => ({ ...s, order: `${s.order}-${k}`, amount: 50_000, quantity: 500 })) : [s],
    );
    const customers = [customerOf('QTY', fewerUnits), customerOf('ORD', fewerOrders), customerOf('HALF', halfOrders)];

    for (const c of runOn(customers).values()) expect(c.signals, `${c.code} by revenue`).toEqual([]);
    const byQuantity = runOn(customers, { xyzMeasure: 'quantity' });
    expect(byQuantity.get('QTY')).toMatchObject({ status: 'at risk', signals: [{ kind: 'declining', recentMean: 4_000, earlierMean: 10_000 }] });
    expect(byQuantity.get('ORD')!.signals).toEqual([]);
    const byOrders = runOn(customers, { xyzMeasure: 'orders' });
    expect(byOrders.get('ORD')).toMatchObject({ status: 'at risk', signals: [{ kind: 'declining', recentMean: 1, earlierMean: 4 }] });
    expect(byOrders.get('HALF')!.signals).toEqual([]);
    expect(byOrders.get('QTY')!.signals).toEqual([]);
  });
});

describe('breadwinner without margins (#45)', () => {
  it('#45: with no margin anywhere, a breadwinner has ≥ 10 % of the revenue; one margin in the data brings margins back', () => {
    const customers = (withOneMargin: boolean) => [
      customerOf('BIG', [sale('2025-12-10', 5000)]),
      customerOf('TENTH', [sale('2025-12-10', 1000)]), // exactly 10 % of 10,000
      customerOf('UNDER', [sale('2025-12-10', 999)]),
      customerOf('REST', [sale('2025-12-10', 3001, { margin: withOneMargin ? 10_000 : null })]),
    ];
    const noMargin = runOn(customers(false));
    expect([...noMargin.values()].filter((c) => c.types.includes('breadwinner')).map((c) => c.code)).toEqual(['BIG', 'REST', 'TENTH']);
    expect(noMargin.get('UNDER')!.types).toEqual([]);
    // One line with a margin: the others count 0 of a total margin of 100.
    const oneMargin = runOn(customers(true));
    expect([...oneMargin.values()].filter((c) => c.types.includes('breadwinner')).map((c) => c.code)).toEqual(['REST']);
  });
});

describe('rising (#46)', () => {
  // Five customers of 12,000 in the year are the A customers: the smallest A has 12,000 of revenue.
  const fiveA = Array.from({ length: 5 }, (_, i) => customerOf(`A${i}`, monthly('2025-11', 12, 1000)));

  it('#46: a first purchase a week ago counts as one month, not extrapolated from 7 days', () => {
    const r = runOn([
      ...fiveA,
      customerOf('WEEK1000', [sale('2026-10-25', 1000)]), // 1,000 × 12 = 12,000: reaches the smallest A
      customerOf('WEEK900', [sale('2026-10-25', 900)]), // 10,800 a year (on 7 days it would be 46,957)
    ]);
    expect(r.get('A4')!.abc).toBe('A');
    expect(r.get('WEEK1000')).toMatchObject({ abc: 'C', types: ['rising'] });
    expect(r.get('WEEK900')!.types).toEqual([]);
  });

  it('#46: on a non-revenue basis, the yearly revenue is compared with the revenue of the smallest A customer', () => {
    const bulk = monthly('2025-11', 12, 100).map((s) => ({ ...s, quantity: 50_000 })); // 600 units, 1,200 of revenue
    const premium = monthly('2025-11', 12, 1000); // 12 units, 12,000 of revenue
    const r = runOn(
      [
        customerOf('BULK', bulk),
        customerOf('PREMIUM', premium),
        customerOf('NEW300', [sale('2026-09-01', 300)]), // 300 in 61 days ≈ 1,797 a year ≥ 1,200
        customerOf('NEW150', [sale('2026-09-01', 150)]), // ≈ 898 a year < 1,200
      ],
      { basis: 'quantity' },
    );
    expect(r.get('BULK')).toMatchObject({ abc: 'A', value: 600_000, revenue: 120_000 });
    expect(r.get('PREMIUM')!.abc).not.toBe('A');
    expect(r.get('NEW300')!.types).toEqual(['rising']);
    expect(r.get('NEW150')!.types).toEqual([]);
  });
});

describe('margin % (#49)', () => {
  it('#49: margin % is margin / revenue, null without a known margin or without a positive revenue', () => {
    const r = runOn([
      customerOf('FULL', [sale('2026-10-01', 1000, { margin: 25_000 })]),
      customerOf('PART', [sale('2026-10-01', 300, { margin: 6_000 }), sale('2026-10-02', 100)]), // a line without margin
      customerOf('LOSS', [sale('2026-10-01', 200, { margin: -2_000 })]),
      customerOf('NONE', [sale('2026-10-01', 500)]),
      customerOf('ZERO', [sale('2026-10-01', 100, { margin: 3_000 }), sale('2026-10-05', -100, { margin: -1_000 })]),
      customerOf('NEG', [sale('2026-10-01', -50, { margin: -1_000 })]),
    ]);
    expect(r.get('FULL')!.marginPct).toBe(0.25);
    expect(r.get('PART')).toMatchObject({ margin: 6_000, revenue: 40_000, marginPct: 0.15 });
    expect(r.get('LOSS')!.marginPct).toBe(-0.1);
    expect(r.get('NONE')).toMatchObject({ margin: null, marginPct: null });
    expect(r.get('ZERO')).toMatchObject({ margin: 2_000, revenue: 0, marginPct: null });
    expect(r.get('NEG')).toMatchObject({ margin: -1_000, revenue: -5_000, marginPct: null });
  });

  it('#49: a stored run gives the same margin %', async () => {
    await workspaceWith(
      [
        'Data;Pedido;Cliente;Valor;Margem',
        '01/10/2026;P1;FULL;1000,00;250,00',
        '01/10/2026;P2;PART;300,00;60,00',
        '02/10/2026;P3;PART;100,00;',
        '01/10/2026;P4;NONE;500,00;',
        '01/10/2026;P5;ZERO;100,00;30,00',
        '05/10/2026;P6;ZERO;-100,00;-10,00',
      ].join('\n'),
    );
    const run = await ws.api.call('analysis/run', {});
    const results = Object.fromEntries((await ws.api.call('analysis/results', { runId: run.id })).map((c) => [c.code, c]));
    expect(results.FULL).toMatchObject({ margin: 25_000, marginPct: 0.25 });
    expect(results.PART).toMatchObject({ margin: 6_000, revenue: 40_000, marginPct: 0.15 });
    expect(results.NONE).toMatchObject({ margin: null, marginPct: null });
    expect(results.ZERO).toMatchObject({ margin: 2_000, revenue: 0, marginPct: null });
  });
});
