// The CSV tokenizer must give the same records however the text is cut into chunks.
import { describe, expect, it } from 'vitest';
import { createCsvTokenizer, detectDelimiter, detectEncoding } from '../../electron/import/read-csv';
import { newChunk } from '../../electron/import/row-chunk';

const TEXT =
  'Data;Cliente;Nome;Valor\r\n' +
  '01/11/2024;C1;"Silva; Souza";"1.234,56"\r\n' +
  '\r\n' +
  '02/11/2024;C2;"Diz ""oi""\r\nna linha 2";12,50\r\n' +
  '03/11/2024;C3;"";\r\n' +
  '04/11/2024;C4;fim;1';

const tokenize = (size: number) => {
  const tokenizer = createCsvTokenizer({ delimiter: ';', newline: '\n' });
  const out = newChunk();
  for (let i = 0; i < TEXT.length; i += size) tokenizer.push(TEXT.slice(i, i + size), out);
  tokenizer.end(out);
  return out;
};

describe('the CSV tokenizer', () => {
  it('reads quoted fields, doubled quotes, line breaks in quotes and blank lines', () => {
    const out = tokenize(TEXT.length);
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
    const whole = tokenize(TEXT.length);
    for (let size = 1; size <= 50; size++) expect(tokenize(size)).toEqual(whole);
  });

  it('reads old Mac line breaks (CR only)', () => {
    const tokenizer = createCsvTokenizer({ delimiter: ',', newline: '\r' });
    const out = newChunk();
    tokenizer.push('a,b\r1,2\r', out);
    tokenizer.end(out);
    expect(out.rows).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('detects the delimiter from the regularity of its count per line', () => {
    expect(detectDelimiter('Data;Cliente;Valor\n01/11/2024;C1;1,5\n02/11/2024;C2;2,25\n03/11/2024;C3;7\n')).toBe(';');
    expect(detectDelimiter('date,customer,amount\n2024-11-01,C1,"1,5"\n2024-11-02,C2,3\n2024-11-03,C3,4\n')).toBe(',');
    expect(detectDelimiter('data\tcliente\tvalor\n1\t2\t3,5\n4\t5\t6\n7\t8\t9\n')).toBe('\t');
  });

  it('detects the encoding', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('utf-8-bom');
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x61, 0]))).toBe('utf-16le');
    expect(detectEncoding(Buffer.from('São', 'utf8'))).toBe('utf-8');
    expect(detectEncoding(Buffer.from('São', 'latin1'))).toBe('windows-1252');
    expect(detectEncoding(Buffer.from('Sã', 'utf8').subarray(0, 2))).toBe('utf-8'); // a character cut at the end
  });
});
