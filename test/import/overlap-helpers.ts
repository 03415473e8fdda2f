// Shared setup for the overlapping-export tests: a workspace with the whole API, sales files
// written from rows, and what a user checks afterwards (lines, revenue, customers).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../electron/api/open-workspace';
import { tempDir } from './import-helpers';

/** A sale as an ERP exports it: date dd/mm/yyyy, order, customer, name, product, quantity, amount, cost. */
export type Sale = [date: string, order: string, customer: string, name: string, product: string, quantity: string, amount: string, cost: string];

export const HEADER = 'Data;Pedido;Cliente;Nome;Produto;Qtde;Valor;Custo';

export function salesCsv(sales: readonly Sale[], header = HEADER): string {
  return `${header}\n${sales.map((s) => s.join(';')).join('\n')}\n`;
}

export type OverlapWorkspace = Workspace & {
  dir: string;
  /** Writes a file into the workspace's folder and registers it. */
  file(name: string, text: string): string;
  /** The stored revenue, in cents. */
  revenue(): number;
  lineCount(): number;
  /** Each stored line as "day customer amount", by day, customer and amount. */
  stored(): string[];
  customer(code: string): { name: string | null } | undefined;
};

export function overlapWorkspace(): OverlapWorkspace {
  const dir = tempDir();
  const ws = openWorkspace({ dbPath: join(dir, 'loja.clave'), tempDir: dir });
  const { db } = ws.ctx;
  return {
    ...ws,
    dir,
    file(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return ws.ctx.files.add(path);
    },
    revenue: () => (db.prepare('SELECT coalesce(sum(amount_cents), 0) FROM sale_lines').pluck().get() as number),
    lineCount: () => db.prepare('SELECT count(*) FROM sale_lines').pluck().get() as number,
    stored: () =>
      (db.prepare("SELECT date(s.day * 86400, 'unixepoch') || ' ' || c.code || ' ' || s.amount_cents FROM sale_lines s JOIN customers c ON c.id = s.customer_id ORDER BY s.day, c.code, s.amount_cents").pluck().all() as string[]),
    customer: (code) => db.prepare('SELECT name FROM customers WHERE code = ?').get(code) as { name: string | null } | undefined,
  };
}

// Two overlapping exports, for the command-line and browser tests, as CSV texts.
// January–June, exported in July: C1 buys 100,00 on the 10th and C2 50,00 on the 20th of each month.
//   C1 6 × 100 = 600; C2 6 × 50 = 300; total 900,00 (12 lines).
// April–September, exported in October: C1 the same (100,00 on the 10th, April–September); C2 the
// same except May, corrected to 60,00; C3 is new, 30,00 on the 15th of July, August, September.
//   C1 600; C2 50 + 60 + 4 × 50 = 310; C3 90; total 1.000,00 (15 lines, 10/04–20/09).
const EXPORT_HEADER = 'Data;Pedido;Cliente;Nome;Valor';
const exportLine = (day: number, month: number, customer: string, amount: string) => {
  const date = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2025`;
  return `${date};${customer}-${month};${customer};Cliente ${customer};${amount}`;
};
const months = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const exportCsv = (lines: string[]) => `${EXPORT_HEADER}\n${lines.join('\n')}\n`;

export const JAN_JUN_CSV = exportCsv([...months(1, 6).map((m) => exportLine(10, m, 'C1', '100,00')), ...months(1, 6).map((m) => exportLine(20, m, 'C2', '50,00'))]);
export const APR_SEP_CSV = exportCsv([
  ...months(4, 9).map((m) => exportLine(10, m, 'C1', '100,00')),
  ...months(4, 9).map((m) => exportLine(20, m, 'C2', m === 5 ? '60,00' : '50,00')),
  ...months(7, 9).map((m) => exportLine(15, m, 'C3', '30,00')),
]);
