// The command line's import options (SPEC "Command line contract"): --columns (letters, numbers
// or header texts), --no-header, --sheet all, on `clave import` and `clave analyze`, as a user
// runs them (dist/clave.js, a real process). A bad option: one line on stderr, exit 2, nothing
// written and no database created.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/open-database';
import { clave, lines, tempDir } from './import-helpers';
import { writeHeaderless, writeRetailWorkbook, writeShopExport } from './real-files';

const stored = (db: string) => {
  const d = openDatabase(db);
  try {
    return lines(d);
  } finally {
    d.close();
  }
};

describe('clave import: naming columns', () => {
  it('imports a file without a header with --no-header and --columns by letter', async () => {
    const dir = tempDir();
    const db = join(dir, 'w.clave');
    const r = await clave(['import', writeHeaderless(dir), '--db', db, '--no-header', '--columns', 'customer=A,date=B,amount=C']);
    expect(r.stderr).toContain('3 linhas lidas, 3 importadas, 0 rejeitadas, 0 puladas');
    expect(r.code).toBe(0);
    expect(stored(db).map((l) => [l.code, l.amount_cents])).toEqual([
      ['C1', 1000],
      ['C2', 2050],
      ['C1', -525],
    ]);
  });

  it('takes 1-based numbers and header texts (case and accents aside), and maps SPEC field names', async () => {
    const dir = tempDir();
    const path = join(dir, 'cols.csv');
    writeFileSync(path, 'Cliente Nº;Quando;Total Líquido;Nome\nC1;01/11/2024;10,00;Ana\n');
    const db = join(dir, 'w.clave');
    const r = await clave(['import', path, '--db', db, '--columns', 'customer=1,date=quando,amount=TOTAL LIQUIDO,name=D']);
    expect(r.code).toBe(0);
    expect(stored(db)).toMatchObject([{ code: 'C1', amount_cents: 1000, customer_name: 'Ana' }]);
  });

  it('analyzes a record shop export read by its headers, and a header-less file named by --columns', async () => {
    const dir = tempDir();
    const shop = await clave(['analyze', writeShopExport(dir).path, '--json']);
    expect(shop.code).toBe(0);
    expect(JSON.parse(shop.stdout).totals.customers).toBeGreaterThan(0);
    const plain = await clave(['analyze', writeHeaderless(dir), '--no-header', '--columns', 'customer=A,date=B,amount=C', '--json']);
    expect(plain.code).toBe(0);
    expect(JSON.parse(plain.stdout).totals).toMatchObject({ customers: 2, value: 25.25 });
  });
});

describe('clave import --sheet all', () => {
  it("imports every sheet that shares the first one's header, in workbook order, as one batch", async () => {
    const dir = tempDir();
    const { path, sheets, shared } = await writeRetailWorkbook(dir);
    const db = join(dir, 'w.clave');
    const r = await clave(['import', path, '--db', db, '--sheet', 'all']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('(Year 2009-2010, Year 2010-2011)');
    const withCustomer = sheets.flatMap((s) => s.lines).filter((l) => l.customer !== null).length;
    expect(stored(db)).toHaveLength(withCustomer - shared.filter((l) => l.customer !== null).length);
  });
});

describe('clave import: bad options', () => {
  for (const [what, args, says] of [
    ['an unknown field', ['--columns', 'cliente=A,date=B,amount=C'], 'campo desconhecido "cliente"'],
    ['a malformed item', ['--columns', 'customer'], 'CAMPO=COLUNA'],
    ['a field twice', ['--columns', 'customer=A,customer=B'], 'duas vezes'],
    ['--no-header without --columns', ['--no-header'], '--no-header precisa de --columns'],
    ['--no-header with header texts', ['--no-header', '--columns', 'customer=Cliente,date=B,amount=C'], 'por letra ou número'],
    ['a header text the file does not have', ['--columns', 'customer=Código,date=B,amount=C'], 'não tem a coluna "Código"'],
    ['an unknown option', ['--colunas', 'x'], 'Opção desconhecida: --colunas'],
    ['a missing file', [], 'Arquivo não encontrado'],
  ] as const) {
    it(`refuses ${what}: one line on stderr, exit 2, no database created`, async () => {
      const dir = tempDir();
      const db = join(dir, 'novo.clave');
      const file = what === 'a missing file' ? join(dir, 'nada.csv') : writeHeaderless(dir);
      const r = await clave(['import', file, '--db', db, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(says);
      expect(existsSync(db)).toBe(false);
    });
  }

  it('words the messages in the language of the environment', async () => {
    const dir = tempDir();
    const r = await clave(['import', writeHeaderless(dir), '--db', join(dir, 'x.clave'), '--no-header'], { LANG: 'en_US.UTF-8' });
    expect(r.stderr).toBe('clave: --no-header needs --columns: without a header, say which column holds each field (for example --columns customer=A,date=B,amount=D).\n');
  });
});
