// The win-back list's first page is read with the order's LIMIT (not by ordering every lost
// customer: ~300 ms of the ~600 ms of a first page at 5M lines), and asks for the whole order to
// be read ahead, so that 'Mostrar mais' slices it. The pages are the same either way. A real
// workspace (300 generated customers, a third of them lost or inactive).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace, type Workspace } from '../../electron/api/open-workspace';
import { readAheadIn, readAheadLane, laneOf, type ReadAhead } from '../../electron/api/read-calls';
import { winbackOrderKept } from '../../electron/kam/winback';
import { generatedSales } from './generated-sales';
import { writeFileSync } from 'node:fs';

describe('the win-back list a page at a time', () => {
  let ws: Workspace;
  const asked: ReadAhead[] = [];
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clave-'));
    ws = openWorkspace({ dbPath: join(dir, 'workspace.clave'), tempDir: join(dir, 'tmp'), readAhead: (what) => asked.push(what) });
    writeFileSync(join(dir, 'geradas.csv'), generatedSales());
    await ws.api.call('import/run', { fileId: ws.ctx.files.add(join(dir, 'geradas.csv')) });
    await ws.api.call('analysis/run', {});
  }, 60_000);
  afterAll(() => ws.close());

  it('gives its first page before the whole order is made, then asks for the order to be read ahead', async () => {
    expect(winbackOrderKept(ws.ctx.db)).toBe(false);
    const first = await ws.api.call('winback/page', { limit: 7 });
    expect(winbackOrderKept(ws.ctx.db)).toBe(false);
    const ahead = asked.find((what) => what.kind === 'winback-order');
    expect(ahead).toBeDefined();
    expect(readAheadLane(ahead!)).toBe(laneOf('winback/page'));
    await readAheadIn(ws, ahead!);
    expect(winbackOrderKept(ws.ctx.db)).toBe(true);
    // The same first page from the order kept, and every page a slice of the whole list.
    expect(await ws.api.call('winback/page', { limit: 7 })).toEqual(first);
    const all = await ws.api.call('winback/list', {});
    expect(all.length).toBeGreaterThan(50);
    expect(first).toMatchObject({ offset: 0, total: all.length, valueLost: all.reduce((sum, r) => sum + r.valueLost, 0) });
    for (let offset = 0; offset < all.length; offset += 7) {
      expect((await ws.api.call('winback/page', { offset, limit: 7 })).rows).toEqual(all.slice(offset, offset + 7));
    }
    expect(first.rows).toEqual(all.slice(0, 7));
  });
});
