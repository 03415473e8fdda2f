// The import API as the screens use it: preview → run (progress, cancel, duplicates) → batches,
// rejects, undo; and what a run does to customers.
import { describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api/events';
import { dayOfIso } from '../../shared/domain/calendar';
import { createFileRegistry, createJobRegistry, type Context } from '../../electron/api/context';
import { importHandlers } from '../../electron/import/import-handlers';
import { join } from 'node:path';
import { previewFile } from '../../electron/import/preview-import';
import { HOSTILE_FILES, writeHostile } from './hostile-files';
import { count, freshDb, lines, tempDir, writeText } from './import-helpers';
import { workbookParts, writeZip } from './raw-xlsx';

function workspace() {
  const dir = tempDir();
  const { dbPath, db } = freshDb(dir);
  const events: ApiEvent[] = [];
  const ctx: Context = {
    db,
    dbPath,
    files: createFileRegistry(),
    jobs: createJobRegistry(),
    emit: (e) => events.push(e),
    appVersion: 'test',
    tempDir: dir,
    readAhead: () => {},
  };
  const api = importHandlers(ctx);
  const file = (name: string, text: string, encoding?: 'windows-1252') => ctx.files.add(writeText(dir, name, text, encoding));
  return { dir, db, ctx, api, events, file };
}

const CUSTOMER = (db: ReturnType<typeof workspace>['db'], code: string) =>
  db.prepare('SELECT name, seller, segment, region FROM customers WHERE code = ?').get(code);

describe('import/preview and import/run', () => {
  it('previews without writing, then imports with progress events', async () => {
    const { db, api, events, file } = workspace();
    const fileId = file('v.csv', 'Data;Cliente;Nome;Valor;Custo\n01/11/2024;C1;Ana;100,00;60,00\n02/11/2024;C2;Bia;50,00;\n');
    const preview = await api['import/preview']({ fileId });
    expect(preview).toMatchObject({ fileName: 'v.csv', kind: 'csv', headerRow: 1, mappingSource: 'detected', missing: [], duplicateOf: null });
    expect(preview.formats.amount).toEqual({ decimal: ',', decidedBy: 'values' });
    expect(preview.rows[0]).toEqual({
      row: 2, customer: 'C1', customerName: 'Ana', date: '2024-11-01', orderId: null, product: null, quantity: null,
      amount: 100, margin: 40, seller: null, segment: null, region: null,
    });
    expect(count(db, 'import_batches') + count(db, 'customers') + count(db, 'column_mappings')).toBe(0);

    const result = await api['import/run']({ fileId, jobId: 'job-1' });
    expect(result).toMatchObject({ fileName: 'v.csv', rowsRead: 2, imported: 2, rejected: 0, newCustomers: 2, skipped: false });
    const progress = events.filter((e) => e.type === 'import/progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((e) => e.jobId === 'job-1' && e.totalBytes > 0)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ phase: 'done', rowsRead: 2 });
    // Without an order id column, an order is a (customer, day); with no cost the margin is empty.
    expect(lines(db).map((l) => [l.order_key, l.margin_cents])).toEqual([
      [`@${dayOfIso('2024-11-01')}`, 4000],
      [`@${dayOfIso('2024-11-02')}`, null],
    ]);
  });

  it('computes the amount from quantity × unit price, rounded to cents', async () => {
    const { db, api, file } = workspace();
    const fileId = file('q.csv', 'Pedido;Data;Cliente;Qtde;Preço Unit.\nP1;01/11/2024;C1;3;0,333\nP1;01/11/2024;C1;1,5;2,99\nP2;02/11/2024;C1;51;4,99\n');
    await api['import/run']({ fileId });
    expect(lines(db).map((l) => [l.order_key, l.quantity_milli, l.amount_cents])).toEqual([
      ['P1', 3000, 100],
      ['P1', 1500, 449],
      ['P2', 51000, 25449],
    ]);
  });

  it('uses a margin column as is, and margin = amount − cost with a cost column', async () => {
    const { db, api, file } = workspace();
    await api['import/run']({ fileId: file('m.csv', 'Data;Cliente;Valor;Margem\n01/11/2024;C1;100,00;12,34\n02/11/2024;C1;-20,00;-3,00\n') });
    await api['import/run']({ fileId: file('c.csv', 'Data;Cliente;Valor;Custo\n03/11/2024;C2;100,00;87,66\n') });
    expect(lines(db).map((l) => [l.code, l.amount_cents, l.margin_cents])).toEqual([
      ['C1', 10000, 1234],
      ['C1', -2000, -300],
      ['C2', 10000, 1234],
    ]);
  });

  it('remembers a corrected mapping for the same headers and offers it next time', async () => {
    const { db, api, file } = workspace();
    const text = 'Data;Cliente;Valor;Valor bruto\n01/11/2024;C1;90,00;100,00\n';
    const first = file('a.csv', text);
    const detected = await api['import/preview']({ fileId: first });
    expect(detected.mapping.amount).toBe(2);
    const corrected = { ...detected.mapping, amount: 3 };
    const given = await api['import/preview']({ fileId: first, mapping: corrected });
    expect(given.mappingSource).toBe('given');
    expect(given.rows[0]!.amount).toBe(100);
    await api['import/run']({ fileId: first, mapping: corrected });
    const again = await api['import/preview']({ fileId: file('b.csv', text.replace('90,00', '91,00')) });
    expect(again.mappingSource).toBe('remembered');
    expect(again.mapping).toEqual(corrected);
    expect(lines(db)[0]!.amount_cents).toBe(10000);
  });

  it('refuses a mapping naming an unknown field or a column twice', async () => {
    const { api, file } = workspace();
    const fileId = file('a.csv', 'Data;Cliente;Valor\n01/11/2024;C1;1\n');
    await expect(api['import/run']({ fileId, mapping: { date: 0, customer: 0, amount: 2 } })).rejects.toMatchObject({ type: 'bad-option' });
    await expect(api['import/run']({ fileId, mapping: { date: 0, customer: 1, amount: -1 } })).rejects.toMatchObject({ type: 'bad-option' });
  });

  it('asks before importing the same content again; skips or imports again on request', async () => {
    const { db, api, file } = workspace();
    const text = 'Data;Cliente;Valor\n01/11/2024;C1;10,00\n';
    const first = await api['import/run']({ fileId: file('jan.csv', text) });
    const copy = file('copia.csv', text);
    const preview = await api['import/preview']({ fileId: copy });
    expect(preview.duplicateOf).toMatchObject({ id: first.batchId, fileName: 'jan.csv' });
    await expect(api['import/run']({ fileId: copy })).rejects.toMatchObject({
      type: 'conflict',
      message: expect.stringMatching(/copia\.csv.*lote \d+ \(jan\.csv\)/),
    });
    expect(await api['import/run']({ fileId: copy, ifDuplicate: 'skip' })).toMatchObject({ skipped: true, batchId: null, imported: 0 });
    expect(count(db, 'import_batches')).toBe(1);
    // Imported again, its line is already stored: skipped by default (SPEC "Overlapping exports"), kept with 'keep'.
    const skipping = await api['import/run']({ fileId: copy, ifDuplicate: 'import' });
    expect(skipping).toMatchObject({ skipped: false, imported: 0, skippedLines: 1 });
    await api['import/undo']({ batchId: skipping.batchId! });
    const again = await api['import/run']({ fileId: copy, ifDuplicate: 'import', overlap: 'keep' });
    expect(again).toMatchObject({ skipped: false, imported: 1, skippedLines: 0 });
    expect(count(db, 'sale_lines')).toBe(2);
    // Once undone, the content is no longer a duplicate.
    await api['import/undo']({ batchId: again.batchId! });
    await api['import/undo']({ batchId: first.batchId! });
    expect((await api['import/preview']({ fileId: copy })).duplicateOf).toBeNull();
  });
});

describe('customers', () => {
  it('keep the most recent non-empty name, seller, segment and region by sale date, even across imports', async () => {
    const { db, api, file } = workspace();
    const header = 'Data;Cliente;Nome;Vendedor;Segmento;Região;Valor\n';
    await api['import/run']({
      fileId: file('1.csv', `${header}10/01/2025;C1;Nome novo;Ana;Varejo;;1\n05/01/2025;C1;Nome velho;Bia;Atacado;Sul;1\n10/01/2025;C1;Nome novo 2;;;;1\n`),
    });
    // The same day: the later line wins; an empty value never replaces a known one; the region
    // comes from the only line that has one.
    expect(CUSTOMER(db, 'C1')).toEqual({ name: 'Nome novo 2', seller: 'Ana', segment: 'Varejo', region: 'Sul' });
    // A later import of older lines does not replace them; of newer lines, does.
    await api['import/run']({ fileId: file('2.csv', `${header}01/12/2024;C1;Nome antigo;Caio;Outro;Norte;1\n`) });
    expect(CUSTOMER(db, 'C1')).toEqual({ name: 'Nome novo 2', seller: 'Ana', segment: 'Varejo', region: 'Sul' });
    const newer = await api['import/run']({ fileId: file('3.csv', `${header}01/02/2025;C1;Nome de fevereiro;;;Leste;1\n`) });
    expect(CUSTOMER(db, 'C1')).toEqual({ name: 'Nome de fevereiro', seller: 'Ana', segment: 'Varejo', region: 'Leste' });
    // Undoing that import recomputes from the lines left.
    await api['import/undo']({ batchId: newer.batchId! });
    expect(CUSTOMER(db, 'C1')).toEqual({ name: 'Nome novo 2', seller: 'Ana', segment: 'Varejo', region: 'Sul' });
  });

  it('are keyed by the trimmed code, compared exactly', async () => {
    const { db, api, file } = workspace();
    await api['import/run']({ fileId: file('c.csv', 'Data;Cliente;Valor\n01/11/2024; C1 ;1\n01/11/2024;C1;1\n01/11/2024;c1;1\n') });
    expect(db.prepare('SELECT code FROM customers ORDER BY code').pluck().all()).toEqual(['C1', 'c1']);
  });
});

describe('import/batches, import/rejects and import/undo', () => {
  it('lists batches, pages rejects, and undoes a batch', async () => {
    const { db, api, file } = workspace();
    const keep = await api['import/run']({ fileId: file('keep.csv', 'Data;Cliente;Valor\n01/11/2024;C1;1,00\n') });
    const body = Array.from({ length: 30 }, (_, i) => (i % 3 === 0 ? `xx/11/2024;C${i};1,00` : `02/11/2024;C${i % 4};2,00`)).join('\n');
    const batch = await api['import/run']({ fileId: file('lote.csv', `Data;Cliente;Valor\n${body}\n;;Total\n`) });
    expect(batch).toMatchObject({ rowsRead: 31, imported: 20, rejected: 11 });

    const batches = await api['import/batches']({});
    expect(batches.map((b) => [b.id, b.fileName, b.rowsRead, b.imported, b.rejected, b.undoneAt])).toEqual([
      [batch.batchId, 'lote.csv', 31, 20, 11, null],
      [keep.batchId, 'keep.csv', 1, 1, 0, null],
    ]);
    expect(batches[0]!.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(batches[0]!.mapping).toEqual({ date: 0, customer: 1, amount: 2 });
    expect(batches[0]!.locale).toBe('pt-BR');

    const page = await api['import/rejects']({ batchId: batch.batchId!, offset: 2, limit: 3 });
    expect(page.total).toBe(11);
    expect(page.rows.map((r) => r.row)).toEqual([8, 11, 14]);
    expect(page.rows[0]).toMatchObject({ column: 'Data', code: 'bad-date', raw: ['xx/11/2024', 'C6', '1,00'] });
    const last = await api['import/rejects']({ batchId: batch.batchId!, offset: 10 });
    expect(last.rows).toEqual([
      { sheet: null, row: 32, column: null, columnIndex: null, code: 'total-row', reason: expect.any(String), message: { code: 'import/reject/total-row', params: {} }, raw: ['', '', 'Total'] },
    ]);

    const before = db.prepare('SELECT count(*) FROM customers').pluck().get();
    expect(before).toBe(4); // C0..C3; C1 also from keep.csv
    const undone = await api['import/undo']({ batchId: batch.batchId! });
    expect(undone).toEqual({ batchId: batch.batchId, removedLines: 20, restoredLines: 0, removedCustomers: 3 });
    expect(count(db, 'sale_lines')).toBe(1);
    expect(count(db, 'import_rejects')).toBe(0);
    // Customers left without lines go; C1 keeps its line from keep.csv.
    expect(db.prepare('SELECT code FROM customers').pluck().all()).toEqual(['C1']);
    expect((await api['import/batches']({}))[0]!.undoneAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expect(api['import/undo']({ batchId: batch.batchId! })).rejects.toMatchObject({ type: 'conflict' });
    await expect(api['import/undo']({ batchId: 999 })).rejects.toMatchObject({ type: 'not-found' });
    await expect(api['import/rejects']({ batchId: 999 })).rejects.toMatchObject({ type: 'not-found' });
  });

  it('keeps customers added by hand, not those only a stored analysis refers to (its row stays, by code)', async () => {
    const { db, api, file } = workspace();
    db.prepare("INSERT INTO customers (code, name) VALUES ('P1', 'Prospect')").run();
    const batch = await api['import/run']({ fileId: file('x.csv', 'Data;Cliente;Valor\n01/11/2024;P1;1\n01/11/2024;C2;1\n01/11/2024;C3;1\n') });
    const c2 = db.prepare("SELECT id FROM customers WHERE code = 'C2'").pluck().get() as number;
    db.prepare(
      `INSERT INTO analysis_runs (id, period, window_from, window_to, params_json, params_key, totals_json, sources_json, app_version)
       VALUES (1, 'month', 0, 0, '{}', 'k', '{}', '[]', 'test')`,
    ).run();
    db.prepare(
      `INSERT INTO run_results (run_id, rank, customer_id, code, value, abc, non_positive, xyz_periods, revenue_cents, quantity_milli, orders, status, signals_json, types_json)
       VALUES (1, 1, ?, 'C2', 1, 'A', 0, 0, 1, 0, 1, 'active', '[]', '[]')`,
    ).run(c2);
    await api['import/undo']({ batchId: batch.batchId! });
    expect(db.prepare('SELECT code FROM customers ORDER BY code').pluck().all()).toEqual(['P1']);
    expect(db.prepare('SELECT code, customer_id FROM run_results').raw().all()).toEqual([['C2', null]]);
  });
});

describe('import/cancel', () => {
  it('stops a running import and writes nothing', async () => {
    const { db, api, ctx, events, file } = workspace();
    const body = Array.from({ length: 200_000 }, (_, i) => `${(i % 28) + 1}/11/2024;C${i % 5000};Cliente ${i % 5000};${i % 1000},50`).join('\n');
    const fileId = file('grande.csv', `Data;Cliente;Nome;Valor\n${body}\n`);
    ctx.emit = (e) => {
      events.push(e);
      if (e.type === 'import/progress' && e.phase === 'writing') void api['import/cancel']({ jobId: 'big' });
    };
    await expect(api['import/run']({ fileId, jobId: 'big' })).rejects.toMatchObject({ type: 'cancelled' });
    expect(events.length).toBeGreaterThan(0);
    for (const table of ['import_batches', 'sale_lines', 'customers', 'import_rejects', 'column_mappings']) expect(count(db, table)).toBe(0);
    expect(await api['import/cancel']({ jobId: 'big' })).toEqual({ cancelled: false }); // the job is over
  });
});

describe('a preview cannot take the window or the host down', () => {
  it('is cancelled by import/cancel with its job id', async () => {
    const { api, file } = workspace();
    // A large file whose preview takes a moment (its hash reads it whole).
    const body = Array.from({ length: 400_000 }, (_, i) => `01/11/2024;C${i % 5000};${i % 1000},50`).join('\n');
    const fileId = file('grande.csv', `Data;Cliente;Valor\n${body}\n`);
    const preview = api['import/preview']({ fileId, jobId: 'olhar' });
    expect(await api['import/cancel']({ jobId: 'olhar' })).toEqual({ cancelled: true });
    await expect(preview).rejects.toMatchObject({ type: 'cancelled', code: 'import/cancelled' });
  });

  it('answers every hostile file with a typed error or a preview, the reading thread taking the blow', async () => {
    const { dir, api, ctx } = workspace();
    for (const hostile of HOSTILE_FILES) {
      const fileId = ctx.files.add(await writeHostile(hostile, dir));
      const answer = await api['import/preview']({ fileId }).then(
        (p) => ({ ok: true as const, headers: p.headers }),
        (e: unknown) => ({ ok: false as const, error: e }),
      );
      if ('refused' in hostile.outcome) expect(answer, hostile.name).toMatchObject({ ok: false, error: { type: 'bad-file', code: hostile.outcome.refused.code } });
      else expect(answer, hostile.name).toMatchObject({ ok: true });
    }
  }, 120_000);

  it('ends a reading thread that runs out of its heap with a message, and the host carries on', async () => {
    const { db, dir } = workspace();
    // 300,000 distinct texts: more than a 16 MB heap holds.
    const rows = Array.from({ length: 300_000 }, (_, i) => `<si><t>texto número ${i} de uma planilha com muitos textos</t></si>`).join('');
    const parts = workbookParts([{ name: 'S', sheetData: '<row r="1"><c t="s"><v>0</v></c></row>' }]);
    const path = join(dir, 'textos.xlsx');
    writeZip(path, [parts.contentTypes, parts.rootRels, parts.workbook, parts.workbookRels, ...parts.sheets, ['xl/sharedStrings.xml', `<sst xmlns="x">${rows}</sst>`]]);
    await expect(previewFile(db, { path }, { heapMb: 16 })).rejects.toMatchObject({ type: 'bad-file', code: 'import/out-of-memory' });
    expect((await previewFile(db, { path })).sheet).toBe('S'); // with the usual heap it is read
  });
});

describe('undo and what users wrote about customers', () => {
  it('keeps a customer that another table refers to (notes, contacts…)', async () => {
    const { db, api, file } = workspace();
    db.exec('CREATE TABLE test_notes (customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE, text TEXT)');
    const batch = await api['import/run']({ fileId: file('n.csv', 'Data;Cliente;Valor\n01/11/2024;C1;1\n01/11/2024;C2;1\n') });
    db.prepare("INSERT INTO test_notes SELECT id, 'ligar na segunda' FROM customers WHERE code = 'C1'").run();
    await api['import/undo']({ batchId: batch.batchId! });
    expect(db.prepare('SELECT code FROM customers').pluck().all()).toEqual(['C1']);
    expect(count(db, 'test_notes')).toBe(1);
  });
});

describe('options', () => {
  it('refuses an unknown locale', async () => {
    const { api, file } = workspace();
    const fileId = file('a.csv', 'Data;Cliente;Valor\n01/11/2024;C1;1\n');
    await expect(api['import/run']({ fileId, locale: 'fr' as never })).rejects.toMatchObject({ type: 'bad-option' });
    await expect(api['import/preview']({ fileId, locale: 'fr' as never })).rejects.toMatchObject({ type: 'bad-option' });
  });

  it('refuses a file id it does not know', async () => {
    const { api } = workspace();
    await expect(api['import/preview']({ fileId: 'nope' })).rejects.toMatchObject({ type: 'refused' });
  });
});
