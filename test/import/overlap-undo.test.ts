// Undoing an import removes the customers it created that have nothing else (issue #10.6): "Try
// with sample data, then undo, still leaves 486 nameless prospects in the portfolio".
import { afterEach, describe, expect, it } from 'vitest';
import { overlapWorkspace, salesCsv, type OverlapWorkspace } from './overlap-helpers';

let ws: OverlapWorkspace;
afterEach(() => ws?.close());

const customers = () => ws.ctx.db.prepare('SELECT count(*) FROM customers').pluck().get();

describe('undo and the customers an import created', () => {
  it('the sample, its analysis, then undo: no customer left in the portfolio; the run keeps its rows by code', async () => {
    ws = overlapWorkspace();
    // What "Experimentar com dados de exemplo" does (renderer/screens/start/use-sample-flow.ts).
    const sample = await ws.api.call('sample/create', {});
    const batch = await ws.api.call('import/run', { fileId: sample.fileId, locale: 'pt-BR', ifDuplicate: 'skip' });
    const run = await ws.api.call('analysis/run', {});
    expect(customers()).toBe(batch.newCustomers);
    const inRun = (await ws.api.call('analysis/results', { runId: run.id })).length;
    expect(inRun).toBeGreaterThan(400);
    const undone = await ws.api.call('import/undo', { batchId: batch.batchId! });
    expect(undone).toMatchObject({ removedLines: batch.imported, removedCustomers: batch.newCustomers });
    expect(customers()).toBe(0);
    expect(await ws.api.call('customers/list', {})).toEqual([]);
    // The stored run is a record: its rows stay, by code and name.
    const results = await ws.api.call('analysis/results', { runId: run.id });
    expect(results).toHaveLength(inRun);
    expect(results[0]!.name).not.toBeNull();
  });

  it('keeps a customer the user wrote about, and one with lines in another batch', async () => {
    ws = overlapWorkspace();
    await ws.api.call('import/run', { fileId: ws.file('a.csv', salesCsv([['10/01/2025', 'P1', 'C1', 'Ana', 'X', '1', '10,00', '5,00']])) });
    const b = await ws.api.call('import/run', {
      fileId: ws.file(
        'b.csv',
        salesCsv([
          ['10/02/2025', 'P2', 'C1', 'Ana', 'X', '1', '10,00', '5,00'],
          ['10/02/2025', 'P3', 'C2', 'Bia', 'X', '1', '10,00', '5,00'],
          ['10/02/2025', 'P4', 'C3', 'Cid', 'X', '1', '10,00', '5,00'],
        ]),
      ),
    });
    await ws.api.call('analysis/run', {});
    await ws.api.call('records/save', { kind: 'competitor', code: 'C2', record: { name: 'Rival', notes: null } });
    expect(await ws.api.call('import/undo', { batchId: b.batchId! })).toMatchObject({ removedLines: 3, removedCustomers: 1 });
    expect(ws.ctx.db.prepare('SELECT code FROM customers ORDER BY code').pluck().all()).toEqual(['C1', 'C2']);
  });

  it('says which batch when it cannot undo', async () => {
    ws = overlapWorkspace();
    const a = await ws.api.call('import/run', { fileId: ws.file('a.csv', salesCsv([['10/01/2025', 'P1', 'C1', 'Ana', 'X', '1', '10,00', '5,00']])) });
    await ws.api.call('import/undo', { batchId: a.batchId! });
    await expect(ws.api.call('import/undo', { batchId: a.batchId! })).rejects.toMatchObject({
      type: 'conflict',
      code: 'import/undo-already-undone',
      params: { batch: a.batchId, file: 'a.csv' },
    });
    await expect(ws.api.call('import/undo', { batchId: 999 })).rejects.toMatchObject({ type: 'not-found', code: 'import/undo-not-found', params: { batch: 999 } });
  });
});
