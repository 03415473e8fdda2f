// The rejected rows of an import of several sheets (SPEC "Import", `allSheets`, decision #133):
// two sheets may each reject their row 3. Before schema 10 a reject was keyed by (batch, row) and
// the second one failed the whole import with a raw SQLite error; now each reject names its sheet,
// they are listed sheet by sheet in workbook order, and the export says which sheet a row is in.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageRejects } from '../../electron/db/import-rejects-table';
import { migrations } from '../../electron/db/migrations/index';
import { migrate, openDatabase } from '../../electron/db/open-database';
import { writeRejectsWorkbook } from '../../electron/export/rejects-workbook';
import { importFile } from '../../electron/import/import-file';
import { readWorkbook } from '../export/read-back';
import { freshDb, tempDir, writeWorkbook } from './import-helpers';

const rows = (day: string, code: string) => [
  ['Cliente', 'Data', 'Valor'],
  [code, day, 10],
  ['', day, 5], // row 3: no customer
  [code, 'ontem', 7], // row 4: unreadable date
];

describe('rejects of several sheets imported as one batch', () => {
  it('keeps each sheet’s rejects, even on the same rows, in workbook order, naming the sheet', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = await writeWorkbook(dir, 'dois-anos.xlsx', [
      { name: '2025', rows: rows('01/11/2025', 'C2') },
      { name: '2024', rows: rows('01/11/2024', 'C1') },
    ]);
    const result = await importFile({ dbPath }, { path, allSheets: true });
    expect(result).toMatchObject({ sheets: ['2025', '2024'], rowsRead: 6, imported: 2, rejected: 4 });
    expect(result.firstRejects.map((r) => [r.sheet, r.row, r.code])).toEqual([
      ['2025', 3, 'no-customer'],
      ['2025', 4, 'bad-date'],
      ['2024', 3, 'no-customer'],
      ['2024', 4, 'bad-date'],
    ]);
    const stored = pageRejects(db, result.batchId!, 0, 10);
    expect(stored.total).toBe(4);
    expect(stored.rows.map((r) => [r.sheet, r.row, r.column])).toEqual([
      ['2025', 3, 'Cliente'],
      ['2025', 4, 'Data'],
      ['2024', 3, 'Cliente'],
      ['2024', 4, 'Data'],
    ]);
    // A page starting mid-way goes on in the same order.
    expect(pageRejects(db, result.batchId!, 2, 1).rows.map((r) => [r.sheet, r.row])).toEqual([['2024', 3]]);

    const target = join(dir, 'rejeitadas.xlsx');
    await writeRejectsWorkbook(db, result.batchId!, target, { locale: 'pt-BR' });
    const sheet = (await readWorkbook(target)).worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Planilha', 'Linha', 'Coluna', 'Motivo', 'Valor 1', 'Valor 2', 'Valor 3']);
    expect([2, 3, 4, 5].map((n) => [sheet.getRow(n).getCell(1).value, sheet.getRow(n).getCell(2).value])).toEqual([
      ['2025', 3],
      ['2025', 4],
      ['2024', 3],
      ['2024', 4],
    ]);
    db.close();
  });

  it('names no sheet for one sheet or a text file (the batch names it)', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = await writeWorkbook(dir, 'um-ano.xlsx', [{ name: '2024', rows: rows('01/11/2024', 'C1') }]);
    const result = await importFile({ dbPath }, { path });
    expect(result.firstRejects.map((r) => [r.sheet, r.row])).toEqual([
      [null, 3],
      [null, 4],
    ]);
    expect(pageRejects(db, result.batchId!, 0, 10).rows.map((r) => [r.sheet, r.row])).toEqual([
      [null, 3],
      [null, 4],
    ]);
    db.close();
  });

  it('keeps the rejects of a workspace made before schema 10, as they were stored', () => {
    const path = join(tempDir(), 'antigo.clave');
    const old = new Database(path);
    migrate(old, migrations.filter((m) => m.version <= 6));
    old.prepare("INSERT INTO import_batches (file_name, content_hash, sheet, mapping_json, locale, rows_read, imported, rejected) VALUES ('v.csv', 'h', NULL, '{}', 'pt-BR', 9, 8, 1)").run();
    old.prepare("INSERT INTO import_rejects (batch_id, row_number, column_name, code, reason, raw_json) VALUES (1, 5, 'coluna C', 'bad-number', 'Número ilegível: \"x\".', '[\"C1\",\"x\"]')").run();
    old.close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(10);
    expect(pageRejects(db, 1, 0, 10).rows).toEqual([
      { sheet: null, row: 5, column: 'coluna C', columnIndex: null, code: 'bad-number', reason: 'Número ilegível: "x".', raw: ['C1', 'x'] },
    ]);
    db.close();
  });
});
