// Text files: encodings, delimiters, quoted fields, title rows, Total rows, bad files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dayOfIso } from '../../shared/domain/calendar';
import { importFile } from '../../electron/import/import-file';
import { previewFile } from '../../electron/import/preview-import';
import { count, freshDb, lines, tempDir, writeText } from './import-helpers';

const PT = 'Data Emissão;Cód. Cliente;Razão Social;Valor Total;Região\n';

describe('CSV files', () => {
  it('reads Windows-1252 with ; and Portuguese headers', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = writeText(dir, 'erp.csv', `${PT}01/11/2024;C1;Padaria São João;R$ 1.234,56;Região Sul\r\n`, 'windows-1252');
    const preview = await previewFile(db, { path });
    expect(preview.encoding).toBe('windows-1252');
    expect(preview.delimiter).toBe(';');
    expect(preview.headers[0]).toBe('Data Emissão');
    expect(preview.rows[0]).toMatchObject({ customer: 'C1', customerName: 'Padaria São João', date: '2024-11-01', amount: 1234.56, region: 'Região Sul' });
    await importFile({ dbPath }, { path });
    expect(db.prepare('SELECT name, region FROM customers').get()).toEqual({ name: 'Padaria São João', region: 'Região Sul' });
    db.close();
  });

  it('reads UTF-8 with a BOM, and without', async () => {
    const dir = tempDir();
    const { db } = freshDb(dir);
    for (const encoding of ['utf-8-bom', 'utf-8'] as const) {
      const path = writeText(dir, `${encoding}.csv`, `${PT}01/11/2024;C1;Açaí & Cia;10,00;Norte\n`, encoding);
      const preview = await previewFile(db, { path });
      expect(preview.encoding).toBe(encoding);
      expect(preview.headers[0]).toBe('Data Emissão'); // no BOM left in the first header
      expect(preview.mapping.date).toBe(0);
      expect(preview.rows[0]!.customerName).toBe('Açaí & Cia');
    }
    db.close();
  });

  it('falls back to Windows-1252 when an accent far down the file is not UTF-8', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const filler = Array.from({ length: 8000 }, (_, i) => `02/11/2024;C${i % 7};Cliente;1,00;Sul`).join('\n');
    const path = writeText(dir, 'late.csv', `${PT}${filler}\n03/11/2024;C9;Padaria São João;2,00;Sul\n`, 'windows-1252');
    const result = await importFile({ dbPath }, { path });
    expect(result.imported).toBe(8001);
    expect(db.prepare("SELECT name FROM customers WHERE code = 'C9'").pluck().get()).toBe('Padaria São João');
    db.close();
  });

  it.each([
    ['comma', ',', 'date,customer,amount\n2024-11-01,C1,"1,234.56"\n2024-11-02,C2,12.5\n'],
    ['semicolon', ';', 'data;cliente;valor\n01/11/2024;C1;1.234,56\n02/11/2024;C2;12,50\n'],
    ['tab', '\t', 'data\tcliente\tvalor\n01/11/2024\tC1\t1.234,56\n02/11/2024\tC2\t12,50\n'],
  ])('detects the %s delimiter', async (_name, delimiter, text) => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = writeText(dir, 'file.txt', text);
    const preview = await previewFile(db, { path });
    expect(preview.delimiter).toBe(delimiter);
    await importFile({ dbPath }, { path });
    expect(lines(db).map((l) => l.amount_cents)).toEqual([123456, 1250]);
    db.close();
  });

  it('reads quoted fields holding delimiters, quotes and line breaks', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = writeText(
      dir,
      'quoted.csv',
      'customer,customer name,date,amount\r\nC1,"Silva, Souza & ""Filhos""",2024-11-01,10\r\nC2,"Linha 1\r\nLinha 2",2024-11-02,20\r\nC3,Plain,2024-11-03,30',
    );
    const result = await importFile({ dbPath }, { path });
    expect(result.imported).toBe(3);
    expect(lines(db).map((l) => l.customer_name)).toEqual(['Silva, Souza & "Filhos"', 'Linha 1\r\nLinha 2', 'Plain']);
    db.close();
  });

  it('finds the header below title rows and blank lines, and numbers rows as the file does', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = writeText(dir, 'titled.csv', 'Relatório de vendas\n\nGerado em 05/11/2024\nData;Cliente;Valor\n01/11/2024;C1;10,00\n;;\n02/11/2024;;5,00\n');
    const preview = await previewFile(db, { path });
    expect(preview.headerRow).toBe(4);
    const result = await importFile({ dbPath }, { path });
    expect(result.imported).toBe(1);
    expect(result.firstRejects).toEqual([
      { sheet: null, row: 7, column: 'Cliente', columnIndex: 1, code: 'no-customer', reason: 'Linha sem código de cliente.', message: { code: 'import/reject/no-customer', params: {} }, raw: ['02/11/2024', '', '5,00'] },
    ]);
    db.close();
  });

  it('rejects a Total row and imports the others', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = writeText(dir, 'total.csv', `${PT}01/11/2024;C1;A;10,00;Sul\n02/11/2024;C2;B;(2,50);Sul\n;;Total;7,50;\nSubtotal;C1;;7,50;\n`);
    const result = await importFile({ dbPath }, { path });
    expect(result.imported).toBe(2);
    expect(result.firstRejects.map((r) => [r.row, r.code])).toEqual([
      [4, 'total-row'],
      [5, 'total-row'],
    ]);
    expect(lines(db).map((l) => l.amount_cents)).toEqual([1000, -250]);
    db.close();
  });

  it('rejects unreadable numbers and dates with the row, the column and the reason', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = writeText(dir, 'bad.csv', 'Data;Cliente;Valor;Custo\n01/11/2024;C1;10,00;5,00\n31/02/2024;C2;1,00;\n02/11/2024;C3;dez;\n03/11/2024;C4;12.5;\n04/11/2024;C5;;\n');
    const result = await importFile({ dbPath }, { path });
    expect(result.imported).toBe(1);
    expect(result.firstRejects.map((r) => [r.row, r.column, r.code])).toEqual([
      [3, 'Data', 'bad-date'],
      [4, 'Valor', 'bad-number'],
      [5, 'Valor', 'bad-number'],
      [6, 'Valor', 'no-amount'],
    ]);
    expect(result.firstRejects[1]!.reason).toContain('"dez"');
    expect(count(db, 'import_rejects')).toBe(4);
    db.close();
  });

  it('reads month-first dates when the column proves it', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = writeText(dir, 'us.csv', 'date,customer,amount\n11/01/2024,C1,1\n12/25/2024,C1,2\n');
    await importFile({ dbPath }, { path });
    expect(lines(db).map((l) => l.day)).toEqual([dayOfIso('2024-11-01'), dayOfIso('2024-12-25')]);
    db.close();
  });

  it('reads ambiguous dates month-first only in en-US', async () => {
    const dir = tempDir();
    const text = 'date,customer,amount\n11/01/2024,C1,1\n';
    for (const [locale, expected] of [['en-US', '2024-11-01'], ['en-GB', '2024-01-11'], ['pt-BR', '2024-01-11']] as const) {
      const { dbPath, db } = freshDb(tempDir());
      await importFile({ dbPath }, { path: writeText(dir, `${locale}.csv`, text), locale });
      expect(lines(db)[0]!.day).toBe(dayOfIso(expected));
      db.close();
    }
  });

  it('previews a file with no recognisable columns by its first rows, and refuses to import it without a mapping, naming it', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = writeText(dir, 'random.csv', 'foo;bar;baz\n1;2;3\n');
    const preview = await previewFile(db, { path });
    expect(preview).toMatchObject({ headerRecognised: false, headers: ['foo', 'bar', 'baz'], mapping: {}, missing: ['customer', 'date', 'amount'], columnCount: 3, rows: [] });
    expect(preview.firstRows).toEqual([
      { row: 1, cells: ['foo', 'bar', 'baz'] },
      { row: 2, cells: ['1', '2', '3'] },
    ]);
    await expect(importFile({ dbPath }, { path })).rejects.toMatchObject({ type: 'bad-file', code: 'import/no-columns', message: expect.stringContaining('random.csv') });
    expect(count(db, 'import_batches')).toBe(0);
    db.close();
  });

  it('refuses a file that lacks a required column, naming it', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = writeText(dir, 'nodate.csv', 'cliente;valor\nC1;10\n');
    const preview = await previewFile(db, { path });
    expect(preview.missing).toEqual(['date']);
    await expect(importFile({ dbPath }, { path })).rejects.toMatchObject({ type: 'bad-file', message: expect.stringMatching(/nodate\.csv.*data/) });
    db.close();
  });

  it('refuses an empty file', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    await expect(importFile({ dbPath }, { path: writeText(dir, 'empty.csv', '') })).rejects.toMatchObject({ type: 'bad-file' });
    await expect(importFile({ dbPath }, { path: writeText(dir, 'blank.csv', '\n\n  \n') })).rejects.toMatchObject({ type: 'bad-file' });
    db.close();
  });
});

describe('CSV files saved as "Unicode text"', () => {
  it('reads UTF-16LE with a BOM, tab-separated', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = join(dir, 'unicode.txt');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Data\tCliente\tNome\tValor\r\n01/11/2024\tC1\tJoão\t1.234,56\r\n', 'utf16le')]));
    const preview = await previewFile(db, { path });
    expect(preview).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
    await importFile({ dbPath }, { path });
    expect(lines(db)).toMatchObject([{ code: 'C1', customer_name: 'João', amount_cents: 123456 }]);
    db.close();
  });
});
