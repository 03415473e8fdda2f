// The import reads and parses on a thread of its own while the main thread writes. It must land
// exactly what reading on the main thread lands, CSV and .xlsx alike; a sheet whose later rows
// decide a format otherwise than its first rows, or a file taken for UTF-8 that is not, is read
// again (the second pass); a cancel ends the thread and writes nothing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/db/open-database';
import { importFile } from '../../electron/import/import-file';
import { readerScript } from '../../electron/import/reader-thread';
import { EVIDENCE_ROWS } from '../../shared/import/column-formats';
import { count, freshDb, SAMPLES, tempDir, writeText } from './import-helpers';

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

describe('the reading thread', () => {
  it('is built and found (npm test builds dist/ first)', () => {
    expect(readerScript()).toMatch(/import-worker\.js$/);
  });

  for (const file of ['vendas-canonico.csv', 'vendas-exemplo.csv', 'vendas-exemplo.xlsx']) {
    it(`lands ${file} exactly as reading on the main thread does`, async () => {
      const { threaded, inline } = await bothWays(`${SAMPLES}/${file}`);
      expect(threaded.lines.length).toBe(11605);
      expect(threaded).toEqual(inline);
    });
  }

  it("reads a sheet again when its later rows overturn the first rows' decimal separator", async () => {
    // The first rows prove a decimal point (12.5); the many after them a decimal comma (7,25).
    const first = Array.from({ length: EVIDENCE_ROWS }, (_, i) => `01/10/2024;C${i % 50};12.5`);
    const later = Array.from({ length: EVIDENCE_ROWS * 2 }, (_, i) => `02/10/2024;C${i % 50};7,25`);
    const path = writeText(tempDir(), 'virada.csv', ['Data;Cliente;Valor', ...first, ...later].join('\n') + '\n');
    const { threaded, inline } = await bothWays(path);
    expect(threaded).toEqual(inline);
    // The whole file's decision: a decimal comma; the rows with 12.5 contradict it.
    expect(threaded.result).toMatchObject({ rowsRead: EVIDENCE_ROWS * 3, imported: EVIDENCE_ROWS * 2, rejected: EVIDENCE_ROWS });
    expect(threaded.lines[0]).toContain(725);
    expect(threaded.rejects).toHaveLength(EVIDENCE_ROWS);
  });

  it('reads yyyymmdd dates only in a column that reads so throughout: a later dd/mm/yyyy turns them into rejects', async () => {
    const compact = Array.from({ length: EVIDENCE_ROWS + 10 }, (_, i) => `C${i % 7};19970101;1,00`);
    const path = writeText(tempDir(), 'datas.csv', ['Cliente;Data;Valor', ...compact, 'C1;02/01/1997;2,00'].join('\n') + '\n');
    const { threaded } = await bothWays(path);
    expect(threaded.result).toMatchObject({ imported: 1, rejected: EVIDENCE_ROWS + 10 });
    expect(threaded.rejects[0]).toEqual(expect.arrayContaining(['bad-date']));
  });

  it('reads a file that is not UTF-8 past its beginning as Windows-1252', async () => {
    const body = Array.from({ length: 20_000 }, (_, i) => `01/10/2024;C${i % 30};Cliente ${i % 30};10,00`).join('\n');
    const bytes = Buffer.concat([Buffer.from(`Data;Cliente;Nome;Valor\n${body}\n`, 'latin1'), Buffer.from('02/10/2024;C1;Jo\xe3o;5,00\n', 'latin1')]);
    const path = join(tempDir(), 'latin.csv');
    writeFileSync(path, bytes);
    const { threaded, inline } = await bothWays(path);
    expect(threaded).toEqual(inline);
    expect(threaded.customers.find((c) => c[0] === 'C1')![1]).toBe('João');
  });

  it('stops on cancel, ends the thread, and writes nothing', async () => {
    const { dbPath, db } = freshDb(tempDir());
    const body = Array.from({ length: 200_000 }, (_, i) => `${(i % 28) + 1}/11/2024;C${i % 2000};${i % 997},25`).join('\n');
    const path = writeText(tempDir(), 'grande.csv', `Data;Cliente;Valor\n${body}\n`);
    const controller = new AbortController();
    const run = importFile({ dbPath }, { path }, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(run).rejects.toMatchObject({ type: 'cancelled', code: 'import/cancelled' });
    expect(count(db, 'sale_lines') + count(db, 'import_batches') + count(db, 'customers')).toBe(0);
    db.close();
  });
});
