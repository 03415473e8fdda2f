// The day of the latest sale, which sets every analysis's reference date (SPEC "Reference date"):
// stored by the import and the undo that change the lines (schema 14), so that a run of 5 million
// lines does not read them all for it first. What the user sees: the default window ends on the
// right day after every import, overlap and undo, also in a new session on the same file.
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/api/open-workspace';
import { storedLatestSale } from '../../electron/db/latest-sale-table';
import { isoOfDay } from '../../shared/domain/calendar';
import { overlapWorkspace, salesCsv, type OverlapWorkspace, type Sale } from './overlap-helpers';

let ws: OverlapWorkspace;
afterEach(() => ws?.close());

const sale = (date: string, order: string, customer: string, amount = '100,00'): Sale => [date, order, customer, `Cliente ${customer}`, 'X', '1', amount, '50,00'];

/** What a new session on the same file shows as the latest sale, and whether it was read from what the import stored. */
function newSession(): { latestSale: Promise<string | null>; stored: boolean } {
  const other = openWorkspace({ dbPath: ws.ctx.db.name, tempDir: ws.dir });
  const stored = storedLatestSale(other.ctx.db) !== undefined;
  const latestSale = other.api.call('analysis/defaults', {}).then((d) => (d.latestSale === null ? null : isoOfDay(d.latestSale))).finally(() => other.close());
  return { latestSale, stored };
}

describe('the latest sale, stored with the lines', () => {
  it('follows imports, a skipped copy, a replace and an undo', async () => {
    ws = overlapWorkspace();
    await ws.api.call('import/run', { fileId: ws.file('jan.csv', salesCsv([sale('10/01/2025', 'P1', 'C1'), sale('20/06/2025', 'P2', 'C2')])) });
    let session = newSession();
    expect(session.stored).toBe(true);
    expect(await session.latestSale).toBe('2025-06-20');

    // A later export that repeats a line (skipped) and adds September.
    const sep = await ws.api.call('import/run', { fileId: ws.file('set.csv', salesCsv([sale('20/06/2025', 'P2', 'C2'), sale('05/09/2025', 'P3', 'C1')])) });
    expect(sep.skippedLines).toBe(1);
    session = newSession();
    expect(session.stored).toBe(true);
    expect(await session.latestSale).toBe('2025-09-05');

    // An earlier export imported afterwards: the latest stays September's.
    await ws.api.call('import/run', { fileId: ws.file('mar.csv', salesCsv([sale('15/03/2025', 'P4', 'C3')])) });
    expect(await newSession().latestSale).toBe('2025-09-05');

    // A corrected export of June to September replaces the September sale with one of August.
    const fix = await ws.api.call('import/run', { fileId: ws.file('jun-ago.csv', salesCsv([sale('01/06/2025', 'Q1', 'C1'), sale('30/09/2025', 'Q2', 'C1', '0,00'), sale('15/08/2025', 'Q3', 'C2')])), overlap: 'replace' });
    expect(fix.replacedLines).toBe(2);
    session = newSession();
    expect(session.stored).toBe(true);
    expect(await session.latestSale).toBe('2025-09-30');

    // Undone: September's sale comes back and is again the latest.
    await ws.api.call('import/undo', { batchId: fix.batchId! });
    session = newSession();
    expect(session.stored).toBe(true);
    expect(await session.latestSale).toBe('2025-09-05');
    expect(ws.ctx.db.prepare('SELECT MAX(day) FROM sale_lines').pluck().get()).toBe(ws.ctx.db.prepare('SELECT day FROM latest_sale').pluck().get());
  });

  it('an undo of every import leaves no latest sale', async () => {
    ws = overlapWorkspace();
    const jan = await ws.api.call('import/run', { fileId: ws.file('jan.csv', salesCsv([sale('10/01/2025', 'P1', 'C1')])) });
    await ws.api.call('import/undo', { batchId: jan.batchId! });
    const session = newSession();
    expect(session.stored).toBe(true);
    expect(await session.latestSale).toBeNull();
  });

  it('a day stored for another state of the workspace is not used: the lines are read', async () => {
    ws = overlapWorkspace();
    await ws.api.call('import/run', { fileId: ws.file('jan.csv', salesCsv([sale('10/01/2025', 'P1', 'C1')])) });
    // As if the lines had changed without the stored day (a workspace written by another version).
    ws.ctx.db.prepare("UPDATE latest_sale SET stamp = 'other', day = 0").run();
    const session = newSession();
    expect(session.stored).toBe(false);
    expect(await session.latestSale).toBe('2025-01-10');
  });
});
