// Overlapping exports between the sheets of one batch (SPEC: with all the sheets of a workbook
// read as one batch, "the overlap rule applies between sheets"; docs/decisions.md says what
// replace means there). The batch is written here as the import pipeline writes it: one
// transaction, each sheet's lines with consecutive ids, then the overlap rule called on them.
import { afterEach, describe, expect, it } from 'vitest';
import type { OverlapMode } from '../../shared/api/import-api';
import { dayOfIso } from '../../shared/domain/calendar';
import { customerStatements } from '../../electron/db/customers-table';
import { finishBatch, insertBatch } from '../../electron/db/import-batches-table';
import { createSaleLineWriter, lastLineId } from '../../electron/db/sale-lines-table';
import { createOverlap, type OverlapRun } from '../../electron/import/overlap';
import { overlapWorkspace, salesCsv, type OverlapWorkspace, type Sale } from './overlap-helpers';

let ws: OverlapWorkspace;
afterEach(() => ws?.close());

/** A line of a sheet: date (YYYY-MM-DD), order, customer, amount in cents. */
type Line = [date: string, order: string, customer: string, cents: number];

/** Writes a batch of sheets as the import does and applies the rule after each; returns the batch id (or what a preview found, rolled back). */
function importSheets(sheets: Line[][], run: OverlapRun) {
  const { db } = ws.ctx;
  db.exec('BEGIN IMMEDIATE');
  const batchId = insertBatch(db, { fileName: 'anos.xlsx', contentHash: 'h', sheet: null, mapping: { date: 0, customer: 1, amount: 2 }, locale: 'pt-BR' });
  const overlap = createOverlap(db, batchId, run);
  const customers = customerStatements(db);
  const firstLineId = lastLineId(db) + 1;
  let written = 0;
  for (const sheet of sheets) {
    const lines = createSaleLineWriter(db, batchId);
    const first = lastLineId(db) + 1;
    for (const [date, order, code, cents] of sheet) {
      const customer = customers.find(code) ?? customers.create(code, batchId);
      lines.add(customer.id, dayOfIso(date)!, order, null, null, cents, null, null, null, null, null, null);
    }
    lines.flush();
    written += sheet.length;
    overlap.sheet(first, first + sheet.length - 1);
  }
  overlap.finish();
  const stored = written - overlap.removedOwn();
  if (run === 'preview') {
    const found = overlap.preview();
    db.exec('ROLLBACK');
    return { batchId, found };
  }
  finishBatch(db, batchId, { rowsRead: written, imported: stored, rejected: 0, firstLineId: stored > 0 ? firstLineId : null, lastLineId: stored > 0 ? lastLineId(db) : null });
  db.exec('COMMIT');
  return { batchId, skipped: overlap.skipped(), replaced: overlap.replaced(), stored };
}

/** An earlier batch, imported as a user would. */
async function earlier(sales: Sale[], mode: OverlapMode = 'skip') {
  return ws.api.call('import/run', { fileId: ws.file('antes.csv', salesCsv(sales)), overlap: mode });
}

const sale = (date: string, order: string, customer: string, amount: string): Sale => [date, order, customer, '', '', '', amount, ''];
const orders = () => ws.ctx.db.prepare('SELECT order_key FROM sale_lines ORDER BY day, order_key').pluck().all();

describe('between the sheets of one batch', () => {
  it('skip: each sheet leaves out what earlier batches and the sheets before it hold; a sheet keeps its own equal lines', async () => {
    ws = overlapWorkspace();
    await earlier([sale('10/01/2025', 'X', 'C1', '10,00')]);
    const x: Line = ['2025-01-10', 'X', 'C1', 1000];
    const y: Line = ['2025-01-20', 'Y', 'C2', 2000];
    const z: Line = ['2025-02-10', 'Z', 'C3', 3000];
    // Sheet 1: X is stored (skipped), its two Y are two sales. Sheet 2: X is still stored once,
    // sheet 1 holds both Y; Z is new.
    const r = importSheets([[x, y, y], [x, y, y, z]], 'skip');
    expect(r).toMatchObject({ skipped: 4, replaced: 0, stored: 3 });
    expect(orders()).toEqual(['X', 'Y', 'Y', 'Z']);
  });

  it('skip into an empty workspace: the second sheet still meets the first', () => {
    ws = overlapWorkspace();
    const y: Line = ['2025-01-20', 'Y', 'C2', 2000];
    const r = importSheets([[y, y], [y, ['2025-02-10', 'Z', 'C3', 3000]]], 'skip');
    expect(r).toMatchObject({ skipped: 1, stored: 3 });
    expect(orders()).toEqual(['Y', 'Y', 'Z']);
  });

  it('replace: a later sheet replaces, within its own first to last date, earlier batches’ lines and the earlier sheets’', async () => {
    ws = overlapWorkspace();
    await earlier([sale('10/01/2025', 'E1', 'C1', '10,00'), sale('10/02/2025', 'E2', 'C1', '10,00'), sale('10/03/2025', 'E3', 'C1', '10,00'), sale('10/05/2025', 'E5', 'C1', '10,00')]);
    // Sheet 1: 05/01–20/02 (E1, E2 go). Sheet 2: 15/02–31/03 (E3 goes, and sheet 1's 20/02 line).
    // Sheet 3: 01/06–30/06; E5 (10/05) lies between the sheets' dates and stays.
    const r = importSheets(
      [
        [['2025-01-05', 'S1a', 'C1', 100], ['2025-02-20', 'S1b', 'C1', 100]],
        [['2025-02-15', 'S2a', 'C1', 100], ['2025-03-31', 'S2b', 'C1', 100]],
        [['2025-06-01', 'S3a', 'C1', 100], ['2025-06-30', 'S3b', 'C1', 100]],
      ],
      'replace',
    );
    expect(r).toMatchObject({ replaced: 4, stored: 5 });
    expect(orders()).toEqual(['S1a', 'S2a', 'S2b', 'E5', 'S3a', 'S3b']);
    // Undone, the earlier batch's three lines come back; the batch's own lines go, all of them.
    expect(await ws.api.call('import/undo', { batchId: r.batchId })).toMatchObject({ removedLines: 5, restoredLines: 3 });
    expect(orders()).toEqual(['E1', 'E2', 'E3', 'E5']);
  });

  it('the preview counts each stored line once, though two sheets cover its day', async () => {
    ws = overlapWorkspace();
    const first = await earlier([sale('10/01/2025', 'E1', 'C1', '10,00'), sale('18/02/2025', 'E2', 'C1', '10,00'), sale('10/03/2025', 'E3', 'C1', '10,00')]);
    const before = { lines: ws.lineCount(), batches: ws.ctx.db.prepare('SELECT count(*) FROM import_batches').pluck().get() };
    const { found } = importSheets(
      [
        [['2025-01-10', 'E1', 'C1', 1000], ['2025-02-20', 'S1', 'C1', 100]],
        [['2025-02-15', 'S2', 'C1', 100], ['2025-03-31', 'S3', 'C1', 100]],
      ],
      'preview',
    );
    expect(found).toEqual({
      lines: 4,
      from: '2025-01-10',
      to: '2025-03-31',
      alreadyStored: 1,
      storedDates: [{ from: '2025-01-10', to: '2025-01-10', lines: 1 }],
      replace: { lines: 3, from: '2025-01-10', to: '2025-03-10', batches: [{ id: first.batchId, fileName: 'antes.csv', sheet: null, lines: 3, from: '2025-01-10', to: '2025-03-10' }] },
    });
    expect({ lines: ws.lineCount(), batches: ws.ctx.db.prepare('SELECT count(*) FROM import_batches').pluck().get() }).toEqual(before);
  });
});
