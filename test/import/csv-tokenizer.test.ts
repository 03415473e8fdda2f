// The CSV tokenizer must give the same records however the text is cut into chunks, in time linear
// in its size; the dialect (delimiter, line breaks) and encoding are decided from the beginning.
import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectDialect, type CsvDialect } from '../../electron/import/csv-dialect';
import { createCsvTokenizer } from '../../electron/import/csv-tokenizer';
import { newChunk } from '../../electron/import/row-chunk';
import { detectEncoding } from '../../electron/import/text-encoding';

const TEXT =
  'Data;Cliente;Nome;Valor\r\n' +
  '01/11/2024;C1;"Silva; Souza";"1.234,56"\r\n' +
  '\r\n' +
  '02/11/2024;C2;"Diz ""oi""\r\nna linha 2";12,50\r\n' +
  '03/11/2024;C3;"";\r\n' +
  '04/11/2024;C4;fim;1';

const tokenize = (text: string, size: number, dialect: CsvDialect = { delimiter: ';', newline: '\n' }) => {
  const tokenizer = createCsvTokenizer(dialect, 'f.csv');
  const out = newChunk();
  for (let i = 0; i < text.length; i += size) tokenizer.push(text.slice(i, i + size), out);
  tokenizer.end(out);
  return out;
};

describe('the CSV tokenizer', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes and blank lines', () => {
    const out = tokenize(TEXT, TEXT.length);
    expect(out.numbers).toEqual([1, 2, 4, 5, 6]);
    expect(out.rows).toEqual([
      ['Data', 'Cliente', 'Nome', 'Valor'],
      ['01/11/2024', 'C1', 'Silva; Souza', '1.234,56'],
      ['02/11/2024', 'C2', 'Diz "oi"\r\nna linha 2', '12,50'],
      ['03/11/2024', 'C3', '', ''],
      ['04/11/2024', 'C4', 'fim', '1'],
    ]);
  });

  it('gives the same records whatever the chunk size', () => {
    const whole = tokenize(TEXT, TEXT.length);
    for (let size = 1; size <= 50; size++) expect(tokenize(TEXT, size)).toEqual(whole);
  });

  it('reads old Mac line breaks (CR only)', () => {
    expect(tokenize('a,b\r1,2\r', 3, { delimiter: ',', newline: '\r' }).rows).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('reads columns separated by runs of spaces, leading and trailing ones ignored, quotes kept together', () => {
    const text = 'customer_id date number_of_cds dollar_value\n   00001 19970101  1   11.77  \r\n00002   19970112 2 "89 .00"\n\n';
    const whole = tokenize(text, text.length, { delimiter: ' ', newline: '\n' });
    expect(whole.rows).toEqual([
      ['customer_id', 'date', 'number_of_cds', 'dollar_value'],
      ['00001', '19970101', '1', '11.77'],
      ['00002', '19970112', '2', '89 .00'],
    ]);
    for (let size = 1; size <= 20; size++) expect(tokenize(text, size, { delimiter: ' ', newline: '\n' })).toEqual(whole);
  });

  it('reads a "|" file', () => {
    expect(tokenize('a|b|c\n1|2|3\n', 4, { delimiter: '|', newline: '\n' }).rows).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
  });

  it('keeps a field after its closing quote, and takes the rest of the file into a quote never closed', () => {
    expect(tokenize('"a"b;c\n"open;x\ny', 3).rows).toEqual([['ab', 'c'], ['open;x\ny']]);
  });

  it('refuses a row wider than Excel, a quote never closed, a line that never ends, and a NUL, naming the row', () => {
    expect(() => tokenize(`a;b\n${';'.repeat(20_000)}\n`, 1000)).toThrow(expect.objectContaining({ code: 'import/too-many-columns', params: expect.objectContaining({ row: 2 }) }));
    expect(() => tokenize(`a;b\n"${'x'.repeat(40_000)}`, 1000)).toThrow(expect.objectContaining({ code: 'import/cell-too-long', params: expect.objectContaining({ row: 2, column: 'A' }) }));
    for (const size of [1000, 100_000]) expect(() => tokenize(`a;b\n${'x'.repeat(40_000)};1\n`, size)).toThrow(expect.objectContaining({ code: 'import/line-too-long', params: expect.objectContaining({ row: 2 }) }));
    expect(() => tokenize('a;b\n1;2\n3\u00004;5\n', 2)).toThrow(expect.objectContaining({ code: 'import/binary-text', params: expect.objectContaining({ row: 3 }) }));
  });

  it('reads a field that spans many chunks whole', () => {
    const text = `"${'y'.repeat(30_000)}";1\n`;
    expect(tokenize(text, 7).rows).toEqual([['y'.repeat(30_000), '1']]);
  });
});

describe('the dialect and the encoding', () => {
  it('detects the delimiter from the regularity of its count per line', () => {
    expect(detectDelimiter('Data;Cliente;Valor\n01/11/2024;C1;1,5\n02/11/2024;C2;2,25\n03/11/2024;C3;7\n')).toBe(';');
    expect(detectDelimiter('date,customer,amount\n2024-11-01,C1,"1,5"\n2024-11-02,C2,3\n2024-11-03,C3,4\n')).toBe(',');
    expect(detectDelimiter('data\tcliente\tvalor\n1\t2\t3,5\n4\t5\t6\n7\t8\t9\n')).toBe('\t');
    expect(detectDelimiter('data|cliente|valor\n1|Ana Maria|3,5\n4|Bia|6\n7|Caio|9\n')).toBe('|');
    expect(detectDelimiter('customer_id date number_of_cds dollar_value\n00001 19970101 1 11.77\n00002 19970112 2 89.00\n')).toBe(' ');
    expect(detectDelimiter('   00001 19970101  1   11,77\n   00002 19970112  2   89,00\n   00003 19970113  1    9,99\n')).toBe(' ');
    expect(detectDialect('a;b\r\nc;d\r\n').newline).toBe('\n');
  });

  it('detects the encoding, and refuses zero bytes that are not UTF-16', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8-bom');
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x61, 0]))).toBe('utf-16le');
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0, 0x61]))).toBe('utf-16be');
    expect(detectEncoding(Buffer.from('data;cliente\n01/11/2024;C1\n', 'utf16le'))).toBe('utf-16le');
    expect(detectEncoding(Buffer.from('data;cliente\n01/11/2024;C1\n', 'utf16le').swap16())).toBe('utf-16be');
    expect(detectEncoding(Buffer.from('São', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('São', 'latin1'))).toBe('windows-1252');
    expect(detectEncoding(Buffer.from('Sã', 'utf8').subarray(0, 2))).toBe('utf-8'); // a character cut at the end
    expect(detectEncoding(Buffer.concat([Buffer.from('a;b\n'), Buffer.alloc(100)]))).toBeNull();
  });
});
