// 'import/overlap': before importing, how many of the file's lines are already stored and for
// which dates, and what replace would remove (#10.3); a dry run that writes nothing. And the
// duplicate check, which takes the sheet into account.
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api/events';
import { dayRanges } from '../../shared/import/day-ranges';
import { dayOfIso } from '../../shared/domain/calendar';
import { writeWorkbook } from './import-helpers';
import { HEADER, overlapWorkspace, salesCsv, type OverlapWorkspace, type Sale } from './overlap-helpers';

let ws: OverlapWorkspace;
afterEach(() => ws?.close());

/** One sale a week for customer C1 from `from` for `weeks` weeks, order ids by date. */
function weekly(from: string, weeks: number, amount = '10,00'): Sale[] {
  const start = dayOfIso(from)!;
  return Array.from({ length: weeks }, (_, i) => {
    const d = new Date((start + 7 * i) * 86_400_000);
    const date = `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
    return [date, `P${date}`, 'C1', 'Ana', 'X', '1', amount, '5,00'];
  });
}

const snapshot = (w: OverlapWorkspace) =>
  ['sale_lines', 'import_batches', 'customers', 'import_rejects', 'replaced_sale_lines', 'replace_ranges', 'column_mappings'].map(
    (t) => w.ctx.db.prepare(`SELECT count(*) FROM ${t}`).pluck().get(),
  );

describe('import/overlap', () => {
  it('says how many lines are stored and where, and what replace would remove, writing nothing', async () => {
    ws = overlapWorkspace();
    // January–June (26 weekly sales from 06/01), then April–September (26 from 07/04): the
    // thirteen sales from 07/04 to 30/06 are in both.
    const jan = await ws.api.call('import/run', { fileId: ws.file('jan-jun.csv', salesCsv(weekly('2025-01-06', 26))) });
    const before = snapshot(ws);
    const events: ApiEvent[] = [];
    ws.ctx.emit = (e) => events.push(e);
    const fileId = ws.file('abr-set.csv', salesCsv(weekly('2025-04-07', 26)));
    const found = await ws.api.call('import/overlap', { fileId, jobId: 'dry' });
    expect(found).toEqual({
      fileName: 'abr-set.csv',
      lines: 26,
      from: '2025-04-07',
      to: '2025-09-29',
      alreadyStored: 13,
      storedDates: [{ from: '2025-04-07', to: '2025-06-30', lines: 13 }],
      // The file runs 07/04–29/09: January–June's 13 lines from 07/04 on.
      replace: { lines: 13, from: '2025-04-07', to: '2025-06-30', batches: [{ id: jan.batchId, fileName: 'jan-jun.csv', sheet: null, lines: 13, from: '2025-04-07', to: '2025-06-30' }] },
    });
    expect(snapshot(ws)).toEqual(before);
    expect(events.some((e) => e.type === 'import/progress' && e.jobId === 'dry')).toBe(true);
    // Then each choice does what the preview said.
    const skip = await ws.api.call('import/run', { fileId });
    expect(skip).toMatchObject({ imported: 13, skippedLines: 13 });
    await ws.api.call('import/undo', { batchId: skip.batchId! });
    const replace = await ws.api.call('import/run', { fileId, overlap: 'replace' });
    expect(replace).toMatchObject({ imported: 26, replacedLines: 13 });
  });

  it('measures the same content imported before too, and a file with nothing stored', async () => {
    ws = overlapWorkspace();
    const text = salesCsv(weekly('2025-01-06', 4));
    expect(await ws.api.call('import/overlap', { fileId: ws.file('a.csv', text) })).toEqual({
      fileName: 'a.csv',
      lines: 4,
      from: '2025-01-06',
      to: '2025-01-27',
      alreadyStored: 0,
      storedDates: [],
      replace: { lines: 0, from: null, to: null, batches: [] },
    });
    await ws.api.call('import/run', { fileId: ws.file('a.csv', text) });
    expect(await ws.api.call('import/overlap', { fileId: ws.file('a-copia.csv', text) })).toMatchObject({ lines: 4, alreadyStored: 4, replace: { lines: 4 } });
  });

  it('stops when cancelled, nothing written', async () => {
    ws = overlapWorkspace();
    const rows = Array.from({ length: 200_000 }, (_, i) => `${(i % 28) + 1}/11/2024;P${i};C${i % 5000};Cliente;X;1;${i % 1000},50;1,00`);
    const fileId = ws.file('grande.csv', `${HEADER}\n${rows.join('\n')}\n`);
    ws.ctx.emit = (e) => {
      if (e.type === 'import/progress' && e.phase === 'writing') void ws.api.call('import/cancel', { jobId: 'big' });
    };
    await expect(ws.api.call('import/overlap', { fileId, jobId: 'big' })).rejects.toMatchObject({ type: 'cancelled' });
    expect(snapshot(ws)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe('the dates of the lines already stored', () => {
  const days = (isos: string[], lines = 1) => new Map(isos.map((iso) => [dayOfIso(iso)!, lines]));
  const isoDays = (isos: string[]) => isos.map((iso) => dayOfIso(iso)!);

  it('run over the file’s own days: a day of the file with nothing stored ends a range, a day without sales does not', () => {
    // A monthly export: C1 on the 10th, C2 on the 20th; 20/05 is a corrected line, not stored.
    const file = ['2025-04-10', '2025-04-20', '2025-05-10', '2025-05-20', '2025-06-10', '2025-06-20', '2025-07-10'];
    expect(dayRanges(days(['2025-04-10', '2025-04-20', '2025-05-10', '2025-06-10', '2025-06-20']), isoDays(file))).toEqual([
      { from: '2025-04-10', to: '2025-05-10', lines: 3 },
      { from: '2025-06-10', to: '2025-06-20', lines: 2 },
    ]);
  });

  it('keep at most six ranges, joining the closest', () => {
    const file = Array.from({ length: 16 }, (_, i) => `2025-01-${String(i + 1).padStart(2, '0')}`);
    const stored = file.filter((_, i) => i % 2 === 0 || i === 15); // every other day, and the 16th
    const ranges = dayRanges(days(stored, 2), isoDays(file));
    expect(ranges).toHaveLength(6);
    expect(ranges[ranges.length - 1]).toEqual({ from: '2025-01-15', to: '2025-01-16', lines: 4 });
    expect(ranges.reduce((n, r) => n + r.lines, 0)).toBe(2 * stored.length);
  });
});

describe('the same content', () => {
  it('another sheet of the same workbook is not the same content; the same file and sheet still asks', async () => {
    ws = overlapWorkspace();
    const header = ['Data', 'Cliente', 'Valor'];
    const path = await writeWorkbook(ws.dir, 'anos.xlsx', [
      { name: '2024', rows: [header, [new Date(Date.UTC(2024, 10, 5)), 'C1', 10]] },
      { name: '2025', rows: [header, [new Date(Date.UTC(2025, 10, 5)), 'C1', 20]] },
    ]);
    const fileId = ws.ctx.files.add(path);
    const first = await ws.api.call('import/run', { fileId, sheet: '2024' });
    expect((await ws.api.call('import/preview', { fileId, sheet: '2025' })).duplicateOf).toBeNull();
    expect(await ws.api.call('import/run', { fileId, sheet: '2025' })).toMatchObject({ imported: 1 });
    expect((await ws.api.call('import/preview', { fileId, sheet: '2024' })).duplicateOf).toMatchObject({ id: first.batchId, sheet: '2024' });
    await expect(ws.api.call('import/run', { fileId, sheet: '2024' })).rejects.toMatchObject({ type: 'conflict' });
    // The first sheet with data, not named: the same sheet, the same content.
    await expect(ws.api.call('import/run', { fileId })).rejects.toMatchObject({ type: 'conflict' });
    expect(ws.revenue()).toBe(3000);
  });
});
