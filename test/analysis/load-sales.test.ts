// What a run reads of each customer (electron/analysis/load-sales.ts): its sale lines summed per
// (day, order), in that order, each order id exactly as imported, margins where the file had a
// cost, prospects with no sale; on one thread and, sliced, as two readers share them. And the
// purchase days churn and the loss trend read the same way (electron/kam/sales-history.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../electron/api/open-workspace';
import { streamCustomers, sliceCounter } from '../../electron/analysis/load-sales';
import { purchaseDaysByCustomer } from '../../electron/kam/sales-history';
import { dayOfIso, isoOfDay } from '../../shared/domain/calendar';
import { tempDir } from '../import/import-helpers';

let ws: Workspace;
afterEach(() => ws?.close());

// Order ids a real ERP export has: quotes, a backslash, accents, an emoji, a comma, a JSON look-alike.
const ODD = ['NF "7"', 'NF\\8', 'Pedido ção', 'PED 🚚 1', 'A,B', '["x"]'];
const CSV = [
  'order_id;date;customer_code;amount;cost',
  `${csvCell(ODD[0]!)};2026-01-10;C1;100,00;60,00`,
  `${csvCell(ODD[0]!)};2026-01-10;C1;50,00;20,00`, // the same order and day: one group
  `${csvCell(ODD[1]!)};2026-01-10;C1;10,00;`, // no cost: no margin
  `${csvCell(ODD[0]!)};2026-01-12;C1;5,00;1,00`, // the same order two days later: a group of its own
  `${csvCell(ODD[2]!)};2026-02-01;C3;70,00;`,
  `${csvCell(ODD[3]!)};2026-02-02;C3;-20,00;`,
  `${csvCell(ODD[4]!)};2026-02-03;C3;30,00;`,
  `${csvCell(ODD[5]!)};2026-02-03;C3;1,00;`,
].join('\n');

function csvCell(text: string): string {
  return /[;"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

type Read = { code: string; groups: [string, string, number, number | null][] };

function readAll(slice?: number): Read[] {
  const stream = streamCustomers(ws.ctx.db, slice === undefined ? undefined : { slice, next: sliceCounter() });
  const out: Read[] = [];
  for (const c of stream.customers) {
    const s = c.sales;
    if (!('days' in s)) throw new Error('columns expected');
    out.push({
      code: c.code,
      groups: Array.from({ length: s.length }, (_, i) => [isoOfDay(s.days[i]!), s.orders[i]!, s.amounts[i]!, s.marginKnown[i] === 1 ? s.margins[i]! : null]),
    });
  }
  return out;
}

async function workspaceWithOddOrders() {
  const dir = tempDir();
  ws = openWorkspace({ dbPath: join(dir, 'loja.clave'), tempDir: dir });
  const path = join(dir, 'vendas.csv');
  writeFileSync(path, CSV);
  await ws.api.call('import/run', { fileId: ws.ctx.files.add(path) });
  // C2, created after the import, has no sale: a prospect, read with none.
  await ws.api.call('customers/create', { code: 'C2', name: 'Prospecção' });
}

describe('the sales a run reads', () => {
  it('are each customer’s groups by day and order, order ids as imported, margins where known', async () => {
    await workspaceWithOddOrders();

    const expected: Read[] = [
      {
        code: 'C1',
        groups: [
          ['2026-01-10', ODD[0]!, 15_000, 7_000],
          ['2026-01-10', ODD[1]!, 1_000, null],
          ['2026-01-12', ODD[0]!, 500, 400],
        ],
      },
      {
        code: 'C3',
        groups: [
          ['2026-02-01', ODD[2]!, 7_000, null],
          ['2026-02-02', ODD[3]!, -2_000, null],
          // Same day: by order id, as the index orders them ('A,B' < '["x"]').
          ['2026-02-03', ODD[4]!, 3_000, null],
          ['2026-02-03', ODD[5]!, 100, null],
        ],
      },
      { code: 'C2', groups: [] },
    ];
    const byCode = (list: Read[]) => [...list].sort((a, b) => (a.code < b.code ? -1 : 1));
    expect(byCode(readAll())).toEqual(byCode(expected));
    // In slices of one customer id, as two readers would share them.
    expect(byCode(readAll(1))).toEqual(byCode(expected));
  });
});

describe('the purchase days churn and the loss trend read', () => {
  it('are the first days of the orders summing to more than zero, up to the day asked', async () => {
    await workspaceWithOddOrders();
    const ids = new Map((ws.ctx.db.prepare('SELECT code, id FROM customers').raw().all() as [string, number][]).map(([c, id]) => [id, c]));
    const days = (upTo: string) =>
      Object.fromEntries([...purchaseDaysByCustomer(ws.ctx.db, dayOfIso(upTo)!)].map(([id, list]) => [ids.get(id), list.map(isoOfDay)]));
    // C1: "NF \"7\"" on the 10th and the 12th is one purchase, on its first day; C3: the -20,00 order is none.
    expect(days('2026-12-31')).toEqual({ C1: ['2026-01-10'], C3: ['2026-02-01', '2026-02-03'] });
    expect(days('2026-02-02')).toEqual({ C1: ['2026-01-10'], C3: ['2026-02-01'] });
  });
});
