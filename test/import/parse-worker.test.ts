// The import reads and parses on a worker thread while the main thread writes (parse-worker.ts).
// It must land exactly what parsing on the main thread lands, CSV and .xlsx alike, and when a
// CSV's later rows decide a column's format otherwise than its first rows, it starts again with
// the whole file's decision.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/db/open-database';
import { splitPoint } from '../../electron/import/file-parts';
import { importFile } from '../../electron/import/import-file';
import { parseWorkerScript } from '../../electron/import/parse-in-worker';
import { sniffCsv } from '../../electron/import/read-csv';
import { undoBatch } from '../../electron/import/undo-import';
import { EVIDENCE_ROWS } from '../../shared/import/column-formats';
import { freshDb, SAMPLES, tempDir, writeText } from './import-helpers';

function landed(db: Db) {
  const lines = db
    .prepare(
      `SELECT c.code, s.day, s.order_key, s.product, s.quantity_milli, s.amount_cents, s.cost_cents, s.margin_cents,
              s.seller, s.segment, s.region, s.customer_name
         FROM sale_lines_named s JOIN customers c ON c.id = s.customer_id ORDER BY s.id`,
    )
    .raw()
    .all();
  const customers = db.prepare('SELECT code, name, name_day, seller, segment, region FROM customers ORDER BY code').raw().all() as unknown[][];
  const rejects = db.prepare('SELECT row_number, column_name, code, reason, raw_json FROM import_rejects ORDER BY row_number').raw().all();
  return { lines, customers, rejects };
}

async function bothWays(path: string) {
  const [threaded, inline] = await Promise.all(
    [true, false].map(async (parallel) => {
      const { dbPath, db } = freshDb(tempDir());
      const result = await importFile({ dbPath }, { path }, { parallel });
      const out = { result: { ...result, batchId: null }, ...landed(db) };
      db.close();
      return out;
    }),
  );
  return { threaded: threaded!, inline: inline! };
}

describe('the parsing thread', () => {
  it('is built and found (npm test builds dist/ first)', () => {
    expect(parseWorkerScript()).toMatch(/import-worker\.js$/);
  });

  for (const file of ['vendas-canonico.csv', 'vendas-exemplo.csv', 'vendas-exemplo.xlsx']) {
    it(`lands ${file} exactly as parsing on the main thread does`, async () => {
      const { threaded, inline } = await bothWays(`${SAMPLES}/${file}`);
      expect(threaded.lines.length).toBe(11605);
      expect(threaded).toEqual(inline);
    });
  }

  it('starts again when the later rows overturn the first rows\' decimal separator', async () => {
    // The first rows prove a decimal point (12.5); the many after them a decimal comma (7,25).
    const first = Array.from({ length: EVIDENCE_ROWS }, (_, i) => `01/10/2024;C${i % 50};12.5`);
    const later = Array.from({ length: EVIDENCE_ROWS * 2 }, (_, i) => `02/10/2024;C${i % 50};7,25`);
    const path = writeText(tempDir(), 'virada.csv', ['Data;Cliente;Valor', ...first, ...later].join('\n') + '\n');
    const { threaded, inline } = await bothWays(path);
    expect(threaded).toEqual(inline);
    // The whole file's decision: a decimal comma; the rows with 12.5 contradict it.
    expect(threaded.result.imported).toBe(EVIDENCE_ROWS * 2);
    expect(threaded.result.rejected).toBe(EVIDENCE_ROWS);
    expect(threaded.lines[0]).toContain(725);
  });

  it('reports a file that is not UTF-8 past its beginning, and reads it as Windows-1252', async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `01/10/2024;C${i % 30};Cliente ${i % 30};10,00`).join('\n');
    const bytes = Buffer.concat([Buffer.from(`Data;Cliente;Nome;Valor\n${body}\n`, 'latin1'), Buffer.from('02/10/2024;C1;Jo\xe3o;5,00\n', 'latin1')]);
    const path = join(tempDir(), 'latin.csv');
    writeFileSync(path, bytes);
    const { threaded, inline } = await bothWays(path);
    expect(threaded).toEqual(inline);
    expect(threaded.customers.find((c) => c[0] === 'C1')![1]).toBe('João');
  });
});

describe('a large CSV, read in two parts at once', () => {
  /** Lands the same as one part read on the main thread, whatever the order the lines were written in. */
  async function sameAsWhole(path: string) {
    const { threaded, inline } = await bothWays(path);
    const sorted = (lines: unknown[]) => [...lines].map((l) => JSON.stringify(l)).sort();
    expect(sorted(threaded.lines)).toEqual(sorted(inline.lines));
    expect({ ...threaded, lines: [] }).toEqual({ ...inline, lines: [] });
    return threaded;
  }

  const row = (i: number, day = (i % 28) + 1) => `${String(day).padStart(2, '0')}/10/2024;PED-${i >> 1};C${(i * 7919) % 4000};Cliente ${(i * 7919) % 4000};Vendedor ${i % 7};Produto ${i % 50};${i % 997},25`;
  const HEADER = 'Data;Pedido;Cliente;Nome;Vendedor;Produto;Valor';
  const ROWS = 130_000; // about 9 MB: past the size that is split

  it('is split past the middle, just after a line break', async () => {
    const path = writeText(tempDir(), 'grande.csv', `${HEADER}\n${Array.from({ length: ROWS }, (_, i) => row(i)).join('\n')}\n`);
    const size = statSync(path).size;
    const at = await splitPoint(path, size, await sniffCsv(path));
    expect(at).toBeGreaterThan(size / 2);
    expect(readFileSync(path)[at! - 1]).toBe(0x0a);
  });

  it('lands the lines, the rejects with their row numbers and the latest names as one part does', async () => {
    const rows = Array.from({ length: ROWS }, (_, i) => row(i));
    rows[10] = '32/10/2024;PED-X;C1;Cliente 1;V;P;1,00'; // rejected in the first part: row 12
    rows[ROWS - 10] = 'xx/10/2024;PED-Y;C2;Cliente 2;V;P;1,00'; // rejected in the second part
    rows.push('Total;;;;;;999.999,00');
    // C3's name: the first part has the latest day; C5's: a tie on the day, the later line wins.
    rows[100] = '30/10/2024;PED-A;C3;Nome mais recente;V;P;1,00';
    rows[ROWS - 100] = '29/10/2024;PED-B;C3;Nome antigo;V;P;1,00';
    rows[200] = '31/10/2024;PED-C;C5;Primeiro;V;P;1,00';
    rows[ROWS - 200] = '31/10/2024;PED-D;C5;Segundo;V;P;1,00';
    const path = writeText(tempDir(), 'grande.csv', `${HEADER}\n${rows.join('\n')}\n`);
    const landed = await sameAsWhole(path);
    expect(landed.rejects.map((r) => (r as unknown[])[0])).toEqual([12, ROWS - 8, ROWS + 2]);
    expect(landed.result.firstRejects.map((r) => r.row)).toEqual([12, ROWS - 8, ROWS + 2]);
    expect(landed.customers.find((c) => c[0] === 'C3')![1]).toBe('Nome mais recente');
    expect(landed.customers.find((c) => c[0] === 'C5')![1]).toBe('Segundo');
  });

  it('numbers its lines in file order, so that an undo elsewhere still lets the later line win a tie', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const rows = Array.from({ length: ROWS }, (_, i) => row(i));
    // X's latest day twice: late in the first part, then early in the second, whose batch is written first.
    rows[ROWS / 2 - 3000] = '31/10/2024;PED-X1;X;Primeiro;V;P;1,00';
    rows[ROWS / 2 + 3000] = '31/10/2024;PED-X2;X;Segundo;V;P;1,00';
    const big = await importFile({ dbPath }, { path: writeText(dir, 'grande.csv', `${HEADER}\n${rows.join('\n')}\n`) });
    const other = await importFile({ dbPath }, { path: writeText(dir, 'outro.csv', 'Data;Cliente;Nome;Valor\n01/09/2024;X;Outro;1,00\n') });
    expect(db.prepare("SELECT name FROM customers WHERE code = 'X'").pluck().get()).toBe('Segundo');
    undoBatch(db, other.batchId!); // recomputes X's name from the lines left
    expect(db.prepare("SELECT name FROM customers WHERE code = 'X'").pluck().get()).toBe('Segundo');
    expect(undoBatch(db, big.batchId!).removedLines).toBe(ROWS);
    expect(db.prepare('SELECT count(*) FROM sale_lines').pluck().get()).toBe(0);
    db.close();
  });

  it('reads the file whole when a quoted field with line breaks runs across the middle', async () => {
    const half = Array.from({ length: ROWS / 2 }, (_, i) => row(i));
    const note = `"${'uma linha\n'.repeat(20_000)}"`; // 200 KB, around the middle
    const rows = [...half, `01/10/2024;PED-Q;CQ;${note};V;P;1,00`, ...half];
    const path = writeText(tempDir(), 'aspas.csv', `${HEADER}\n${rows.join('\n')}\n`);
    const size = statSync(path).size;
    const at = await splitPoint(path, size, await sniffCsv(path));
    const middleOfNote = readFileSync(path).indexOf('uma linha');
    expect(at).toBeGreaterThan(middleOfNote); // the guess lands inside the quoted field
    const landed = await sameAsWhole(path);
    expect(landed.result.imported).toBe(ROWS + 1);
    expect(landed.customers.find((c) => c[0] === 'CQ')![1]).toBe('uma linha\n'.repeat(20_000).trim());
  });

  it("decides by both parts' evidence: the first part alone proves a decimal point, the whole file a comma", async () => {
    const first = Array.from({ length: 70_000 }, (_, i) => `01/10/2024;PED-${i};C${i % 50};Cliente ${i % 50};12.5`);
    const later = Array.from({ length: 140_000 }, (_, i) => `02/10/2024;PED-${i};C${i % 50};Cliente ${i % 50};7,25`);
    const path = writeText(tempDir(), 'virada.csv', ['Data;Pedido;Cliente;Nome;Valor', ...first, ...later].join('\n') + '\n');
    const middle = await splitPoint(path, statSync(path).size, await sniffCsv(path));
    const firstPart = readFileSync(path).subarray(0, middle!).toString();
    expect(firstPart.split('12.5').length).toBeGreaterThan(firstPart.split('7,25').length);
    const landed = await sameAsWhole(path);
    expect(landed.result.imported).toBe(140_000);
    expect(landed.result.rejected).toBe(70_000);
  });
});
