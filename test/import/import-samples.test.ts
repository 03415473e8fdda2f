// The three sample files (same 11,605 sale lines of 300 customers, written three ways) must land
// identically: same lines, same per-customer sums of amount and margin, the Total row rejected.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../electron/import/import-file';
import type { Db } from '../../electron/db/open-database';
import { freshDb, SAMPLES, tempDir } from './import-helpers';

type Sums = Record<string, { amount: number; margin: number; lines: number; name: string | null; seller: string | null }>;

function perCustomer(db: Db): Sums {
  const rows = db
    .prepare(
      `SELECT c.code, c.name, c.seller, count(*) AS lines, sum(s.amount_cents) AS amount, sum(s.margin_cents) AS margin
         FROM sale_lines s JOIN customers c ON c.id = s.customer_id GROUP BY c.id ORDER BY c.code`,
    )
    .all() as { code: string; name: string | null; seller: string | null; lines: number; amount: number; margin: number }[];
  return Object.fromEntries(rows.map((r) => [r.code, { amount: r.amount, margin: r.margin, lines: r.lines, name: r.name, seller: r.seller }]));
}

describe('the sample files', () => {
  const results: Record<string, Sums> = {};

  for (const file of ['vendas-canonico.csv', 'vendas-exemplo.csv', 'vendas-exemplo.xlsx']) {
    it(`imports ${file}: 11,605 lines for 300 customers`, async () => {
      const { dbPath, db } = freshDb(tempDir());
      const result = await importFile({ dbPath }, { path: join(SAMPLES, file) });
      expect(result.imported).toBe(11605);
      expect(result.newCustomers).toBe(300);
      const customers = db.prepare('SELECT count(*) FROM customers').pluck().get();
      expect(customers).toBe(300);
      if (file === 'vendas-canonico.csv') {
        expect(result.rejected).toBe(0);
      } else {
        expect(result.rejected).toBe(1);
        expect(result.firstRejects[0]!.code).toBe('total-row');
        expect(result.firstRejects[0]!.row).toBe(file.endsWith('.xlsx') ? 11608 : 11607);
      }
      results[file] = perCustomer(db);
      db.close();
    });
  }

  it('gives the same per-customer sums of amount and margin whatever the file', () => {
    const canonical = results['vendas-canonico.csv']!;
    expect(Object.keys(canonical)).toHaveLength(300);
    expect(results['vendas-exemplo.csv']).toEqual(canonical);
    expect(results['vendas-exemplo.xlsx']).toEqual(canonical);
  });
});
