// The import reads and parses on a worker thread while the main thread writes (parse-worker.ts).
// It must land exactly what parsing on the main thread lands, CSV and .xlsx alike, and when a
// CSV's later rows decide a column's format otherwise than its first rows, it starts again with
// the whole file's decision.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/db/open-database';
import { importFile } from '../../electron/import/import-file';
import { parseWorkerScript } from '../../electron/import/parse-in-worker';
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
