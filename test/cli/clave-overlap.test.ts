// `clave import FILE --db PATH [--overlap skip|replace|keep]` on two overlapping exports (SPEC
// "Overlapping exports", issue #10): the stored revenue and `clave analyze --db … --json` checked
// against figures worked out by hand; and the same sales as .csv after .xlsx.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/open-database';
import { SAMPLES, tempDir } from '../import/import-helpers';
import { APR_SEP_CSV, JAN_JUN_CSV } from '../import/overlap-helpers';
import { clave } from './run-clave';

// The two exports and their figures: test/import/overlap-helpers.ts (JAN_JUN_CSV, APR_SEP_CSV).
function exports() {
  const dir = tempDir();
  const first = join(dir, 'vendas-jan-jun.csv');
  const second = join(dir, 'vendas-abr-set.csv');
  writeFileSync(first, JAN_JUN_CSV);
  writeFileSync(second, APR_SEP_CSV);
  return { db: join(dir, 'loja.clave'), first, second };
}

function storedRevenue(db: string): number {
  const handle = openDatabase(db, { readonly: true });
  try {
    return (handle.prepare('SELECT sum(amount_cents) FROM sale_lines').pluck().get() as number) / 100;
  } finally {
    handle.close();
  }
}

type RunJson = { totals: { customers: number; value: number; A: number; B: number; C: number }; customers: { code: string; revenue: number; abc: string }[] };

async function analyze(db: string): Promise<RunJson> {
  const r = await clave(['analyze', '--db', db, '--json']);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as RunJson;
}

describe('clave import with two overlapping exports', () => {
  it('skip (the default): only the lines not already stored are added', async () => {
    const { db, first, second } = exports();
    expect((await clave(['import', first, '--db', db])).code).toBe(0);
    const r = await clave(['import', second, '--db', db]);
    expect(r.code).toBe(0);
    // April–June of C1, and April and June of C2, are stored: 5 of 15 skipped. C2's corrected May
    // is another line (another amount), so both Mays stay.
    expect(r.stderr).toBe('vendas-abr-set.csv: 15 linhas lidas, 10 importadas, 0 rejeitadas, 5 puladas por já estarem guardadas.\n');
    // 900 + C1 July–September 300 + C2 May 60 and July–September 150 + C3 90 = 1.500,00.
    expect(storedRevenue(db)).toBe(1500);
    // C1 900, C2 300 + 60 + 150 = 510, C3 90. A up to 80 % of 1.500 (1.200): C1 (0 before), C2
    // (900 before); C3 has 1.410 before, under 95 % (1.425): B.
    const run = await analyze(db);
    expect(run.totals).toEqual({ customers: 3, value: 1500, A: 2, B: 1, C: 0 });
    expect(run.customers.map((c) => [c.code, c.revenue, c.abc])).toEqual([['C1', 900, 'A'], ['C2', 510, 'A'], ['C3', 90, 'B']]);
  });

  it('replace: the stored lines of 10/04–20/09 give way to the new export', async () => {
    const { db, first, second } = exports();
    expect((await clave(['import', first, '--db', db])).code).toBe(0);
    const r = await clave(['import', second, '--db', db, '--overlap', 'replace']);
    expect(r.code).toBe(0);
    // January–June's lines from 10/04 on: C1 and C2 in April, May and June, 6 lines.
    expect(r.stderr).toBe(
      'vendas-abr-set.csv: 15 linhas lidas, 15 importadas, 0 rejeitadas, 0 puladas por já estarem guardadas, 6 linhas guardadas substituídas.\n',
    );
    // January–March: C1 300 + C2 150 = 450; plus the whole second export, 1.000: 1.450,00.
    expect(storedRevenue(db)).toBe(1450);
    // C1 300 + 600 = 900, C2 150 + 310 = 460, C3 90. 80 % of 1.450 is 1.160: C1 and C2 (900
    // before) are A; C3 has 1.360 before, under 95 % (1.377,50): B.
    const run = await analyze(db);
    expect(run.totals).toEqual({ customers: 3, value: 1450, A: 2, B: 1, C: 0 });
    expect(run.customers.map((c) => [c.code, c.revenue, c.abc])).toEqual([['C1', 900, 'A'], ['C2', 460, 'A'], ['C3', 90, 'B']]);
  });

  it('keep: every line of both, the overlap counted twice', async () => {
    const { db, first, second } = exports();
    expect((await clave(['import', first, '--db', db])).code).toBe(0);
    const r = await clave(['import', second, '--db', db, '--overlap', 'keep']);
    expect(r.stderr).toBe('vendas-abr-set.csv: 15 linhas lidas, 15 importadas, 0 rejeitadas, 0 puladas por já estarem guardadas.\n');
    // 900 + 1.000 = 1.900,00.
    expect(storedRevenue(db)).toBe(1900);
    // C1 1.200, C2 300 + 310 = 610, C3 90. 80 % of 1.900 is 1.520: C1 (0 before) and C2 (1.200
    // before) are A; C3 has 1.810 before, past 95 % (1.805): C.
    const run = await analyze(db);
    expect(run.totals).toEqual({ customers: 3, value: 1900, A: 2, B: 0, C: 1 });
    expect(run.customers.map((c) => [c.code, c.revenue, c.abc])).toEqual([['C1', 1200, 'A'], ['C2', 610, 'A'], ['C3', 90, 'C']]);
  });

  it('refuses an unknown rule before writing anything', async () => {
    const { db, first } = exports();
    const r = await clave(['import', first, '--db', db, '--overlap', 'merge']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^clave: .*"merge".*skip.*replace.*keep/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(db)).toBe(false);
  });
});

describe('the same sales in another format', () => {
  it('the .csv after the .xlsx adds no line, and the analysis is the one of the .xlsx alone', async () => {
    const db = join(tempDir(), 'loja.clave');
    expect((await clave(['import', join(SAMPLES, 'vendas-exemplo.xlsx'), '--db', db])).code).toBe(0);
    const revenue = storedRevenue(db);
    for (const file of ['vendas-exemplo.csv', 'vendas-canonico.csv']) {
      const r = await clave(['import', join(SAMPLES, file), '--db', db]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(new RegExp(`^${file.replace('.', '\\.')}: 11\\.60[56] linhas lidas, 0 importadas, [01] rejeitadas?, 11\\.605 puladas por já estarem guardadas\\.\\n`));
    }
    expect(storedRevenue(db)).toBe(revenue);
    // The .xlsx alone gives the expected results (clave-cli.test.ts); the workspace with all three gives the same run.
    const alone = await clave(['analyze', join(SAMPLES, 'vendas-exemplo.xlsx'), '--json']);
    const all = await clave(['analyze', '--db', db, '--json']);
    expect(all.code).toBe(0);
    expect(JSON.parse(all.stdout)).toEqual(JSON.parse(alone.stdout));
  });
});
