// The `clave` command line as a user runs it (the built dist/clave.js, a real process): SPEC's
// contract on the three sample files, which must all give the independent implementation's
// expected results (test/fixtures/samples/esperado-*.json), and the promise on bad input: one
// line on stderr, exit code 2, nothing written.
import ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/open-database';
import { SAMPLES, tempDir } from '../import/import-helpers';
import { clave, type Run } from './run-clave';
const FILES = ['vendas-canonico.csv', 'vendas-exemplo.csv', 'vendas-exemplo.xlsx'];
const MARGIN_OPTIONS = ['--from', '2025-05-01', '--to', '2026-04-30', '--basis', 'margin', '--a', '70', '--b', '90', '--x', '0.1', '--y', '0.25', '--min-periods', '4'];

type Expected = {
  window: { from: string; to: string; period: string; referenceDate: string };
  totals: Record<string, number>;
  customers: Record<string, unknown>[];
  others: Record<string, unknown>[];
};

const expected = (name: string): Expected => JSON.parse(readFileSync(join(SAMPLES, name), 'utf8')) as Expected;

/** Each expected customer's figures in the list got, in the same order: money to the cent, CV (and shares) to 1e-6, the rest exactly. */
function expectSameList(got: Record<string, unknown>[], want: Record<string, unknown>[], what: string) {
  expect(got.map((c) => c.code), what).toEqual(want.map((c) => c.code));
  want.forEach((w, i) => {
    const g = got[i]!;
    for (const [key, value] of Object.entries(w)) {
      const where = `${what} ${String(w.code)}.${key}`;
      if (typeof value === 'number' && typeof g[key] === 'number') {
        const tolerance = key === 'cv' || key.endsWith('hare') ? 1e-6 : 0.005;
        expect(Math.abs((g[key] as number) - value), where).toBeLessThanOrEqual(tolerance);
      } else {
        expect(g[key], where).toEqual(value);
      }
    }
  });
}

/** SPEC's samples README: the window with its reference date, the totals, the customers and the others. */
function expectSameRun(got: Expected, want: Expected) {
  expect(got.window).toEqual(want.window);
  for (const [key, value] of Object.entries(want.totals)) expect(got.totals[key], `totals.${key}`).toBeCloseTo(value, 2);
  expectSameList(got.customers, want.customers, 'customers');
  expectSameList(got.others, want.others, 'others');
}

describe('clave analyze on the sample files', () => {
  for (const file of FILES) {
    it(`reproduces the expected default run from ${file}`, async () => {
      const r = await clave(['analyze', join(SAMPLES, file), '--json']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const got = JSON.parse(r.stdout) as Expected;
      expectSameRun(got, expected('esperado-padrao.json'));
      // The app's output has more than the expected file: the average ticket and the types.
      const top = got.customers[0]!;
      expect(top.averageTicket).toBeCloseTo((top.revenue as number) / (top.orders as number), 2);
      expect(Array.isArray(top.types)).toBe(true);
    });

    it(`reproduces the margin 70/90 classic run from ${file}`, async () => {
      const r = await clave(['analyze', join(SAMPLES, file), '--json', ...MARGIN_OPTIONS]);
      expect(r.code).toBe(0);
      expectSameRun(JSON.parse(r.stdout) as Expected, expected('esperado-margem-70-90-classico.json'));
    });
  }

  it('writes the result workbook with --out, customers in ABC order', async () => {
    const out = join(tempDir(), 'resultado.xlsx');
    const r = await clave(['analyze', join(SAMPLES, 'vendas-exemplo.xlsx'), '--out', out]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Clientes', 'Matriz ABC-XYZ', 'Pareto', 'Clientes-chave', 'Parâmetros']);
    const want = expected('esperado-padrao.json').customers;
    const sheet = wb.getWorksheet('Clientes')!;
    const header = sheet.getRow(1).values as unknown[];
    const codeColumn = header.findIndex((h) => typeof h === 'string' && /^c[óo]digo/i.test(h));
    expect(codeColumn).toBeGreaterThan(0);
    const codes = sheet.getColumn(codeColumn).values.slice(2, 7);
    expect(codes).toEqual(want.slice(0, 5).map((c) => c.code));
  });
});

describe('clave on a workspace database', () => {
  it('imports, lists runs and exports, and skips a file it already has', async () => {
    const dir = tempDir();
    const db = join(dir, 'loja.clave');
    const imported = await clave(['import', join(SAMPLES, 'vendas-canonico.csv'), '--db', db]);
    expect(imported.code).toBe(0);
    const analyzed = await clave(['analyze', join(SAMPLES, 'vendas-exemplo.csv'), '--db', db, '--json']);
    expect(analyzed.code).toBe(0);
    // Same sales in another file: the content differs, so it is a new batch; the lines double.
    const runs = await clave(['runs', '--db', db, '--json']);
    const list = JSON.parse(runs.stdout) as { id: number }[];
    expect(list).toHaveLength(1);
    const csv = join(dir, 'clientes.csv');
    const exported = await clave(['export', '--db', db, '--out', csv]);
    expect(exported.code).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\n')[0]).toContain(';');
    // The same file again on the same --db: recognised by its content hash and skipped.
    const again = await clave(['analyze', join(SAMPLES, 'vendas-canonico.csv'), '--db', db, '--json']);
    expect(again.code).toBe(0);
    const handle = openDatabase(db);
    expect(handle.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(2);
    handle.close();
  });
});

describe('clave import and its options', () => {
  const lineCount = (db: string) => {
    const handle = openDatabase(db);
    const n = handle.prepare('SELECT count(*) FROM sale_lines').pluck().get() as number;
    handle.close();
    return n;
  };

  it('refuses a file already imported, saying how to import it again (--again)', async () => {
    const dir = tempDir();
    const db = join(dir, 'loja.clave');
    const file = join(SAMPLES, 'vendas-canonico.csv');
    expect((await clave(['import', file, '--db', db])).code).toBe(0);
    const lines = lineCount(db);
    const refused = await clave(['import', file, '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/^clave: .*vendas-canonico\.csv.*mesmo conteúdo.*--again/);
    expect(lineCount(db)).toBe(lines);
    // Imported again, its lines are already stored: skipped (SPEC "Overlapping exports"), unless kept.
    expect((await clave(['import', file, '--db', db, '--again'])).code).toBe(0);
    expect(lineCount(db)).toBe(lines);
    const again = await clave(['import', file, '--db', db, '--again', '--overlap', 'keep']);
    expect(again.code).toBe(0);
    expect(lineCount(db)).toBe(lines * 2);
  });

  it('reads the sheet named by --sheet', async () => {
    const dir = tempDir();
    const file = join(dir, 'vendas.xlsx');
    const wb = new ExcelJS.Workbook();
    for (const [name, customer] of [['Janeiro', 'J1'], ['Fevereiro', 'F1']] as const) {
      const ws = wb.addWorksheet(name);
      ws.addRow(['Data', 'Cliente', 'Valor']);
      ws.addRow([new Date(Date.UTC(2026, 0, 15)), customer, 100]);
    }
    await wb.xlsx.writeFile(file);
    const first = JSON.parse((await clave(['analyze', file, '--json'])).stdout) as Expected;
    expect(first.customers.map((c) => c.code)).toEqual(['J1']);
    const chosen = JSON.parse((await clave(['analyze', file, '--json', '--sheet', 'Fevereiro'])).stdout) as Expected;
    expect(chosen.customers.map((c) => c.code)).toEqual(['F1']);
    const missing = await clave(['analyze', file, '--json', '--sheet', 'Março']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Março');
  });

  it('reads numbers and dates that prove nothing by --locale, and takes a decimal comma in an option', async () => {
    const file = join(tempDir(), 'ambiguo.csv');
    writeFileSync(file, 'Data;Cliente;Valor\n01/02/2026;C1;1.234\n03/02/2026;C2;2.000\n');
    const br = JSON.parse((await clave(['analyze', file, '--json'])).stdout) as Expected;
    expect(br.totals.value).toBe(3234); // 1.234 and 2.000: thousands
    expect(br.window.to).toBe('2026-02-28'); // 03/02: 3 February
    const us = JSON.parse((await clave(['analyze', file, '--json', '--locale', 'en-US'])).stdout) as Expected;
    expect(us.totals.value).toBeCloseTo(3.23, 2); // 1.234 → 1.23, 2.000 → 2.00
    expect(us.window.to).toBe('2026-03-31'); // 03/02: 2 March
    const db = join(tempDir(), 'loja.clave');
    expect((await clave(['analyze', file, '--db', db, '--x', '0,4', '--y', '0,9'])).code).toBe(0);
    const [run] = JSON.parse((await clave(['runs', '--db', db, '--json'])).stdout) as { params: { x: number; y: number } }[];
    expect(run!.params).toMatchObject({ x: 0.4, y: 0.9 });
  });
});

describe('clave on bad input', () => {
  const expectOneLineError = (r: Run, ...words: string[]) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^clave: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    for (const w of words) expect(r.stderr).toContain(w);
  };

  it('names a missing file', async () => {
    expectOneLineError(await clave(['analyze', '/não/existe/vendas.xlsx', '--json']), 'vendas.xlsx');
  });

  it('names the file of a CSV with no recognisable columns, and writes no --out', async () => {
    const dir = tempDir();
    const file = join(dir, 'estoque.csv');
    writeFileSync(file, 'produto;prateleira\nSabão;3\n');
    const out = join(dir, 'r.xlsx');
    expectOneLineError(await clave(['analyze', file, '--out', out]), 'estoque.csv');
    expect(existsSync(out)).toBe(false);
  });

  it('names a .xlsx that is not a workbook', async () => {
    const file = join(tempDir(), 'vendas.xlsx');
    writeFileSync(file, 'isto não é um zip');
    expectOneLineError(await clave(['analyze', file]), 'vendas.xlsx');
  });

  it('refuses bad options before touching the database', async () => {
    const dir = tempDir();
    const db = join(dir, 'loja.clave');
    expect((await clave(['import', join(SAMPLES, 'vendas-canonico.csv'), '--db', db])).code).toBe(0);
    const count = () => {
      const handle = openDatabase(db);
      const n = [handle.prepare('SELECT count(*) FROM sale_lines').pluck().get(), handle.prepare('SELECT count(*) FROM analysis_runs').pluck().get()];
      handle.close();
      return n;
    };
    const before = count();
    expectOneLineError(await clave(['analyze', join(SAMPLES, 'vendas-exemplo.csv'), '--db', db, '--a', '96']), 'A = 96');
    expectOneLineError(await clave(['analyze', '--db', db, '--period', 'year']), '--period');
    expectOneLineError(await clave(['analyze', '--db', db, '--from', '01/05/2025']), '--from');
    expectOneLineError(await clave(['analyze', '--db', db, '--x', '0.5', '--y', '0.4']), 'X');
    expect(count()).toEqual(before);
  });
});

describe('clave analyze --basis quantity', () => {
  it('#55: gives value and totals.value in units of quantity, money still in reais', async () => {
    const file = join(tempDir(), 'quantidades.csv');
    writeFileSync(
      file,
      ['Data;Cliente;Quantidade;Valor', '05/10/2026;Q1;2,5;100,00', '06/10/2026;Q1;1,25;50,00', '07/10/2026;Q2;10;20,00', '08/10/2026;Q3;0,5;500,00'].join('\n'),
    );
    const r = await clave(['analyze', file, '--json', '--basis', 'quantity']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout) as Expected;
    expect(got.totals).toEqual({ customers: 3, value: 14.25, A: 2, B: 0, C: 1 });
    expect(got.customers.map((c) => [c.code, c.value, c.revenue])).toEqual([
      ['Q2', 10, 20],
      ['Q1', 3.75, 150],
      ['Q3', 0.5, 500],
    ]);
    // Shares of the total quantity; the average ticket is still money (150 in 2 orders).
    expect(got.customers[0]!.share).toBeCloseTo(10 / 14.25, 12);
    expect(got.customers[1]!.cumulativeShare).toBeCloseTo(13.75 / 14.25, 12);
    expect(got.customers[1]!.averageTicket).toBe(75);
  });
});
