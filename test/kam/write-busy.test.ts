// A save while another connection holds the workspace's write lock for longer than SQLite waits
// (5 s): a note typed while a 5-million-line run writes its rows on a slow machine. The user is
// told to try again in a moment, in their language, not shown an internal error; the save then works.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { wordError, type ApiError } from '../../shared/api/errors';
import { kamWorkspace, type KamWorkspace } from './kam-fixture';

let ws: KamWorkspace;
afterEach(() => ws?.close());

describe('a save while the workspace writes something else', () => {
  it('says to try again in a moment, and the save works once the other write ends', { timeout: 20_000 }, async () => {
    ws = await kamWorkspace({ withSales: true });
    const other = new Database(ws.ctx.db.name);
    other.exec('BEGIN IMMEDIATE');
    const record = { kind: 'competitor', code: 'C001', record: { name: 'Rival', notes: null } } as const;
    const refused = await ws.api.dispatch('records/save', record);
    expect(refused.ok).toBe(false);
    const error = (refused as { error: ApiError }).error;
    expect(error).toMatchObject({ type: 'conflict', code: 'workspace/write-busy' });
    expect(wordError(error, 'en')).toBe('The workspace is saving something else (an analysis or an import): try again in a few seconds.');
    other.exec('ROLLBACK');
    other.close();
    expect(await ws.api.dispatch('records/save', record)).toMatchObject({ ok: true });
  });
});
