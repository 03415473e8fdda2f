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
