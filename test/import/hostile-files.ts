// Hostile files, generated here (issue #11): zip bombs, absurd cell references, entity
// declarations, damaged and crowded zips, UTF-16, NUL bytes, endless lines and quotes, delimiter
// storms, out-of-range values, formula payloads. Each says what the import must answer: refused
// with a message (its code and a phrase of its pt-BR sentence), or imported with so many rows
// rejected. `scale` makes the large ones larger: 1 in `npm test`, more in the benchmark's long
// check (test/bench/hostile-check.ts), where time and memory are measured.
import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { workbookParts, zipOf, type ZipEntry } from './raw-xlsx';

export type Outcome =
  | { refused: { code: string; says: string } }
  /** Imported: so many lines, so many rejects (by code). */
  | { imported: number; rejected: Partial<Record<string, number>> };

export type HostileFile = { name: string; what: string; outcome: Outcome; write(path: string, scale: number): Promise<void> | void };

const MiB = 1024 * 1024;
const HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>Data</t></is></c><c r="B1" t="inlineStr"><is><t>Cliente</t></is></c><c r="C1" t="inlineStr"><is><t>Valor</t></is></c></row>';
const GOOD_ROW = (r: number) => `<row r="${r}"><c r="A${r}"><v>45597</v></c><c r="B${r}" t="inlineStr"><is><t>C${r}</t></is></c><c r="C${r}"><v>10</v></c></row>`;

/** A workbook of one sheet "Vendas" whose parts are given (the sheet's XML whole, and others to add or replace). */
function workbook(sheetXml: Buffer | string, extra: ZipEntry[] = [], claim?: number): Buffer {
  const parts = workbookParts([{ name: 'Vendas', sheetData: '' }]);
  const base: ZipEntry[] = [parts.contentTypes, parts.rootRels, parts.workbook, parts.workbookRels].map(([name, text]) => ({ name, raw: Buffer.from(text) }));
  const sheet = typeof sheetXml === 'string' ? Buffer.from(sheetXml) : sheetXml;
  return zipOf([...base, { name: 'xl/worksheets/sheet1.xml', raw: sheet, claim }, ...extra]);
}

const sheetOf = (sheetData: string, before = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>${before}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`;

/** Writes `total` bytes made of `piece` repeated, in blocks (a large file without holding it in memory). */
async function writeRepeated(path: string, head: string | Buffer, piece: Buffer, total: number): Promise<void> {
  const out = createWriteStream(path);
  out.write(head);
  const block = Buffer.alloc(Math.min(total, 4 * MiB), piece);
  for (let written = 0; written < total; written += block.length) {
    if (!out.write(block.subarray(0, Math.min(block.length, total - written)))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Digits that do not compress (so that a long attribute is not taken for a zip bomb). */
function digits(n: number): string {
  const out = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out[i] = 48 + (x % 10);
  }
  return out.toString('latin1');
}

const CSV_OK = 'Data;Cliente;Valor\n01/11/2024;C1;10,00\n02/11/2024;C2;20,00\n03/11/2024;C3;30,00\n';

export const HOSTILE_FILES: HostileFile[] = [
  {
    name: 'bomba.xlsx',
    what: 'a zip bomb: a sheet that expands a thousand times',
    outcome: { refused: { code: 'import/zip-bomb', says: 'bomba zip' } },
    write: (path, scale) => writeFileSync(path, workbook(Buffer.alloc(64 * MiB * scale, ' '))),
  },
  {
    name: 'mentirosa.xlsx',
    what: 'a zip whose sheet inflates to far more than it declares',
    outcome: { refused: { code: 'import/damaged-zip', says: 'danificado ou incompleto' } },
    write: (path, scale) => writeFileSync(path, workbook(Buffer.from(sheetOf(HEADER + Array.from({ length: 20_000 * scale }, (_, i) => GOOD_ROW(i + 2)).join(''))), [], 2000)),
  },
  {
    name: 'celula-zzzzzz.xlsx',
    what: 'an absurd cell reference (r="ZZZZZZ2")',
    outcome: { refused: { code: 'import/cell-out-of-sheet', says: 'ZZZZZZ2' } },
    write: (path) => writeFileSync(path, workbook(sheetOf(`${HEADER}<row r="2"><c r="ZZZZZZ2"><v>1</v></c></row>`))),
  },
  {
    name: 'linha-enorme.xlsx',
    what: 'a row number beyond Excel (r="4294967297")',
    outcome: { refused: { code: 'import/cell-out-of-sheet', says: 'fora dos limites' } },
    write: (path) => writeFileSync(path, workbook(sheetOf(`${HEADER}<row r="4294967297"><c r="A4294967297"><v>1</v></c></row>`))),
  },
  {
    name: 'bilhao-de-risadas.xlsx',
    what: 'billion laughs: nested entity declarations',
    outcome: { refused: { code: 'import/xml-declarations', says: 'DOCTYPE' } },
    write: (path) => {
      const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
      writeFileSync(path, workbook(sheetOf(`${HEADER}<row r="2"><c t="inlineStr"><is><t>&l10;</t></is></c></row>`, `<!DOCTYPE worksheet [<!ENTITY l0 "ha">${levels}]>`)));
    },
  },
  {
    name: 'entidade-externa.xlsx',
    what: 'an external entity in the shared strings',
    outcome: { refused: { code: 'import/xml-declarations', says: 'sharedStrings' } },
    write: (path) => {
      const sst = '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&x;</t></si></sst>';
      writeFileSync(path, workbook(sheetOf(`${HEADER}<row r="2"><c t="s"><v>0</v></c></row>`), [{ name: 'xl/sharedStrings.xml', raw: Buffer.from(sst) }]));
    },
  },
  {
    name: 'cortada.xlsx',
    what: 'a workbook cut in half (truncated zip)',
    outcome: { refused: { code: 'import/damaged-zip', says: 'danificado ou incompleto' } },
    write: (path) => {
      const whole = workbook(sheetOf(HEADER + Array.from({ length: 2000 }, (_, i) => GOOD_ROW(i + 2)).join('')));
      writeFileSync(path, whole.subarray(0, whole.length >> 1));
    },
  },
  {
    name: 'muitas-partes.xlsx',
    what: 'a zip of 20,000 entries',
    outcome: { refused: { code: 'import/too-many-entries', says: 'partes internas' } },
    write: (path) => writeFileSync(path, workbook(sheetOf(HEADER + GOOD_ROW(2)), Array.from({ length: 20_000 }, (_, i) => ({ name: `xl/media/x${i}.xml`, raw: Buffer.from('x') })))),
  },
  {
    name: 'zip-qualquer.xlsx',
    what: 'a zip that is not a workbook',
    outcome: { refused: { code: 'import/not-a-workbook', says: 'não uma pasta de trabalho' } },
    write: (path) => writeFileSync(path, zipOf([{ name: 'leia-me.txt', raw: Buffer.from('olá') }])),
  },
  {
    name: 'senha.xlsx',
    what: 'an encrypted workbook (an OLE container)',
    outcome: { refused: { code: 'import/encrypted', says: 'protegido por senha' } },
    write: (path) => writeFileSync(path, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)])),
  },
  {
    name: 'marca-longa.xlsx',
    what: 'a tag of 5 MB (one attribute that never ends)',
    outcome: { refused: { code: 'import/bad-xml', says: 'XML bem formado' } },
    write: (path, scale) => writeFileSync(path, workbook(sheetOf(`${HEADER}<row r="2"><c r="A2" s="${digits(5 * MiB * scale)}"><v>1</v></c></row>`))),
  },
  {
    name: 'aninhada.xlsx',
    what: 'elements nested 100,000 deep and no row',
    outcome: { refused: { code: 'import/sheet-empty', says: 'está vazia' } },
    write: (path, scale) => writeFileSync(path, workbook(sheetOf('<x>'.repeat(100_000 * scale) + '</x>'.repeat(100_000 * scale)))),
  },
  {
    name: 'utf16-bom.csv',
    what: 'UTF-16LE with a BOM',
    outcome: { imported: 3, rejected: {} },
    write: (path) => writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV_OK, 'utf16le')])),
  },
  {
    name: 'utf16-sem-bom.csv',
    what: 'UTF-16LE without a BOM',
    outcome: { imported: 3, rejected: {} },
    write: (path) => writeFileSync(path, Buffer.from(CSV_OK, 'utf16le')),
  },
  {
    name: 'utf16be-bom.csv',
    what: 'UTF-16BE with a BOM',
    outcome: { imported: 3, rejected: {} },
    write: (path) => writeFileSync(path, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(CSV_OK, 'utf16le').swap16()])),
  },
  {
    name: 'nulos.csv',
    what: 'NUL bytes in the third row',
    outcome: { refused: { code: 'import/binary-text', says: 'bytes nulos (linha 3)' } },
    write: (path) => writeFileSync(path, Buffer.concat([Buffer.from('Data;Cliente;Valor\n01/11/2024;C1;10,00\n02/11/2024;C'), Buffer.alloc(1000), Buffer.from(';1,00\n'.repeat(70_000))])),
  },
  {
    name: 'so-nulos.csv',
    what: '10 MB of NUL bytes',
    outcome: { refused: { code: 'import/binary-text', says: 'bytes nulos (linha 1)' } },
    write: (path, scale) => writeRepeated(path, '', Buffer.from([0]), 10 * MiB * scale),
  },
  {
    name: 'linha-de-100mb.csv',
    what: 'a line of 100 MB',
    outcome: { refused: { code: 'import/line-too-long', says: 'A linha 2' } },
    write: (path, scale) => writeRepeated(path, 'Data;Cliente;Valor\n', Buffer.from('x'), 100 * MiB * scale),
  },
  {
    name: 'aspa-aberta.csv',
    what: 'a quote never closed, 10 MB before the end',
    outcome: { refused: { code: 'import/cell-too-long', says: 'abre aspas' } },
    write: (path, scale) => writeRepeated(path, 'Data;Cliente;Valor\n01/11/2024;"C1;10,00\n', Buffer.from('02/11/2024;C2;1,00\n'), 10 * MiB * scale),
  },
  {
    name: 'tempestade.csv',
    what: '10 MB of delimiters',
    outcome: { refused: { code: 'import/too-many-columns', says: 'mais de 16.384 colunas' } },
    write: (path, scale) => writeRepeated(path, 'Data;Cliente;Valor\n', Buffer.from(';'), 10 * MiB * scale),
  },
  {
    name: 'cabecalho-largo.csv',
    what: 'a header of 200,000 columns',
    outcome: { refused: { code: 'import/too-many-columns', says: 'A linha 1' } },
    write: (path, scale) => writeFileSync(path, `${Array.from({ length: 200_000 * scale }, (_, i) => `coluna${i}`).join(';')}\n1;2;3\n`),
  },
  {
    name: 'fora-do-intervalo.csv',
    what: 'amounts beyond 2^53 − 1 cents, dates before 1900 and after 2099',
    outcome: { imported: 2, rejected: { 'bad-number': 4, 'bad-date': 4 } },
    write: (path) =>
      writeFileSync(
        path,
        [
          'Data;Cliente;Valor;Custo',
          '01/11/2024;C1;10,00;',
          '01/11/2024;C2;100.000.000.000.000,00;', // 10^19 cents
          '01/11/2024;C3;1' + '0'.repeat(400) + ';', // Infinity as a float
          '01/11/2024;C4;10,00;99.999.999.999.999.999,00', // the cost
          '01/11/2024;C5;90.071.992.547.409,92;', // 2^53 cents
          '31/12/1899;C6;1,00;',
          '01/01/2100;C7;1,00;',
          '9999-12-31;C8;1,00;',
          '00000000;C9;1,00;',
          '31/12/2099;C10;90.071.992.547.409,91;', // the last day and the largest amount that can be read
        ].join('\n') + '\n',
      ),
  },
  {
    name: 'fora-do-intervalo.xlsx',
    what: 'a workbook with Excel numbers too large and dates out of range',
    outcome: { imported: 1, rejected: { 'bad-number': 2, 'bad-date': 2 } },
    write: (path) => {
      const row = (r: number, date: string, amount: string) => `<row r="${r}"><c r="A${r}"><v>${date}</v></c><c r="B${r}" t="inlineStr"><is><t>C${r}</t></is></c><c r="C${r}"><v>${amount}</v></c></row>`;
      writeFileSync(path, workbook(sheetOf(HEADER + row(2, '45597', '10') + row(3, '45597', '1E+300') + row(4, '45597', '9.2E+13') + row(5, '2958465', '1') + row(6, '0.5', '1'))));
    },
  },
  {
    name: 'formulas.csv',
    what: 'formula payloads in texts',
    outcome: { imported: 4, rejected: {} },
    write: (path) => writeFileSync(path, `Data;Cliente;Nome;Valor\n01/11/2024;C1;=cmd|' /C calc'!A0;1,00\n01/11/2024;C2;"=HYPERLINK(""http://x"",""y"")";1,00\n01/11/2024;C3;@SUM(1+1);1,00\n01/11/2024;C4;+1+1;1,00\n`),
  },
  {
    name: 'formulas.xlsx',
    what: 'formula cells: read by their cached value only, never their formula',
    outcome: { imported: 1, rejected: { 'no-customer': 1 } },
    write: (path) =>
      writeFileSync(
        path,
        workbook(
          sheetOf(
            HEADER +
              '<row r="2"><c r="A2"><v>45597</v></c><c r="B2" t="str"><f>WEBSERVICE("http://x")</f><v>C1</v></c><c r="C2"><f>1/0</f><v>10</v></c></row>' +
              '<row r="3"><c r="A3"><v>45597</v></c><c r="B3"><f>HYPERLINK("http://x")</f></c><c r="C3"><v>10</v></c></row>',
          ),
        ),
      ),
  },
];

/** Writes the hostile file into `dir`; its path. */
export async function writeHostile(file: HostileFile, dir: string, scale = 1): Promise<string> {
  const path = join(dir, file.name);
  await file.write(path, scale);
  return path;
}
