// Workbooks: written by exceljs, read back through the streaming import.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { dayOfIso } from '../../shared/domain/calendar';
import { importFile } from '../../electron/import/import-file';
import { previewFile } from '../../electron/import/preview-import';
import { count, freshDb, lines, tempDir, writeWorkbook } from './import-helpers';
import { workbookParts, writeZip } from './raw-xlsx';

const HEADER = ['Data Emissão', 'Cód. Cliente', 'Razão Social', 'Qtde', 'Valor Total'];
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('XLSX files', () => {
  it('reads a title row, real dates and numbers, and rejects a Total row with a SUM formula', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = join(dir, 'vendas.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Vendas');
    ws.addRow(['Relatório de vendas por cliente']);
    ws.addRow(HEADER);
    ws.addRow([d('2024-11-01'), 'C1', 'Padaria Sol', 2, 1234.56]);
    ws.addRow([d('2024-11-02'), 'C2', 'Mercado Lua', 1, -12.5]);
    ws.addRow([]);
    ws.addRow([d('2024-11-03'), 1001, 'Código numérico', 3, 7]);
    ws.addRow(['Total', null, null, { formula: 'SUM(D3:D6)', result: 6 }, { formula: 'SUM(E3:E6)', result: 1229.06 }]);
    for (let r = 3; r <= 6; r++) ws.getCell(`A${r}`).numFmt = 'dd/mm/yyyy';
    await wb.xlsx.writeFile(path);

    const preview = await previewFile(db, { path });
    expect(preview.kind).toBe('xlsx');
    expect(preview.sheets).toEqual([{ name: 'Vendas', index: 1 }]);
    expect(preview.sheet).toBe('Vendas');
    expect(preview.headerRow).toBe(2);
    expect(preview.rows.map((r) => [r.row, r.date, r.customer, r.amount])).toEqual([
      [3, '2024-11-01', 'C1', 1234.56],
      [4, '2024-11-02', 'C2', -12.5],
      [6, '2024-11-03', '1001', 7],
    ]);
    expect(preview.rejects.map((r) => [r.row, r.code])).toEqual([[7, 'total-row']]);

    const result = await importFile({ dbPath }, { path });
    expect(result).toMatchObject({ sheet: 'Vendas', rowsRead: 4, imported: 3, rejected: 1 });
    expect(lines(db).map((l) => [l.code, l.day, l.amount_cents, l.quantity_milli])).toEqual([
      ['C1', dayOfIso('2024-11-01'), 123456, 2000],
      ['C2', dayOfIso('2024-11-02'), -1250, 1000],
      ['1001', dayOfIso('2024-11-03'), 700, 3000],
    ]);
    db.close();
  });

  it('reads formula cells by their cached result', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = await writeWorkbook(dir, 'formulas.xlsx', [
      {
        name: 'Plan1',
        rows: [
          ['Data', 'Cliente', 'Quantidade', 'Preço unitário', 'Valor', 'Nome'],
          [d('2024-11-01'), 'C1', 4, 2.5, { formula: 'C2*D2', result: 10 }, { formula: 'UPPER("ana")', result: 'ANA' }],
          [{ formula: 'A2+1', result: d('2024-11-02') }, 'C1', 1, 3, { formula: 'C3*D3', result: 3 }, 'Ana'],
        ],
      },
    ]);
    await importFile({ dbPath }, { path });
    expect(lines(db).map((l) => [l.day, l.amount_cents, l.customer_name])).toEqual([
      [dayOfIso('2024-11-01'), 1000, 'ANA'],
      [dayOfIso('2024-11-02'), 300, 'Ana'],
    ]);
    db.close();
  });

  it('reads text cells, inline strings and dates written as text', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = await writeWorkbook(dir, 'text.xlsx', [
      {
        name: 'Dados',
        rows: [
          ['Data', 'Cliente', 'Valor'],
          ['01/11/2024', 'C1', 'R$ 1.234,56'],
          ['25/12/2024', 'C2', '(318,50)'],
          ['2024-12-26', '  C3  ', 45],
        ],
      },
    ]);
    await importFile({ dbPath }, { path });
    expect(lines(db).map((l) => [l.code, l.day, l.amount_cents])).toEqual([
      ['C1', dayOfIso('2024-11-01'), 123456],
      ['C2', dayOfIso('2024-12-25'), -31850],
      ['C3', dayOfIso('2024-12-26'), 4500],
    ]);
    db.close();
  });

  it('takes the first sheet with data, lists the sheets, and imports a chosen one', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = await writeWorkbook(dir, 'sheets.xlsx', [
      { name: 'Vazia', rows: [] },
      { name: 'Capa', rows: [['Relatório anual'], ['Empresa X']] },
      { name: '2024', rows: [['Data', 'Cliente', 'Valor'], [d('2024-11-01'), 'C1', 1]] },
      { name: '2025', rows: [['Data', 'Cliente', 'Valor'], [d('2025-01-01'), 'C2', 2], [d('2025-01-02'), 'C3', 3]] },
    ]);
    const preview = await previewFile(db, { path });
    expect(preview.sheet).toBe('2024');
    expect(preview.sheets.map((s) => s.name)).toEqual(['Vazia', 'Capa', '2024', '2025']);
    const chosen = await previewFile(db, { path, sheet: '2025' });
    expect(chosen.rows.map((r) => r.customer)).toEqual(['C2', 'C3']);
    const result = await importFile({ dbPath }, { path, sheet: '2025' });
    expect(result).toMatchObject({ sheet: '2025', imported: 2 });
    await expect(previewFile(db, { path, sheet: 'Nenhuma' })).rejects.toMatchObject({ type: 'bad-file', message: expect.stringContaining('Nenhuma') });
    db.close();
  });

  it('refuses an empty sheet, naming the file', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = await writeWorkbook(dir, 'vazia.xlsx', [{ name: 'Plan1', rows: [] }]);
    await expect(previewFile(db, { path })).rejects.toMatchObject({ type: 'bad-file', message: expect.stringMatching(/vazia\.xlsx.*vazia|vazia.*vazia\.xlsx/) });
    await expect(importFile({ dbPath }, { path })).rejects.toMatchObject({ type: 'bad-file' });
    expect(count(db, 'import_batches')).toBe(0);
    db.close();
  });

  it('previews a sheet with no recognisable columns by its first rows, and refuses to import it without a mapping', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = await writeWorkbook(dir, 'outra.xlsx', [{ name: 'Plan1', rows: [['a', 'b'], [1, 2]] }]);
    expect(await previewFile(db, { path })).toMatchObject({ headerRecognised: false, sheet: 'Plan1', firstRows: [{ row: 1, cells: ['a', 'b'] }, { row: 2, cells: ['1', '2'] }] });
    await expect(importFile({ dbPath }, { path })).rejects.toMatchObject({ type: 'bad-file', message: expect.stringContaining('Nenhuma coluna reconhecida') });
    db.close();
  });

  it('refuses a file named .xlsx that is not a zip', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = join(dir, 'falso.xlsx');
    writeFileSync(path, 'Data;Cliente;Valor\n01/11/2024;C1;10\n');
    await expect(importFile({ dbPath }, { path })).rejects.toMatchObject({ type: 'bad-file', message: expect.stringContaining('falso.xlsx') });
    db.close();
  });

  it('refuses a damaged zip', async () => {
    const dir = tempDir();
    const { db } = freshDb(dir);
    const path = join(dir, 'quebrado.xlsx');
    writeFileSync(path, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    await expect(previewFile(db, { path })).rejects.toMatchObject({ type: 'bad-file', message: expect.stringContaining('quebrado.xlsx') });
    db.close();
  });

  it('refuses a password-protected workbook (an OLE container), saying so', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = join(dir, 'senha.xlsx');
    writeFileSync(path, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
    await expect(importFile({ dbPath }, { path })).rejects.toMatchObject({ type: 'bad-file', message: expect.stringMatching(/senha\.xlsx.*senha/) });
    db.close();
  });
});

describe('XLSX files written by other tools', () => {
  it('names sheets stored before the workbook part and after the shared strings (exceljs alone fails there)', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const header = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>';
    const parts = workbookParts(
      [
        { name: 'Capa', sheetData: '<row r="1"><c r="A1" t="s"><v>3</v></c></row>' },
        { name: 'Vendas 2024', sheetData: `${header}<row r="2"><c r="A2"><v>45597</v></c><c r="B2" t="s"><v>4</v></c><c r="C2"><v>10.5</v></c></row>` },
      ],
      ['Data', 'Cliente', 'Valor', 'Relatório', 'C1'],
    );
    const path = join(dir, 'ordem.xlsx');
    writeZip(path, [parts.contentTypes, parts.rootRels, parts.workbookRels, parts.sheets[0]!, parts.sharedStrings, parts.sheets[1]!, parts.workbook]);
    const preview = await previewFile(db, { path });
    expect(preview.sheets.map((s) => s.name)).toEqual(['Capa', 'Vendas 2024']);
    expect(preview.sheet).toBe('Vendas 2024');
    const result = await importFile({ dbPath }, { path, sheet: 'Vendas 2024' });
    expect(result.imported).toBe(1);
    expect(lines(db)[0]).toMatchObject({ code: 'C1', day: dayOfIso('2024-11-01'), amount_cents: 1050 });
    db.close();
  });

  it('reads prefixed elements, inline strings, cells without references and 1904 dates', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const is = (text: string) => `<x:c t="inlineStr"><x:is><x:t>${text}</x:t></x:is></x:c>`;
    const sheetData = [
      `<x:row>${is('Data')}${is('Cliente')}${is('Nome')}${is('Valor')}</x:row>`,
      `<x:row><x:c t="str"><x:v>2024-11-01</x:v></x:c>${is('C1')}<x:c t="inlineStr"><x:is><x:r><x:t>Silva &amp; </x:t></x:r><x:r><x:t xml:space="preserve">Filhos</x:t></x:r></x:is></x:c><x:c><x:v>5</x:v></x:c></x:row>`,
    ].join('');
    const parts = workbookParts([{ name: 'Dados', sheetData, prefix: 'x' }]);
    const path = join(dir, 'sdk.xlsx');
    writeZip(path, [parts.contentTypes, parts.rootRels, parts.workbook, parts.workbookRels, ...parts.sheets]);
    await importFile({ dbPath }, { path });
    expect(lines(db)).toMatchObject([{ code: 'C1', customer_name: 'Silva & Filhos', day: dayOfIso('2024-11-01'), amount_cents: 500 }]);
    db.close();
  });
});

describe('shared strings read ahead of the sheets', () => {
  it('joins rich text runs, keeps empty items and leaves out phonetic guides', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const header = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>';
    const data = '<row r="2"><c r="A2"><v>45597</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>6</v></c><c r="D2"><v>1</v></c></row>';
    const parts = workbookParts([{ name: 'S', sheetData: header + data }], ['Data', 'Cliente', 'Nome', 'Valor', 'C1']);
    const sst =
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<si><t>Data</t></si><si><t>Cliente</t></si><si><t>Nome</t></si><si><t>Valor</t></si><si><t>C1</t></si><si/>' +
      '<si><r><rPr><b/></rPr><t>Caf&#233; </t></r><r><t xml:space="preserve">&amp; Cia</t></r><rPh sb="0" eb="1"><t>kana</t></rPh></si></sst>';
    const path = join(dir, 'rich.xlsx');
    writeZip(path, [parts.contentTypes, parts.rootRels, parts.workbook, parts.workbookRels, parts.sheets[0]!, ['xl/sharedStrings.xml', sst]]);
    await importFile({ dbPath }, { path });
    expect(lines(db)).toMatchObject([{ code: 'C1', customer_name: 'Café & Cia' }]);
    db.close();
  });
});
