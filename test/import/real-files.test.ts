// Real files (issue #10, SPEC "Import"): a retailer's workbook of two yearly sheets, a record shop's
// space-separated export with yyyymmdd dates, a CSV without a header. Figures are worked out here
// from the generated lines, independently of the import.
import { describe, expect, it } from 'vitest';
import { importFile } from '../../electron/import/import-file';
import { previewFile } from '../../electron/import/preview-import';
import { dayOfIso } from '../../shared/domain/calendar';
import { freshDb, lines, tempDir, writeText } from './import-helpers';
import { writeHeaderless, writeRetailWorkbook, writeShopExport } from './real-files';

const cents = (major: number) => Math.round(major * 100);

describe("a retailer's workbook (InvoiceDate, Customer ID, two yearly sheets)", () => {
  it('recognises its headers, lists the sheets that share them, and reads customer codes as digits', async () => {
    const dir = tempDir();
    const { db } = freshDb(dir);
    const { path } = await writeRetailWorkbook(dir);
    const preview = await previewFile(db, { path });
    expect(preview).toMatchObject({ sheet: 'Year 2009-2010', headerRecognised: true, sameHeaderSheets: ['Year 2009-2010', 'Year 2010-2011'] });
    expect(preview.mapping).toEqual({ orderId: 0, product: 2, quantity: 3, date: 4, unitPrice: 5, customer: 6, region: 7 });
    expect(preview.rows[0]!.customer).toMatch(/^\d{5}$/); // 12417, not 12417.0
    expect(preview.rows[0]!.date).toBe('2010-11-20');
    db.close();
  });

  it('imports both sheets as one batch: cancellations as negative lines, rows without a customer rejected, the days both hold once', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const { path, sheets, shared } = await writeRetailWorkbook(dir);
    const all = sheets.flatMap((s) => s.lines);
    const withCustomer = (lines: typeof all) => lines.filter((l) => l.customer !== null);
    // The second sheet's copies of the shared days are left out (SPEC: the overlap rule between sheets).
    const kept = [...withCustomer(sheets[0]!.lines), ...withCustomer(sheets[1]!.lines.slice(shared.length))];
    const result = await importFile({ dbPath }, { path, allSheets: true });
    expect(result).toMatchObject({
      sheet: 'Year 2009-2010',
      sheets: ['Year 2009-2010', 'Year 2010-2011'],
      rowsRead: all.length,
      imported: kept.length,
      rejected: all.length - withCustomer(all).length,
      skippedLines: withCustomer(shared).length,
    });
    expect(result.firstRejects.filter((r) => r.code !== 'no-customer' || r.column !== 'Customer ID')).toEqual([]);
    const got = lines(db);
    expect(got.map((l) => l.code)).toEqual(kept.map((l) => String(l.customer)));
    expect(got.map((l) => l.amount_cents)).toEqual(kept.map((l) => cents(l.quantity * l.price)));
    expect(got.some((l) => l.amount_cents < 0)).toBe(true);
    expect(got.map((l) => l.order_key)).toEqual(kept.map((l) => l.invoice));
    expect(db.prepare('SELECT sheet FROM import_batches').pluck().get()).toBe('Year 2009-2010, Year 2010-2011');
    db.close();
  });

  it('previews the same file and sheets imported before as a duplicate, asked with allSheets', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const { path } = await writeRetailWorkbook(dir);
    const { batchId } = await importFile({ dbPath }, { path, allSheets: true });
    expect((await previewFile(db, { path, allSheets: true })).duplicateOf).toMatchObject({ id: batchId, sheet: 'Year 2009-2010, Year 2010-2011' });
    // One of those sheets alone is other content (SPEC): not a duplicate.
    expect((await previewFile(db, { path })).duplicateOf).toBeNull();
    db.close();
  });

  it('imports only the chosen sheet without allSheets', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const { path, sheets } = await writeRetailWorkbook(dir);
    const result = await importFile({ dbPath }, { path, sheet: 'Year 2010-2011' });
    expect(result.imported).toBe(sheets[1]!.lines.filter((l) => l.customer !== null).length);
    expect(lines(db)[0]!.day).toBe(dayOfIso('2010-12-01'));
    db.close();
  });
});

describe("a record shop's text export (runs of spaces, yyyymmdd dates)", () => {
  it('reads its columns, dates and amounts', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const { path, lines: shop } = writeShopExport(dir);
    const preview = await previewFile(db, { path });
    expect(preview).toMatchObject({ delimiter: ' ', headerRecognised: true, headers: ['customer_id', 'date', 'number_of_cds', 'dollar_value'] });
    expect(preview.mapping).toMatchObject({ customer: 0, date: 1, amount: 3 });
    expect(preview.formats.date).toEqual({ dateOrder: 'ymd', compact: true, decidedBy: 'values' });
    expect(preview.formats.amount).toMatchObject({ decimal: '.' });
    const result = await importFile({ dbPath }, { path });
    expect(result).toMatchObject({ imported: shop.length, rejected: 0 });
    const got = lines(db);
    expect(got.map((l) => l.code)).toEqual(shop.map((l) => l.customer)); // 00001: leading zeros kept
    expect(got.map((l) => l.day)).toEqual(shop.map((l) => dayOfIso(`${l.day.slice(0, 4)}-${l.day.slice(4, 6)}-${l.day.slice(6)}`)));
    expect(got.reduce((s, l) => s + l.amount_cents, 0)).toBe(shop.reduce((s, l) => s + cents(Number(l.dollars)), 0));
    db.close();
  });
});

describe('a CSV without a header', () => {
  it('is not a dead end at preview: its first rows come back for naming the columns', async () => {
    const dir = tempDir();
    const { db } = freshDb(dir);
    const path = writeHeaderless(dir);
    const preview = await previewFile(db, { path });
    expect(preview).toMatchObject({ headerRecognised: false, mapping: {}, missing: ['customer', 'date', 'amount'], columnCount: 3 });
    expect(preview.firstRows.map((r) => r.cells)).toEqual([
      ['C1', '01/11/2024', '10,00'],
      ['C2', '02/11/2024', '20,50'],
      ['C1', '03/11/2024', '(5,25)'],
    ]);
    const named = await previewFile(db, { path, noHeader: true, mapping: { customer: 0, date: 1, amount: 2 } });
    expect(named).toMatchObject({ headerRow: 0, headers: [], noHeader: true, missing: [] });
    expect(named.rows.map((r) => [r.row, r.customer, r.amount])).toEqual([
      [1, 'C1', 10],
      [2, 'C2', 20.5],
      [3, 'C1', -5.25],
    ]);
    db.close();
  });

  it('imports every row, the first included, with the columns named; the mapping is remembered for header-less files of its width (#132)', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    const result = await importFile({ dbPath }, { path: writeHeaderless(dir), noHeader: true, mapping: { customer: 0, date: 1, amount: 2 } });
    expect(result).toMatchObject({ rowsRead: 3, imported: 3, rejected: 0 });
    expect(lines(db).map((l) => [l.code, l.amount_cents])).toEqual([
      ['C1', 1000],
      ['C2', 2050],
      ['C1', -525],
    ]);
    expect(db.prepare('SELECT header_key FROM column_mappings').pluck().all()).toEqual(['#no-header:3']);
    // The next export of the same shape, read without a header, is offered the same columns;
    // read with its first row as a header, or with another width, it is not.
    const next = writeText(dir, 'dezembro.csv', 'C7;01/12/2024;1,00\nC8;02/12/2024;2,00\n');
    expect(await previewFile(db, { path: next, noHeader: true })).toMatchObject({ mappingSource: 'remembered', mapping: { customer: 0, date: 1, amount: 2 }, missing: [] });
    expect(await previewFile(db, { path: next })).toMatchObject({ mappingSource: 'detected', mapping: {} });
    const wider = writeText(dir, 'largo.csv', 'C7;01/12/2024;1,00;x\n');
    expect(await previewFile(db, { path: wider, noHeader: true })).toMatchObject({ mappingSource: 'detected', mapping: {} });
    db.close();
  });
});
