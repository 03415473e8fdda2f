// The sheet scanner must give the same rows however the XML is cut into chunks.
import { describe, expect, it } from 'vitest';
import { createSheetScanner } from '../../electron/import/scan-sheet-xml';
import { newChunk } from '../../electron/import/row-chunk';

const XML =
  '<worksheet><sheetData>' +
  '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>Caf&#233; &amp; P&#227;o</t></is></c></row>' +
  '<row r="3" spans="1:3"><c r="A3"><v>45597</v></c><c r="B3" s="2" t="n"><v>-12.5</v></c><c r="C3"><f>SUM(A1)</f><v>7</v></c></row>' +
  '<row r="4"/>' +
  '<row r="5"><c r="B5"><f>SUM(B3)</f></c><c r="C5" t="str"><f>A1</f><v>texto</v></c><c r="D5" t="b"><v>1</v></c><c r="E5" t="e"><v>#N/A</v></c></row>' +
  '</sheetData></worksheet>';

const scanInPieces = (size: number) => {
  const scanner = createSheetScanner({ sharedStrings: ['Cliente'], isDateStyle: () => false, date1904: false });
  const out = newChunk();
  for (let i = 0; i < XML.length; i += size) scanner.push(XML.slice(i, i + size), out);
  return out;
};

describe('the sheet XML scanner', () => {
  it('reads shared and inline strings, numbers, formula results, booleans and errors', () => {
    const out = scanInPieces(XML.length);
    expect(out.numbers).toEqual([1, 3, 5]);
    expect(out.rows).toEqual([
      ['Cliente', null, 'Café & Pão'],
      [45597, -12.5, 7],
      [null, null, 'texto', 'TRUE', '#N/A'],
    ]);
  });

  it('gives the same rows whatever the chunk size', () => {
    const whole = scanInPieces(XML.length);
    for (let size = 1; size <= 40; size++) expect(scanInPieces(size)).toEqual(whole);
  });

  it('shifts 1904-system date serials to the 1900 system', () => {
    const scanner = createSheetScanner({ sharedStrings: [], isDateStyle: (s) => s === 1, date1904: true });
    const out = newChunk();
    scanner.push('<sheetData><row r="1"><c r="A1" s="1"><v>44135</v></c><c r="B1"><v>10</v></c></row></sheetData>', out);
    expect(out.rows).toEqual([[44135 + 1462, 10]]);
  });
});
