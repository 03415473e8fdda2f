// The command line as a user runs it (dist/clave.js, a process) on files written here, against
// figures worked out by hand: the reference date (a history ending mid-month, a window reaching
// past the data, a quarter run), the other customers with each status, `null` where a figure does
// not exist, and the current analysis in `clave runs` and `clave export`.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../import/import-helpers';

const CLAVE = resolve('dist', 'clave.js');

function clave(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLAVE, ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

type Json = {
  window: { from: string; to: string; period: string; referenceDate: string };
  totals: Record<string, number>;
  customers: Record<string, unknown>[];
  others: Record<string, unknown>[];
};

/** A `;` file in pt-BR: one line per [dd/mm/yyyy, customer, amount in reais]. */
function salesFile(lines: [string, string, number][]): string {
  const path = join(tempDir(), 'vendas.csv');
  writeFileSync(path, ['Data;Cliente;Valor', ...lines.map(([day, code, reais]) => `${day};${code};${reais.toFixed(2).replace('.', ',')}`)].join('\n'));
  return path;
}

/** `reais(i)` on day `dayOfMonth` of `months` months from month/year. */
function monthly(code: string, month: number, year: number, months: number, dayOfMonth: number, reais: (i: number) => number): [string, string, number][] {
  return Array.from({ length: months }, (_, i) => {
    const m = month - 1 + i;
    return [`${String(dayOfMonth).padStart(2, '0')}/${String((m % 12) + 1).padStart(2, '0')}/${year + Math.floor(m / 12)}`, code, reais(i)];
  });
}

async function analyzeJson(file: string, options: string[] = []): Promise<Json> {
  const r = await clave(['analyze', file, '--json', ...options]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Json;
}
const find = (list: Record<string, unknown>[], code: string) => list.find((c) => c.code === code)!;

describe('clave analyze: the reference date', () => {
  it('a history ending mid-month: recency to the export day, the half month out of XYZ and of "declining"', async () => {
    // HALF: 1 000,00 on the 28th, November 2025 – July 2026; 400,00 in August and September.
    // The export was taken on 2026-10-20 (ULT's sale).
    const file = salesFile([...monthly('HALF', 11, 2025, 11, 28, (i) => (i < 9 ? 1000 : 400)), ['20/10/2026', 'ULT', 50]]);
    const run = await analyzeJson(file);
    expect(run.window).toEqual({ from: '2025-11-01', to: '2026-10-31', period: 'month', referenceDate: '2026-10-20' });
    const half = find(run.customers, 'HALF');
    // 2026-09-28 → 10-20: 22 days. XYZ over November – September: 9 × 1 000 and 2 × 400, mean
    // 890,91, sd 231,42, CV 0,259754. Not declining: July – September average 600.
    expect(half).toMatchObject({ recencyDays: 22, xyz: 'X', status: 'active', signals: [], revenue: 9800 });
    expect(half.cv as number).toBeCloseTo(0.2597535114562828, 6);
    // ULT bought once: no cycle, no XYZ (1 period of history), `null` in the JSON.
    expect(find(run.customers, 'ULT')).toMatchObject({ recencyDays: 0, cycleDays: null, xyz: null, cv: null, expectedNextPurchase: null });
    expect(run.others).toEqual([]);

    // Without --json: the run says how far the data go and that October was left out.
    const text = await clave(['analyze', file]);
    expect(text.stdout).toContain('dados até 2026-10-20; último período incompleto: fora do XYZ');
  });

  it('a window reaching past the data: recency to the last sale, the months after it left out', async () => {
    const file = salesFile([...monthly('S', 6, 2025, 17, 15, () => 1000), ['31/10/2026', 'END', 10]]);
    const run = await analyzeJson(file, ['--to', '2026-12-31']);
    expect(run.window).toEqual({ from: '2026-01-01', to: '2026-12-31', period: 'month', referenceDate: '2026-10-31' });
    // January – October: 10 complete months of 1 000,00, CV 0; 2026-10-15 → 10-31: 16 days.
    expect(find(run.customers, 'S')).toMatchObject({ recencyDays: 16, cv: 0, xyz: 'X', revenue: 10000, cycleDays: expect.any(Number) });
  });

  it('a quarter run: the quarter holding the reference date is out of XYZ, its sales in the value', async () => {
    // Q: the 10th of each month, October 2025 – October 2026; 2 000,00 in January – March 2026,
    // 1 000,00 otherwise. Z's sale on 2026-10-28 is the latest.
    const file = salesFile([...monthly('Q', 10, 2025, 13, 10, (i) => (i >= 3 && i <= 5 ? 2000 : 1000)), ['28/10/2026', 'Z', 10]]);
    const run = await analyzeJson(file, ['--period', 'quarter']);
    expect(run.window).toEqual({ from: '2025-10-01', to: '2026-12-31', period: 'quarter', referenceDate: '2026-10-28' });
    const q = find(run.customers, 'Q');
    // Quarters Q4 2025 – Q3 2026: 3 000, 6 000, 3 000, 3 000: CV = √1 687 500 / 3 750 = 0,346410.
    expect(q.cv as number).toBeCloseTo(0.3464101615137755, 6);
    // Value: all 13 months, 16 000,00; recency 18 days (not 82, to the quarter's end); cycle 31.
    expect(q).toMatchObject({ xyz: 'X', revenue: 16000, value: 16000, recencyDays: 18, cycleDays: 31, status: 'active' });
  });
});

describe('clave analyze: the other customers', () => {
  it('lists the customers without a line in the window, by code, with their status at the reference date', async () => {
    const file = salesFile([
      ['31/10/2026', 'IN', 100],
      ['15/07/2026', 'ACT', 300],
      ['01/05/2026', 'RISK', 100],
      ['01/06/2026', 'RISK', 100],
      ['01/07/2026', 'RISK', 100],
      ['01/12/2025', 'INACT', 500],
      ['01/03/2026', 'INACT', 500],
      ['30/06/2025', 'LOST', 800],
      ['30/09/2025', 'LOST', 200],
      ['10/01/2026', 'NOTE', -40],
      ['05/11/2026', 'LATE', 70],
    ]);
    const run = await analyzeJson(file, ['--from', '2026-08-01', '--to', '2026-10-31']);
    expect(run.window.referenceDate).toBe('2026-10-31');
    expect(run.customers.map((c) => c.code)).toEqual(['IN']);
    // LATE's only line is after the reference date: not listed.
    expect(run.others).toEqual([
      // One purchase, 108 days before: no cycle.
      expect.objectContaining({ code: 'ACT', firstPurchase: '2026-07-15', lastPurchase: '2026-07-15', recencyDays: 108, cycleDays: null, status: 'active', signals: [] }),
      // 244 days since 2026-03-01.
      expect.objectContaining({ code: 'INACT', firstPurchase: '2025-12-01', lastPurchase: '2026-03-01', recencyDays: 244, status: 'inactive' }),
      // 396 days since 2025-09-30.
      expect.objectContaining({ code: 'LOST', firstPurchase: '2025-06-30', lastPurchase: '2025-09-30', recencyDays: 396, status: 'lost' }),
      // A credit note only: no purchase ever.
      expect.objectContaining({ code: 'NOTE', firstPurchase: null, lastPurchase: null, recencyDays: null, cycleDays: null, status: 'prospect' }),
      // Cycle (31 + 30) / 2 = 30,5; 122 days > 1,5 × 30,5: overdue, its only possible signal.
      expect.objectContaining({ code: 'RISK', recencyDays: 122, cycleDays: 30.5, expectedNextPurchase: '2026-08-01', status: 'at risk', signals: ['overdue'] }),
    ]);
  });
});

describe('clave runs and clave export: the current analysis', () => {
  it('marks the current run, and exports it when no run is named', async () => {
    const dir = tempDir();
    const db = join(dir, 'loja.clave');
    const file = salesFile([['10/01/2026', 'C1', 1000], ['10/02/2026', 'C2', 500], ['20/05/2026', 'C3', 200]]);
    expect((await clave(['analyze', file, '--db', db])).code).toBe(0); // run 1: the defaults, current
    const whatIf = await clave(['analyze', '--db', db, '--from', '2026-02-01', '--to', '2026-05-31']); // run 2: C2 and C3 only
    expect(whatIf.stdout).toMatch(/^Análise 2: /);
    const runs = await clave(['runs', '--db', db]);
    expect(runs.stdout.split('\n').filter((l) => l.startsWith('*')).map((l) => /^\*\s*(\d+)/.exec(l)![1])).toEqual(['1']);
    const json = JSON.parse((await clave(['runs', '--db', db, '--json'])).stdout) as { id: number; current: boolean; referenceDate: string }[];
    expect(json.map((r) => [r.id, r.current, r.referenceDate])).toEqual([[2, false, '2026-05-20'], [1, true, '2026-05-20']]);
    const out = join(dir, 'clientes.csv');
    expect((await clave(['export', '--db', db, '--out', out])).stderr).toContain('Análise 1 exportada');
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(1 + 3); // the header and C1, C2, C3
  });
});
