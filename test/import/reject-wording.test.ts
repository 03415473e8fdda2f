// A rejected row's column and reason in the reader's language (issue #10, decision #131): stored
// with the column's position and the reason's message code, so that the rejects export (and the
// screens, through the same shared/format/reject-text.ts) word "column C" and the value quoted in
// English, "coluna C" in Portuguese; a reject stored before schema 10 is worded by its code.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRejectWriter, pageRejects } from '../../electron/db/import-rejects-table';
import { writeRejectsWorkbook } from '../../electron/export/rejects-workbook';
import { importFile } from '../../electron/import/import-file';
import { readWorkbook } from '../export/read-back';
import { freshDb, tempDir, writeText } from './import-helpers';

/** The rejects sheet's rows after the title: [row, column, reason]. */
async function exported(path: string): Promise<unknown[][]> {
  const wb = await readWorkbook(path);
  const sheet = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]);
  });
  return rows;
}

describe('rejected rows in the reader’s language', () => {
  it('names a column without a header by its letter, and quotes the value, in each language', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    // Column C has no header; row 3 has no customer.
    const path = writeText(dir, 'sem-titulo.csv', 'Data;Cliente;\n01/11/2024;C1;abc\n02/11/2024;;10,00\n03/11/2024;C2;5,00\n');
    const result = await importFile({ dbPath }, { path, mapping: { date: 0, customer: 1, amount: 2 } });
    expect(result).toMatchObject({ imported: 1, rejected: 2 });
    const stored = pageRejects(db, result.batchId!, 0, 10).rows;
    expect(stored.map((r) => [r.row, r.column, r.columnIndex, r.message?.code])).toEqual([
      [2, null, 2, 'import/reject/bad-number'],
      [3, 'Cliente', 1, 'import/reject/no-customer'],
    ]);

    const target = (lang: string) => join(dir, `rejeitadas-${lang}.xlsx`);
    await writeRejectsWorkbook(db, result.batchId!, target('pt'), { locale: 'pt-BR' });
    expect(await exported(target('pt'))).toEqual([
      [2, 'coluna C', 'Número ilegível: "abc" (nesta coluna o separador decimal é a vírgula).'],
      [3, 'Cliente', 'Linha sem código de cliente.'],
    ]);
    await writeRejectsWorkbook(db, result.batchId!, target('en'), { locale: 'en' });
    expect(await exported(target('en'))).toEqual([
      [2, 'column C', 'Unreadable number: "abc" (the decimal separator in this column is the comma).'],
      [3, 'Cliente', 'A row without a customer code.'],
    ]);
    await writeRejectsWorkbook(db, result.batchId!, target('es'), { locale: 'es' });
    expect((await exported(target('es')))[0]).toEqual([2, 'columna C', 'Número ilegible: "abc" (en esta columna el separador decimal es la coma).']);
    db.close();
  });

  it('words a reject stored before schema 10 by its code, and shows its column as stored', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const path = writeText(dir, 'ok.csv', 'Data;Cliente;Valor\n01/11/2024;C1;1,00\n');
    const { batchId } = await importFile({ dbPath }, { path });
    // As schema 6 stored it: a pt-BR column name and sentence, no position, no message.
    createRejectWriter(db, batchId!).add({ sheet: null, row: 9, column: 'coluna C', columnIndex: null, code: 'bad-date', reason: 'Data ilegível: "31/02".', raw: ['C1', '31/02'] }, 0);
    expect(pageRejects(db, batchId!, 0, 10).rows[0]).not.toHaveProperty('message');
    await writeRejectsWorkbook(db, batchId!, join(dir, 'en.xlsx'), { locale: 'en' });
    expect(await exported(join(dir, 'en.xlsx'))).toEqual([[9, 'coluna C', 'Unreadable date']]);
    await writeRejectsWorkbook(db, batchId!, join(dir, 'pt.xlsx'), { locale: 'pt-BR' });
    expect(await exported(join(dir, 'pt.xlsx'))).toEqual([[9, 'coluna C', 'Data ilegível: "31/02".']]);
    db.close();
  });
});
