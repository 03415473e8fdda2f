// A CSV without quotes is read from its bytes (parse-csv-bytes.ts, parse-row-bytes.ts), and that
// must give exactly what the general reader gives: the same lines, texts, customers, rejects with
// their row numbers and reasons, format evidence and row count, whole or in two parts. Each file
// here mixes what an ERP export can hold: totals, blank and short rows, padded and accented
// texts, every number and date shape, bad values, and (in some) a quote part-way down.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLines, type ParseJob } from '../../electron/import/parse-lines';
import { openTable } from '../../electron/import/open-table';
import type { LineBatch } from '../../electron/import/line-batch';
import { decimalEvidence, decimalEvidenceBytes, parseNumberText } from '../../shared/import/parse-number';
import { OTHER_SHAPE, parseNumberBytes } from '../../shared/import/parse-number-bytes';
import { BR_HEADER, seededRandom } from '../../shared/sample/generate-sales';
import { tempDir } from './import-helpers';

const NUMBERS = ['1.234,56', '12,5', '-3,00', '(1.234,56)', 'R$ 1.234,56', '1 234,56', '\u00a01,00', '12.5', '', 'abc', ',5', '-,5', '1.234', '1234', '+5', '5-', ' 7,25 ', '0,10', '10', '1.234.567,89', '12,345'];
const DATES = ['02/03/2026', '2/3/26', '2026-03-02', ' 02/03/2026 ', '32/13/2026', '', '20260302', '45000', '02/03/2026 10:00', '15/11/2025', '01/01/2026'];
const NAMES = ['Hotel Nova Era', 'Ótica São João', 'Supermercado Sol', 'Total Distribuidora', '  Grupo Andrade  ', 'Subtotal', 'TOTAL GERAL', 'Ação & Cia', 'Sorveteria', 'Tânia Souza ME', 'Gás Bom', ''];
const WORDS = ['Arroz 5kg', 'Feijão 1kg', 'Café', ' Açúcar ', 'Sul', 'Sudeste', 'Varejo', 'Atacado', 'Carla Dias', 'José', ''];

type Options = {
  seed: number;
  rows: number;
  utf8: boolean;
  crlf: boolean;
  /** A row with doubled quotes there (the byte reader stops: the general reader from it on). */
  quoteAt?: number;
  delimiter?: ';' | ',';
  bom?: true;
  /** Fields in quotes: every one (an ERP export), or some; with the odd quoting a file can hold. */
  quoting?: 'all' | 'some';
  /** A quoted field with a line break in it there. */
  lineBreakAt?: number;
};

/** A sales file as text: mostly ordinary lines in runs of one order, and every odd kind of row. */
function salesText(o: Options): string {
  const r = seededRandom(o.seed);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(r() * list.length)]!;
  const d = o.delimiter ?? ';';
  const quote = (f: string) => `"${f}"`;
  const join = (fields: string[]) =>
    o.quoting === 'all' ? fields.map(quote).join(d) : o.quoting === 'some' ? fields.map((f) => (r() < 0.3 ? quote(f) : f)).join(d) : fields.join(d);
  const lines = ['Relatório de vendas', '', join(BR_HEADER)];
  const extra = o.utf8 ? ['\u2212' + '5,00', '€ 5,00', '5,00\u202f'] : [];
  let order = 0;
  let date = '02/03/2026';
  let customer = 'C1';
  let name = 'Hotel Nova Era';
  while (lines.length < o.rows) {
    if (o.quoteAt !== undefined && lines.length === o.quoteAt) lines.push(['03/03/2026', 'P-Q', 'C7', '"Bar ""do Zé""; Ltda"', 'Ana', 'Café', '1', '2,00', '2,00', '1,00', 'Varejo', 'Sul'].join(d));
    if (o.lineBreakAt !== undefined && lines.length === o.lineBreakAt) lines.push(['03/03/2026', 'P-L', 'C8', '"Loja\nCentro"', 'Ana', 'Café', '1', '2,00', '2,00', '1,00', 'Varejo', 'Sul'].join(d));
    if (o.quoting && r() < 0.01) {
      // Quoting a reader must get right: a delimiter or nothing inside the quotes, a quote inside
      // an unquoted field, a space before the opening quote.
      lines.push(['04/03/2026', 'P-O', `C${Math.floor(r() * 300)}`, pick([`"Nome${d} Ltda"`, '""', 'Bar "Zé"', ' "Padaria"', '"Café"']), 'Ana', '""', '1', '2,00', '"3,00"', '', 'Varejo', 'Sul'].join(d));
      continue;
    }
    const kind = r();
    if (kind < 0.02) {
      lines.push(pick(['', d.repeat(11), `  ${d}  ${d}`, '\u00a0' + d]));
      continue;
    }
    if (kind < 0.03) {
      lines.push(['', '', pick(['Total', 'Subtotal', 'TOTAL GERAL:', 'total']), '', '', '', '', '', '1.234,00'].join(d));
      continue;
    }
    if (kind < 0.035) {
      lines.push(['01/02/2026', 'P1', 'C1'].join(d)); // short: no amount
      continue;
    }
    if (kind < 0.037) {
      lines.push(join(Array.from({ length: 600 }, (_, i) => (i === 0 ? '05/05/2026' : i === 2 ? 'C600' : i === 8 ? '1,00' : 'x')))); // many fields
      continue;
    }
    if (r() < 0.4) {
      order++;
      date = r() < 0.9 ? pick(DATES.slice(9)) : pick(DATES);
      customer = r() < 0.9 ? `C${Math.floor(r() * 300)}` : pick(['', ' C5 ', 'C5', 'c5', '\u00a0C6', 'Total', 'S1', 'Grupo']);
      name = pick(NAMES);
    }
    const number = () => (r() < 0.85 ? `${Math.floor(r() * 900) + 1},${String(Math.floor(r() * 100)).padStart(2, '0')}` : pick([...NUMBERS, ...extra]));
    const orderId = r() < 0.95 ? `PED-${order}` : pick(['', ' PED-1 ', 'PED-1']);
    const row = [date, orderId, customer, name, pick(WORDS), pick(WORDS), number(), number(), r() < 0.97 ? number() : '', number(), pick(WORDS), pick(WORDS)];
    if (r() < 0.01) row.length = 9; // no cost, segment, region
    if (r() < 0.01) row.push('a', 'b'); // more fields than the header
    if (o.utf8 && r() < 0.005) row[3] = '\ufeffMarca';
    lines.push(join(row));
  }
  return lines.join(o.crlf ? '\r\n' : '\n') + (o.seed % 2 === 0 ? (o.crlf ? '\r\n' : '\n') : '');
}

function writeSales(o: Options): string {
  const path = join(tempDir(), `vendas-${o.seed}.csv`);
  const text = salesText(o);
  writeFileSync(path, Buffer.concat([Buffer.from(o.bom ? [0xef, 0xbb, 0xbf] : []), o.utf8 ? Buffer.from(text, 'utf8') : Buffer.from(text, 'latin1')]));
  return path;
}

/** Everything a parse gives, in order. */
async function parse(job: ParseJob) {
  const batches: LineBatch[] = [];
  const lines = parseLines(job, () => {});
  for (;;) {
    const next = await lines.next();
    if (next.done) return { batches, end: next.value };
    batches.push(next.value);
  }
}

async function jobFor(path: string): Promise<ParseJob> {
  const table = await openTable({ path, fileName: 'vendas.csv', kind: 'csv', mappingGiven: false });
  await table.close();
  return { path, fileName: 'vendas.csv', kind: 'csv', encoding: table.dialect!.encoding, mappingGiven: false, mapping: table.detected, locale: 'pt-BR' };
}

/** The byte after the first line break past the middle (file-parts.ts). */
function middleOf(path: string): number {
  const bytes = readFileSync(path);
  return bytes.indexOf(10, Math.floor(bytes.length / 2)) + 1;
}

async function bothWays(job: ParseJob) {
  const [general, bytes] = await Promise.all([parse({ ...job, fromBytes: false }), parse({ ...job, fromBytes: true })]);
  return { general, bytes };
}

const FILES: Options[] = [
  { seed: 1, rows: 12_000, utf8: false, crlf: true },
  { seed: 2, rows: 12_000, utf8: true, crlf: false },
  { seed: 3, rows: 12_000, utf8: true, crlf: true, quoteAt: 9_000 },
  { seed: 4, rows: 12_000, utf8: false, crlf: false, quoteAt: 3_000 },
  { seed: 5, rows: 9_000, utf8: false, crlf: false, delimiter: ',' },
  { seed: 7, rows: 9_000, utf8: true, crlf: true, bom: true },
  { seed: 8, rows: 12_000, utf8: false, crlf: true, quoting: 'all' },
  { seed: 9, rows: 12_000, utf8: true, crlf: false, quoting: 'some', quoteAt: 10_000 },
  { seed: 10, rows: 12_000, utf8: false, crlf: false, quoting: 'all', lineBreakAt: 8_000 },
];

describe('reading a CSV from its bytes', () => {
  for (const o of FILES) {
    const what = [
      `${o.utf8 ? 'UTF-8' : 'Windows-1252'}${o.bom ? ' with BOM' : ''}`,
      o.crlf ? 'CRLF' : 'LF',
      o.quoting && `${o.quoting === 'all' ? 'every field' : 'some fields'} quoted`,
      o.quoteAt && `doubled quotes at row ${o.quoteAt}`,
      o.lineBreakAt && `a line break in quotes at row ${o.lineBreakAt}`,
      o.delimiter === ',' && 'commas',
    ]
      .filter(Boolean)
      .join(', ');
    it(`gives what the general reader gives (${what})`, async () => {
      const path = writeSales(o);
      const job = await jobFor(path);
      const whole = await bothWays(job);
      expect(whole.general.batches.reduce((n, b) => n + b.count, 0)).toBeGreaterThan(o.rows / 2);
      expect(whole.general.batches.reduce((n, b) => n + b.rejects.length, 0)).toBeGreaterThan(50);
      expect(whole.bytes).toEqual(whole.general);

      const middle = middleOf(path);
      const parts = await Promise.all([bothWays({ ...job, part: { start: 0, end: middle } }), bothWays({ ...job, part: { start: middle } })]);
      for (const part of parts) expect(part.bytes).toEqual(part.general);
    });
  }

  it('meets invalid UTF-8 past the beginning as the general reader does', async () => {
    const path = join(tempDir(), 'latin-late.csv');
    const head = salesText({ seed: 6, rows: 8_000, utf8: true, crlf: false });
    writeFileSync(path, Buffer.concat([Buffer.from(head, 'utf8'), Buffer.from('\n02/03/2026;P;C1;Jo\xe3o;;;1;1,00;1,00;;;\n', 'latin1')]));
    const job = await jobFor(path);
    expect(job.encoding).toBe('utf-8');
    await expect(parse({ ...job, fromBytes: true })).rejects.toThrow('not UTF-8');
    await expect(parse({ ...job, fromBytes: false })).rejects.toThrow('not UTF-8');
  });
});

describe('numbers read from bytes', () => {
  const shapes = [...NUMBERS, '1', '-1', '0,5', '1.000.000', '1,000,000.5', '1.2.3', '12,,5', '--5', '-', ',', '.', '1,23,45', '  ', '\t3,5\t', '007', '1 000', '1  000', '9007199254740993'];
  for (const decimal of [',', '.'] as const) {
    it(`agree with the text rules (decimal ${decimal})`, () => {
      for (const text of shapes) {
        const bytes = Buffer.from(text, 'latin1');
        const value = parseNumberBytes(bytes, 0, bytes.length, decimal === ',' ? 44 : 46);
        if (value !== OTHER_SHAPE) expect([text, value]).toEqual([text, parseNumberText(text, decimal)]);
        if (!/[^\x00-\x7f]/.test(text)) expect([text, decimalEvidenceBytes(bytes, 0, bytes.length)]).toEqual([text, decimalEvidence(text)]);
      }
    });
  }
});
