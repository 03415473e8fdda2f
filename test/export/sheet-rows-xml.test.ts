// A table sheet's rows written as XML of our own (sheet-rows-xml.ts) must read back exactly as
// the same rows written through exceljs's row objects: values, number formats, fills, fonts,
// and hostile text that stays text.
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excelFormats } from '../../shared/format/excel-formats';
import { formatSettings } from '../../shared/format/format-settings';
import type { ColumnKind, TableColumn } from '../../shared/format/customer-columns';
import { streamWorkbook } from '../../electron/export/stream-workbook';
import { writeTableSheet } from '../../electron/export/table-sheet';
import { styleBook } from '../../electron/export/workbook-styles';
import { rawSheetAccess, xmlText } from '../../electron/export/sheet-rows-xml';
import { columnLetter } from '../../shared/format/column-letter';
import { HOSTILE_NAMES, openWorkspace } from './export-fixture';
import { readWorkbook } from './read-back';

type Row = { text: string | null; money: number | null; day: number | null; share: number; abc: string; qty: number };

const ROWS: Row[] = [
  ...HOSTILE_NAMES.map((text, i) => ({ text, money: i * 12345 - 500, day: 20_000 + i, share: i / 7, abc: 'ABC'[i % 3]!, qty: i * 1500 })),
  { text: 'Tom & Jerry <Ltda> "aspas" \'simples\'', money: null, day: null, share: 0, abc: 'new', qty: 0 },
  { text: 'controle\u0001\u0008fim\u007f', money: 0, day: 0, share: 1, abc: 'X', qty: 1 },
  { text: null, money: 999_999_999_99, day: 73_000, share: 0.123456789, abc: 'Z', qty: 1234567 },
  { text: '  espaços  ', money: -1, day: -1, share: -0.5, abc: 'Y', qty: -1000 },
];

const col = (key: keyof Row, kind: ColumnKind): TableColumn<Row> => ({ key, title: key, kind, width: 10, value: (r) => r[key] });
const COLUMNS = [col('text', 'text'), col('money', 'money'), col('day', 'date'), col('share', 'percent'), col('abc', 'class'), col('qty', 'quantity')];

async function write(path: string, throughExceljsRows: boolean) {
  const { loc, labels } = formatSettings('pt-BR');
  const styles = styleBook(excelFormats(loc));
  await streamWorkbook(path, (wb) => writeTableSheet(wb, 'Tabela', COLUMNS, ROWS, styles, labels, { freezeColumns: 1, autoFilter: true, throughExceljsRows }));
  return readWorkbook(path);
}

const cells = (wb: ExcelJS.Workbook) => {
  const out: unknown[] = [];
  wb.worksheets[0]!.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => out.push([c.address, c.value, c.type, c.numFmt, JSON.stringify(c.fill), JSON.stringify(c.font), JSON.stringify(c.alignment)])),
  );
  return out;
};

describe('table rows as XML of our own', () => {
  it('read back as the rows written through exceljs, cell by cell', async () => {
    const ws = openWorkspace();
    const ours = await write(join(ws.dir, 'xml.xlsx'), false);
    const theirs = await write(join(ws.dir, 'exceljs.xlsx'), true);
    expect(cells(ours)).toEqual(cells(theirs));
    const sheet = ours.worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe(HOSTILE_NAMES[0]); // text, not a formula
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.autoFilter).toEqual(theirs.worksheets[0]!.autoFilter);
    expect(sheet.views).toEqual(theirs.worksheets[0]!.views);
    ws.db.close();
  });

  it("finds exceljs's sheet stream and style table (else the export falls back to its slower rows)", async () => {
    const ws = openWorkspace();
    let found: unknown = null;
    await streamWorkbook(join(ws.dir, 'acesso.xlsx'), async (wb) => {
      const sheet = wb.addWorksheet('A');
      sheet.addRow(['cabeçalho']).commit();
      found = rawSheetAccess(wb, sheet);
      sheet.commit();
    });
    expect(found).not.toBeNull();
    ws.db.close();
  });

  it('names columns and escapes text as exceljs does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(xmlText('a<b>&"\'\u0001\u000b\t\n\r\u007f')).toBe('a&lt;b&gt;&amp;&quot;&apos;\t\n\r');
  });
});
