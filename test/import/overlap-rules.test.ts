// Overlapping exports (SPEC "Import", issue #10 point 3): skip, replace and keep through the API
// on a real workspace file, and what undoing each brings back.
import { afterEach, describe, expect, it } from 'vitest';
import { HEADER, overlapWorkspace, salesCsv, type OverlapWorkspace, type Sale } from './overlap-helpers';

let ws: OverlapWorkspace;
afterEach(() => ws?.close());

describe('skip (the default)', () => {
  it('imports, of each identical line, only the copies beyond those already stored; a file keeps its own equal lines', async () => {
    ws = overlapWorkspace();
    const item: Sale = ['15/04/2025', 'P2', 'C1', 'Ana', 'X', '1', '200,00', '120,00'];
    const bia: Sale = ['20/05/2025', 'P3', 'C2', 'Bia', 'Y', '2', '50,00', '30,00'];
    const jan = await ws.api.call('import/run', {
      fileId: ws.file('jan-jun.csv', salesCsv([['15/01/2025', 'P1', 'C1', 'Ana', 'X', '1', '100,00', '60,00'], item, item, bia])),
    });
    // Two equal item lines in one file are two sales.
    expect(jan).toMatchObject({ imported: 4, skippedLines: 0, overlap: 'skip' });
    const apr = await ws.api.call('import/run', {
      fileId: ws.file(
        'abr-set.csv',
        salesCsv([item, item, item, bia, ['20/05/2025', 'P3', 'C2', 'Bia', 'Y', '2', '50,00', '35,00'], ['10/07/2025', 'P4', 'C3', 'Cid', 'X', '1', '70,00', '40,00']]),
      ),
    });
    // Three copies of the item, two stored: one more. Bia's line is stored; the one with another cost is not.
    expect(apr).toMatchObject({ rowsRead: 6, imported: 3, rejected: 0, skippedLines: 3, replacedLines: 0 });
    // 100 + 200 + 200 + 50 stored, then 200 + 50 + 70.
    expect(ws.revenue()).toBe(87_000);
    const batches = await ws.api.call('import/batches', {});
    expect(batches.map((b) => [b.fileName, b.imported, b.skipped, b.replaced, b.overlap])).toEqual([
      ['abr-set.csv', 3, 3, 0, 'skip'],
      ['jan-jun.csv', 4, 0, 0, 'skip'],
    ]);
    // Undone, the later file's lines go; the earlier file's stay whole.
    await ws.api.call('import/undo', { batchId: apr.batchId! });
    expect(ws.revenue()).toBe(55_000);
  });

  it('a line is the same sale only with the same customer, date, order, product, quantity, amount and cost or margin', async () => {
    ws = overlapWorkspace();
    const line: Sale = ['15/04/2025', 'P1', 'C1', 'Ana', 'X', '2', '100,00', '60,00'];
    await ws.api.call('import/run', { fileId: ws.file('a.csv', salesCsv([line])) });
    const variants: Sale[] = [
      ['15/04/2025', 'P1', 'C9', 'Ana', 'X', '2', '100,00', '60,00'],
      ['16/04/2025', 'P1', 'C1', 'Ana', 'X', '2', '100,00', '60,00'],
      ['15/04/2025', 'P9', 'C1', 'Ana', 'X', '2', '100,00', '60,00'],
      ['15/04/2025', 'P1', 'C1', 'Ana', 'Z', '2', '100,00', '60,00'],
      ['15/04/2025', 'P1', 'C1', 'Ana', 'X', '3', '100,00', '60,00'],
      ['15/04/2025', 'P1', 'C1', 'Ana', 'X', '2', '100,01', '60,00'],
      ['15/04/2025', 'P1', 'C1', 'Ana', 'X', '2', '100,00', '61,00'],
      // The name and other texts are not part of it: the same sale.
      ['15/04/2025', 'P1', 'C1', 'Ana Maria', 'X', '2', '100,00', '60,00'],
    ];
    const r = await ws.api.call('import/run', { fileId: ws.file('b.csv', salesCsv(variants)) });
    expect(r).toMatchObject({ imported: 7, skippedLines: 1 });
    // An export giving the margin instead of the cost: margin 40 = 100 − 60, the same sale.
    const byMargin = await ws.api.call('import/run', {
      fileId: ws.file('c.csv', 'Data;Pedido;Cliente;Produto;Qtde;Valor;Margem\n15/04/2025;P1;C1;X;2;100,00;40,00\n15/04/2025;P1;C1;X;2;100,00;41,00\n'),
    });
    expect(byMargin).toMatchObject({ imported: 1, skippedLines: 1 });
  });

  it('reads a large file the bulk way (indexes rebuilt at the end) and skips it whole the second time', async () => {
    ws = overlapWorkspace();
    // About 80 bytes a line: 30,000 lines look like 37,000 to the writer (64 bytes a line), more
    // than the workspace holds even the second time, so both imports rebuild the indexes at the end.
    const rows = Array.from({ length: 30_000 }, (_, i) => `${(i % 28) + 1}/0${(i % 6) + 1}/2025;P${i};C${i % 700};Cliente ${i % 700};Produto de limpeza profissional;1;${(i % 900) + 1},50;1,00`);
    const text = `${HEADER}\n${rows.join('\n')}\n`;
    expect(text.length / 64).toBeGreaterThan(30_000);
    const first = await ws.api.call('import/run', { fileId: ws.file('grande.csv', text) });
    expect(first).toMatchObject({ imported: 30_000 });
    const schema = ws.ctx.db.prepare("SELECT name, sql FROM sqlite_master WHERE tbl_name = 'sale_lines' ORDER BY name").all();
    const revenue = ws.revenue();
    const again = await ws.api.call('import/run', { fileId: ws.file('grande-copia.csv', text), ifDuplicate: 'import' });
    expect(again).toMatchObject({ rowsRead: 30_000, imported: 0, skippedLines: 30_000 });
    expect(ws.revenue()).toBe(revenue);
    expect(ws.ctx.db.prepare("SELECT name, sql FROM sqlite_master WHERE tbl_name = 'sale_lines' ORDER BY name").all()).toEqual(schema);
    // A batch with no line left is listed, and can be undone without touching the first.
    expect((await ws.api.call('import/undo', { batchId: again.batchId! })).removedLines).toBe(0);
    expect(ws.lineCount()).toBe(30_000);
  });
});

describe('the batches’ days', () => {
  it('an import into an empty workspace does not look at its days; the next one finds them and still skips', async () => {
    ws = overlapWorkspace();
    const days = () => ws.ctx.db.prepare("SELECT date(first_day * 86400, 'unixepoch'), date(last_day * 86400, 'unixepoch') FROM import_batches ORDER BY id").raw().all();
    const sales: Sale[] = [
      ['15/01/2025', 'P1', 'C1', 'Ana', 'X', '1', '100,00', '60,00'],
      ['20/05/2025', 'P2', 'C2', 'Bia', 'Y', '2', '50,00', '30,00'],
    ];
    await ws.api.call('import/run', { fileId: ws.file('a.csv', salesCsv(sales)) });
    expect(days()).toEqual([[null, null]]);
    const b = await ws.api.call('import/run', { fileId: ws.file('b.csv', salesCsv([sales[1]!, ['10/07/2025', 'P3', 'C3', 'Cid', 'X', '1', '70,00', '40,00']])) });
    expect(b).toMatchObject({ imported: 1, skippedLines: 1 });
    expect(days()).toEqual([
      ['2025-01-15', '2025-05-20'],
      ['2025-05-20', '2025-07-10'],
    ]);
  });
});

describe('replace', () => {
  // January–June, then a corrected export of April–September.
  const janJun: Sale[] = [
    ['15/01/2025', 'P1', 'C1', 'Ana', 'X', '1', '100,00', '60,00'],
    ['15/04/2025', 'P2', 'C1', 'Ana', 'X', '1', '200,00', '120,00'],
    ['20/05/2025', 'P3', 'C2', 'Bia Antiga', 'Y', '1', '50,00', '30,00'],
    ['25/06/2025', 'P4', 'C2', 'Bia Antiga', 'Y', '1', '40,00', '20,00'],
    ['30/06/2025', 'P5', 'C4', 'Dan', 'Y', '1', '10,00', '5,00'],
  ];
  const aprSep: Sale[] = [
    ['10/04/2025', 'Q1', 'C1', 'Ana', 'X', '1', '210,00', '120,00'],
    ['20/05/2025', 'Q2', 'C2', 'Bia Nova', 'Y', '1', '55,00', '30,00'],
    ['10/09/2025', 'Q3', 'C3', 'Cid', 'X', '1', '70,00', '40,00'],
  ];

  it('removes the stored lines dated within the file first to last date; undo brings them and the names back', async () => {
    ws = overlapWorkspace();
    const jan = await ws.api.call('import/run', { fileId: ws.file('jan-jun.csv', salesCsv(janJun)) });
    const before = ws.stored();
    const apr = await ws.api.call('import/run', { fileId: ws.file('abr-set.csv', salesCsv(aprSep)), overlap: 'replace' });
    // 10/04–10/09 covers four of January–June's lines (200 + 50 + 40 + 10); 15/01 stays.
    expect(apr).toMatchObject({ imported: 3, skippedLines: 0, replacedLines: 4, overlap: 'replace' });
    expect(ws.stored()).toEqual(['2025-01-15 C1 10000', '2025-04-10 C1 21000', '2025-05-20 C2 5500', '2025-09-10 C3 7000']);
    expect(ws.revenue()).toBe(43_500);
    // Bia's name comes from the lines left; Dan, with none left, keeps his (his lines may come back).
    expect(ws.customer('C2')?.name).toBe('Bia Nova');
    expect(ws.customer('C4')?.name).toBe('Dan');
    const batches = await ws.api.call('import/batches', {});
    expect(batches.map((b) => [b.fileName, b.imported, b.replaced, b.overlap])).toEqual([
      ['abr-set.csv', 3, 4, 'replace'],
      ['jan-jun.csv', 5, 0, 'skip'],
    ]);

    const undone = await ws.api.call('import/undo', { batchId: apr.batchId! });
    expect(undone).toEqual({ batchId: apr.batchId, removedLines: 3, restoredLines: 4, removedCustomers: 1 }); // C3 came with it
    expect(ws.stored()).toEqual(before);
    expect(ws.customer('C2')?.name).toBe('Bia Antiga');
    expect(ws.customer('C3')).toBeUndefined();
    // The restored lines are the first batch's again: undoing it removes them all.
    expect(await ws.api.call('import/undo', { batchId: jan.batchId! })).toMatchObject({ removedLines: 5, restoredLines: 0 });
    expect(ws.lineCount()).toBe(0);
    expect(ws.ctx.db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0);
  });

  it('undoing the replaced batch first takes its replaced lines with it: the replace cannot bring them back', async () => {
    ws = overlapWorkspace();
    const jan = await ws.api.call('import/run', { fileId: ws.file('jan-jun.csv', salesCsv(janJun)) });
    const apr = await ws.api.call('import/run', { fileId: ws.file('abr-set.csv', salesCsv(aprSep)), overlap: 'replace' });
    expect(await ws.api.call('import/undo', { batchId: jan.batchId! })).toMatchObject({ removedLines: 1, restoredLines: 0 });
    expect(ws.stored()).toEqual(['2025-04-10 C1 21000', '2025-05-20 C2 5500', '2025-09-10 C3 7000']);
    // Dan had only January–June's lines: gone with them.
    expect(ws.customer('C4')).toBeUndefined();
    expect(await ws.api.call('import/undo', { batchId: apr.batchId! })).toMatchObject({ removedLines: 3, restoredLines: 0 });
    expect(ws.lineCount()).toBe(0);
  });

  it('undoing a replace in the middle hands the lines a later replace covers to that one', async () => {
    ws = overlapWorkspace();
    const line = (date: string, order: string): Sale => [date, order, 'C1', 'Ana', 'X', '1', '10,00', '5,00'];
    await ws.api.call('import/run', { fileId: ws.file('a.csv', salesCsv([line('01/03/2025', 'A1'), line('01/04/2025', 'A2'), line('01/05/2025', 'A3'), line('01/06/2025', 'A4')])) });
    // B covers 15/03–15/04: A's 01/04 goes. C covers 20/03–10/05: B's 15/04 and A's 01/05 go.
    const b = await ws.api.call('import/run', { fileId: ws.file('b.csv', salesCsv([line('15/03/2025', 'B1'), line('15/04/2025', 'B2')])), overlap: 'replace' });
    const c = await ws.api.call('import/run', { fileId: ws.file('c.csv', salesCsv([line('20/03/2025', 'C1'), line('10/05/2025', 'C2')])), overlap: 'replace' });
    expect([b.replacedLines, c.replacedLines]).toEqual([1, 2]);
    const orders = () => ws.ctx.db.prepare('SELECT order_key FROM sale_lines ORDER BY day').pluck().all();
    expect(orders()).toEqual(['A1', 'B1', 'C1', 'C2', 'A4']);
    // Without B, C would have replaced A's 01/04: it stays out, now C's.
    expect(await ws.api.call('import/undo', { batchId: b.batchId! })).toMatchObject({ removedLines: 1, restoredLines: 0 });
    expect(orders()).toEqual(['A1', 'C1', 'C2', 'A4']);
    expect(await ws.api.call('import/undo', { batchId: c.batchId! })).toMatchObject({ removedLines: 2, restoredLines: 2 });
    expect(orders()).toEqual(['A1', 'A2', 'A3', 'A4']);
  });
});

describe('keep', () => {
  it('imports every line, stored or not', async () => {
    ws = overlapWorkspace();
    const sales: Sale[] = [
      ['15/04/2025', 'P2', 'C1', 'Ana', 'X', '1', '200,00', '120,00'],
      ['20/05/2025', 'P3', 'C2', 'Bia', 'Y', '2', '50,00', '30,00'],
    ];
    await ws.api.call('import/run', { fileId: ws.file('a.csv', salesCsv(sales)) });
    const again = await ws.api.call('import/run', { fileId: ws.file('b.csv', salesCsv([...sales, ['10/07/2025', 'P4', 'C3', 'Cid', 'X', '1', '70,00', '40,00']])), overlap: 'keep' });
    expect(again).toMatchObject({ imported: 3, skippedLines: 0, replacedLines: 0, overlap: 'keep' });
    expect(ws.revenue()).toBe(2 * 25_000 + 7_000);
  });

  it('refuses a rule it does not know', async () => {
    ws = overlapWorkspace();
    const fileId = ws.file('a.csv', salesCsv([['15/04/2025', 'P2', 'C1', 'Ana', 'X', '1', '200,00', '120,00']]));
    // Not one of the argument's values: refused before the import starts (the command line words its own, import/overlap-bad-rule).
    await expect(ws.api.call('import/run', { fileId, overlap: 'merge' as 'keep' })).rejects.toMatchObject({ type: 'bad-request', params: { call: 'import/run', field: 'overlap' } });
    expect(ws.lineCount()).toBe(0);
  });
});
