// A workbook's sheets read by our own scanner: cells of every type, dates by their style, the 1904
// system, XML that is odd but valid (comments, CDATA, `>` in attributes, prefixes), and what is
// refused (entity declarations, references beyond Excel's sheet).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkbook, sheetRows } from '../../electron/import/read-xlsx';
import { tempDir } from './import-helpers';
import { workbookParts, writeZip } from './raw-xlsx';

async function rowsOf(sheetData: string, o: { strings?: string[]; date1904?: boolean; styles?: { numFmtId: number; formatCode?: string }[] } = {}) {
  const parts = workbookParts([{ name: 'S', sheetData }], o.strings ?? [], o.date1904, o.styles ?? []);
  const path = join(tempDir(), 'w.xlsx');
  writeZip(path, [parts.contentTypes, parts.rootRels, parts.workbook, parts.workbookRels, parts.styles, parts.sharedStrings, ...parts.sheets]);
  const wb = await openWorkbook(path, 'w.xlsx');
  try {
    const rows: unknown[][] = [];
    const numbers: number[] = [];
    for await (const chunk of sheetRows(wb, 'S')) {
      rows.push(...chunk.rows);
      numbers.push(...chunk.numbers);
    }
    return { rows, numbers };
  } finally {
    wb.zip.close();
  }
}

describe('the sheet scanner', () => {
  it('reads shared and inline strings, numbers, formula results, booleans and errors', async () => {
    const { rows, numbers } = await rowsOf(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>Caf&#233; &amp; P&#227;o</t></is></c></row>' +
        '<row r="3" spans="1:3"><c r="A3"><v>45597</v></c><c r="B3" s="0" t="n"><v>-12.5</v></c><c r="C3"><f>SUM(A1)</f><v>7</v></c></row>' +
        '<row r="4"/>' +
        '<row r="5"><c r="B5"><f>SUM(B3)</f></c><c r="C5" t="str"><f>A1</f><v>texto</v></c><c r="D5" t="b"><v>1</v></c><c r="E5" t="e"><v>#N/A</v></c><c r="F5"><v>1.5E3</v></c></row>',
      { strings: ['Cliente'] },
    );
    expect(numbers).toEqual([1, 3, 5]);
    expect(rows).toEqual([
      ['Cliente', null, 'Café & Pão'],
      [45597, -12.5, 7],
      [null, null, 'texto', 'TRUE', '#N/A', 1500],
    ]);
  });

  it('reads a number whose style shows a date as that date, and shifts the 1904 system', async () => {
    const styles = [{ numFmtId: 0 }, { numFmtId: 14 }, { numFmtId: 164, formatCode: 'dd/mm/yyyy hh:mm' }, { numFmtId: 165, formatCode: '"R$" #,##0.00' }];
    const sheet = '<row r="1"><c r="A1" s="1"><v>45597</v></c><c r="B1" s="2"><v>45597.75</v></c><c r="C1" s="3"><v>45597</v></c><c r="D1" s="0"><v>12417</v></c></row>';
    expect((await rowsOf(sheet, { styles })).rows).toEqual([['2024-11-01', '2024-11-01', 45597, 12417]]);
    expect((await rowsOf(sheet, { styles, date1904: true })).rows[0]![0]).toBe('2028-11-02');
  });

  it('reads comments, processing instructions, CDATA, ">" inside attributes, prefixes and cells without references', async () => {
    const { rows } = await rowsOf(
      '<!-- a > comment --><?pi a > b?><row r="1" x:note="a>b"><c t="inlineStr"><is><t><![CDATA[<b>&amp;]]></t></is></c><c><v>2</v></c><c t="inlineStr"><is><r><t>A </t></r><r><t>B</t></r><rPh><t>kana</t></rPh></is></c></row>',
    );
    expect(rows).toEqual([['<b>&amp;', 2, 'A B']]);
  });

  it('never expands an entity: a DOCTYPE refuses the workbook', async () => {
    const laughs = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    await expect(rowsOf(`${laughs}<row r="1"><c t="inlineStr"><is><t>&b;</t></is></c></row>`)).rejects.toMatchObject({ code: 'import/xml-declarations' });
  });

  it('keeps an unknown entity as it is written, and an impossible character reference as U+FFFD', async () => {
    const { rows } = await rowsOf('<row r="1"><c t="inlineStr"><is><t>&foo; &#0; &#x110000; &#65;</t></is></c></row>');
    expect(rows).toEqual([['&foo; \ufffd \ufffd A']]);
  });

  it('refuses a cell reference beyond the last column or row', async () => {
    await expect(rowsOf('<row r="2"><c r="ZZZZZZ2"><v>1</v></c></row>')).rejects.toMatchObject({ code: 'import/cell-out-of-sheet', params: expect.objectContaining({ ref: 'ZZZZZZ2' }) });
    await expect(rowsOf('<row r="2"><c r="XFE2"><v>1</v></c></row>')).rejects.toMatchObject({ code: 'import/cell-out-of-sheet' });
    await expect(rowsOf('<row r="1048577"><c r="A1048577"><v>1</v></c></row>')).rejects.toMatchObject({ code: 'import/cell-out-of-sheet' });
    expect((await rowsOf('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')).rows[0]).toHaveLength(16_384);
  });
});
