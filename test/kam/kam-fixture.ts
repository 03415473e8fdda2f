// A workspace for the key-account handler tests: a real SQLite file, sales imported through the
// API from a CSV written here, and an analysis run. The sales are small enough to check by hand:
//
// code  name       seller segment  purchases                                  window revenue  class status
// C001  Alfa Ltda  Ana    Varejo   15th of each month 2024-01…2026-06,        120 000,00      A     active
//                                  lines Parafuso 6 000 + Porca 4 000; a return of 1 000 on 2025-03-20
// C002  Beta SA    Bruno  Atacado  10th of each month 2025-01…2026-06, 5 000   60 000,00      A     active
// C003  Gama       Ana    Atacado  5th of each month 2024-09…2025-09, 2 000     6 000,00      C     inactive
// C004  Delta      Bruno  Varejo   1,500 on 2024-03/06/09/12-01 and 2025-02-01;  −200,00      C     lost
//                                  a return of 200 on 2025-08-01
// C005  Épsilon    Carla  Atacado  800 on 2026-02-20, 2026-04-20, 2026-06-01     2 400,00      C     active
// C006  Zeta       Carla  Atacado  300 every Monday 2025-11-03…2026-04-27       7 800,00      B     at risk (overdue)
//
// The window is 2025-07-01…2026-06-30 (12 months to the latest sale, 2026-06-15); the reference
// date is that latest sale, 2026-06-15, so June is left out of XYZ and the declining signal.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkspace, type Workspace } from '../../electron/api/open-workspace';
import { dayOfIso, isoOfDay, type Day } from '../../shared/domain/calendar';

export const d = (iso: string): Day => dayOfIso(iso)!;

type Line = { order: string; day: string; code: string; name: string; product: string; amount: number; cost: number; seller: string; segment: string; region: string };

const CUSTOMERS = {
  C001: { name: 'Alfa Ltda', seller: 'Ana', segment: 'Varejo', region: 'Sul' },
  C002: { name: 'Beta SA', seller: 'Bruno', segment: 'Atacado', region: 'Norte' },
  C003: { name: 'Gama', seller: 'Ana', segment: 'Atacado', region: 'Sul' },
  C004: { name: 'Delta', seller: 'Bruno', segment: 'Varejo', region: 'Norte' },
  C005: { name: 'Épsilon', seller: 'Carla', segment: 'Atacado', region: 'Sul' },
  C006: { name: 'Zeta', seller: 'Carla', segment: 'Atacado', region: 'Sul' },
} as const;
type Code = keyof typeof CUSTOMERS;

const line = (code: Code, order: string, day: string, product: string, amount: number, cost: number): Line => ({
  order, day, code, product, amount, cost, ...CUSTOMERS[code],
});

/** `count` months from year-month `start`, on `dayOfMonth`, as ISO days. */
function monthly(startYear: number, startMonth: number, count: number, dayOfMonth: number): string[] {
  return Array.from({ length: count }, (_, k) => {
    const m = startMonth - 1 + k;
    return `${startYear + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  });
}

export function salesLines(): Line[] {
  const out: Line[] = [];
  for (const day of monthly(2024, 1, 30, 15)) {
    out.push(line('C001', `A-${day}`, day, 'Parafuso', 6000, 4000), line('C001', `A-${day}`, day, 'Porca', 4000, 3000));
  }
  out.push(line('C001', 'A-R1', '2025-03-20', 'Parafuso', -1000, -700));
  for (const day of monthly(2025, 1, 18, 10)) out.push(line('C002', `B-${day}`, day, 'Porca', 5000, 3500));
  for (const day of monthly(2024, 9, 13, 5)) out.push(line('C003', `G-${day}`, day, 'Arruela', 2000, 1500));
  for (const day of ['2024-03-01', '2024-06-01', '2024-09-01', '2024-12-01', '2025-02-01']) out.push(line('C004', `D-${day}`, day, 'Porca', 1500, 1000));
  out.push(line('C004', 'D-R', '2025-08-01', 'Porca', -200, -150));
  for (const day of ['2026-02-20', '2026-04-20', '2026-06-01']) out.push(line('C005', `E-${day}`, day, 'Arruela', 800, 600));
  for (let day = d('2025-11-03'); day <= d('2026-04-27'); day += 7) out.push(line('C006', `Z-${day}`, isoOfDay(day), 'Arruela', 300, 200));
  return out;
}

export function salesCsv(lines: Line[]): string {
  const header = 'order_id,date,customer_code,customer_name,product,amount,cost,seller,segment,region';
  return [header, ...lines.map((l) => [l.order, l.day, l.code, l.name, l.product, l.amount.toFixed(2), l.cost.toFixed(2), l.seller, l.segment, l.region].join(','))].join('\n') + '\n';
}

export type KamWorkspace = Workspace & { dir: string; file(name: string, text: string): string };

/** A fresh workspace; `withSales` imports the fixture's sales and runs the default analysis. */
export async function kamWorkspace(options: { withSales?: boolean } = {}): Promise<KamWorkspace> {
  const dir = mkdtempSync(join(tmpdir(), 'clave-'));
  const ws = openWorkspace({ dbPath: join(dir, 'workspace.clave'), tempDir: join(dir, 'tmp') });
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return ws.ctx.files.add(path);
  };
  if (options.withSales) {
    await ws.api.call('import/run', { fileId: file('vendas.csv', salesCsv(salesLines())) });
    await ws.api.call('analysis/run', {});
  }
  return { ...ws, dir, file };
}
