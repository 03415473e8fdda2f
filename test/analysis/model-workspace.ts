// Workspaces for the predictive models' run tests: customers drawn from BG/NBD and Gamma-Gamma
// (test/models/simulate.ts), written as a sales file with a cost column and imported through the
// API into a real SQLite workspace.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../electron/api/open-workspace';
import { isoOfDay, type Day } from '../../shared/domain/calendar';
import type { Order } from '../../shared/models';
import { tempDir } from '../import/import-helpers';
import { simulateOrders, type Truth } from '../models/simulate';

export const TRUTH: Truth = { r: 0.5, alpha: 8, a: 0.8, b: 2.5, p: 6, q: 4, v: 15 };

/** A sale line: customer, day, amount and cost in cents. */
export type Line = { code: string; day: Day; amount: number; cost: number };

/** Each drawn customer's orders as lines, cost 70 % of the amount (a margin of 30 %). */
export function drawnLines(customers: number, seed: number, firstFrom: Day, firstTo: Day, until: Day): Line[] {
  const drawn: Order[][] = simulateOrders({ truth: TRUTH, customers, seed, firstFrom, firstTo, until });
  return drawn.flatMap((orders, i) =>
    orders.map((o) => ({ code: `D${String(i + 1).padStart(4, '0')}`, day: o.day, amount: o.total, cost: Math.round(o.total * 0.7) })),
  );
}

const reais = (cents: number) => (cents / 100).toFixed(2);

/** A CSV of the lines (no order id: a customer's day is its order). */
export function salesCsv(lines: Line[]): string {
  return ['Data,Cliente,Valor,Custo', ...lines.map((l) => `${isoOfDay(l.day)},${l.code},${reais(l.amount)},${reais(l.cost)}`)].join('\n');
}

/** A workspace holding the lines, imported as one file. */
export async function workspaceOf(lines: Line[]): Promise<Workspace> {
  const dir = tempDir();
  const ws = openWorkspace({ dbPath: join(dir, 'modelos.clave'), tempDir: dir });
  const path = join(dir, 'vendas.csv');
  writeFileSync(path, salesCsv(lines));
  await ws.api.call('import/run', { fileId: ws.ctx.files.add(path) });
  return ws;
}
