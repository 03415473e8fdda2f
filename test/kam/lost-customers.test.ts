// Issue #10.5: the lost and the inactive appear in the portfolio and the win-back list with their
// last purchase, what they used to buy and how much, whether or not they bought in the current
// run's window. Figures worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOfIso } from '../../shared/domain/calendar';
import { kamWorkspace, type KamWorkspace } from './kam-fixture';

const d = (iso: string) => dayOfIso(iso)!;

// The latest sale is ATIVO's, on 2026-05-20: the default window runs June 2025 – May 2026.
const SALES = [
  'Data;Cliente;Nome;Produto;Valor',
  '20/05/2026;ATIVO;Ativo Ltda;Porca;100,00',
  // PERDIDO: last bought 2024-12-20, 516 days before; outside the window.
  '10/11/2023;PERDIDO;Perdido SA;Parafuso;900,00', // more than 12 months before its last purchase
  '10/03/2024;PERDIDO;Perdido SA;Parafuso;1000,00',
  '10/06/2024;PERDIDO;Perdido SA;Arruela;400,00',
  '10/09/2024;PERDIDO;Perdido SA;Porca;250,00',
  '20/12/2024;PERDIDO;Perdido SA;Arruela;500,00',
  '20/12/2024;PERDIDO;Perdido SA;Bucha;100,00',
  // SUMIDO: last bought 2025-05-30, 355 days before the reference date: inactive, outside the window.
  '30/05/2025;SUMIDO;Sumido ME;Porca;700,00',
  // PAROU: bought in the window, last on 2025-10-01 (231 days): inactive, one of the run's customers.
  '01/08/2025;PAROU;Parou Ltda;Parafuso;300,00',
  '01/10/2025;PAROU;Parou Ltda;Parafuso;200,00',
].join('\n');

describe('the lost and the inactive', () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace();
    await ws.api.call('import/run', { fileId: ws.file('vendas.csv', SALES) });
    await ws.api.call('analysis/run', {});
    await ws.api.call('customers/create', { code: 'NOVO', name: 'Prospecção Nova' });
  });
  afterAll(() => ws.close());

  it('the win-back list has them all, bought in the window or not, with what they used to buy and how much', async () => {
    expect(await ws.api.call('winback/list', {})).toEqual([
      // (2023-12-20, 2024-12-20]: 1 000 + 400 + 250 + 500 + 100 = 2 250,00; the January line is older.
      // Used to buy, by revenue over all its history: Parafuso 1 900, Arruela 900, Porca 250.
      {
        code: 'PERDIDO', name: 'Perdido SA', abc: null, status: 'lost', inWindow: false, lastPurchase: d('2024-12-20'), valueLost: 225_000,
        topProducts: [{ product: 'Parafuso', revenue: 190_000 }, { product: 'Arruela', revenue: 90_000 }, { product: 'Porca', revenue: 25_000 }],
        case: null,
      },
      { code: 'SUMIDO', name: 'Sumido ME', abc: null, status: 'inactive', inWindow: false, lastPurchase: d('2025-05-30'), valueLost: 70_000, topProducts: [{ product: 'Porca', revenue: 70_000 }], case: null },
      { code: 'PAROU', name: 'Parou Ltda', abc: 'A', status: 'inactive', inWindow: true, lastPurchase: d('2025-10-01'), valueLost: 50_000, topProducts: [{ product: 'Parafuso', revenue: 50_000 }], case: null },
    ]);
  });

  it('the portfolio shows them with their status at the reference date, last purchase, value lost and what they used to buy', async () => {
    const rows = await ws.api.call('customers/list', {});
    const pick = (code: string) => {
      const r = rows.find((x) => x.code === code)!;
      return { status: r.status, inWindow: r.inWindow, abc: r.abc, lastPurchase: r.lastPurchase, valueLost: r.valueLost, usedToBuy: r.usedToBuy };
    };
    // The run's customers in ABC order (PAROU 500,00 first, with 0 before it: A; ATIVO after
    // 500 of 600 = 83 %: B), then the others by code.
    expect(rows.map((r) => r.code)).toEqual(['PAROU', 'ATIVO', 'NOVO', 'PERDIDO', 'SUMIDO']);
    expect(pick('PERDIDO')).toEqual({ status: 'lost', inWindow: false, abc: null, lastPurchase: d('2024-12-20'), valueLost: 225_000, usedToBuy: ['Parafuso', 'Arruela', 'Porca'] });
    expect(pick('SUMIDO')).toEqual({ status: 'inactive', inWindow: false, abc: null, lastPurchase: d('2025-05-30'), valueLost: 70_000, usedToBuy: ['Porca'] });
    expect(pick('PAROU')).toMatchObject({ status: 'inactive', inWindow: true, valueLost: 50_000, usedToBuy: ['Parafuso'] });
    // Active customers and prospects show no value lost.
    expect(pick('ATIVO')).toMatchObject({ status: 'active', inWindow: true, valueLost: null, usedToBuy: [] });
    expect(pick('NOVO')).toMatchObject({ status: 'prospect', inWindow: false, lastPurchase: null, valueLost: null });
    expect((await ws.api.call('customers/list', { filter: { status: 'lost' } })).map((r) => r.code)).toEqual(['PERDIDO']);
  });
});
