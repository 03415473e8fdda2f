// Backup and restore of the workspace file (#11.3): a consistent copy while the app runs, and a
// restore that checks a copy of the backup first and swaps it in only when it is sound. Every
// crafted backup is refused with one sentence and the workspace left byte for byte as it was.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordError, type ApiError } from '../../shared/api/errors';
import { openWorkspace } from '../../electron/api/open-workspace';
import { schemaVersion } from '../../electron/db/open-database';
import { keptWorkspacePath } from '../../electron/workspace/restore-files';
import { isoOfDay } from '../../shared/domain/calendar';
import { kamWorkspace, type KamWorkspace } from '../kam/kam-fixture';
import { craftBackups } from './crafted-backups';

const rejects = (p: Promise<unknown>, type: string, message: RegExp) => expect(p).rejects.toMatchObject({ type, message: expect.stringMatching(message) });

/** The workspace as bytes on disk: the file and its write-ahead log. */
function fingerprint(dbPath: string): string {
  const hash = createHash('sha256');
  for (const p of [dbPath, `${dbPath}-wal`]) hash.update(existsSync(p) ? readFileSync(p) : Buffer.from('absent'));
  return hash.digest('hex');
}

describe('workspace backup and restore', () => {
  let ws: KamWorkspace;
  let backupId: string;
  beforeAll(async () => {
    ws = await kamWorkspace({ withSales: true });
    await ws.api.call('customers/create', { code: 'P1', name: 'Antes da cópia' });
  });
  afterAll(() => ws.close());

  it('writes a consistent copy into the chosen file, or a temporary one to download', async () => {
    const target = ws.ctx.files.add(join(ws.dir, 'minha-copia.clave'));
    const result = await ws.api.call('workspace/backup', { target });
    expect(result).toEqual({ fileId: target, fileName: 'minha-copia.clave', bytes: statSync(join(ws.dir, 'minha-copia.clave')).size });
    backupId = target;
    const copy = new Database(join(ws.dir, 'minha-copia.clave'), { readonly: true });
    try {
      expect(copy.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(7);
      expect(copy.pragma('user_version', { simple: true })).toBe(schemaVersion);
    } finally {
      copy.close();
    }
    const temp = await ws.api.call('workspace/backup', {});
    expect(temp.fileName).toMatch(/^clave-copia-\d{4}-\d{2}-\d{2}\.clave$/);
    expect(ws.ctx.files.get(temp.fileId).path.startsWith(ws.ctx.tempDir)).toBe(true);
    expect(temp.bytes).toBeGreaterThan(0);
  });

  it('restore brings the copy back: later changes are gone, every handler goes on with the restored file', async () => {
    await ws.api.call('customers/update', { code: 'P1', patch: { name: 'Depois da cópia' } });
    await ws.api.call('customers/create', { code: 'P2', name: 'Novo depois' });
    await ws.api.call('analysis/run', { from: '2025-01-01', to: '2025-12-31' });
    expect(await ws.api.call('workspace/restore', { fileId: backupId })).toEqual({ customers: 7, runs: 1, schemaVersion });
    expect((await ws.api.call('customers/get', { code: 'P1' })).name.value).toBe('Antes da cópia');
    await rejects(ws.api.call('customers/get', { code: 'P2' }), 'not-found', /P2/);
    expect(await ws.api.call('analysis/runs', {})).toHaveLength(1);
    await ws.api.call('customers/create', { code: 'P3', name: 'Depois da restauração' });
    expect((await ws.api.call('customers/list', {})).map((r) => r.code)).toContain('P3');
    expect(ws.ctx.db.pragma('journal_mode', { simple: true })).toBe('wal');
    // The previous workspace was kept beside it only until the restored one opened; no copy is left.
    expect(existsSync(keptWorkspacePath(ws.ctx.dbPath))).toBe(false);
    expect(readdirSync(ws.dir).filter((f) => f.includes('restaurando'))).toEqual([]);
  });

  describe('crafted backups are refused, the workspace byte for byte as it was', () => {
    let made: ReturnType<typeof craftBackups> | null = null;
    const crafted = () => {
      if (made === null) {
        const dir = join(ws.dir, 'criadas');
        mkdirSync(dir);
        made = craftBackups(join(ws.dir, 'minha-copia.clave'), dir);
      }
      return made;
    };
    it.each([
      'random bytes',
      'truncated',
      'newer version',
      'a foreign SQLite file',
      'core tables only',
      'a dropped column',
      'a trigger',
      'a view',
      'a migration that fails',
    ])('%s', async (name) => {
      const backup = crafted().find((b) => b.name === name)!;
      const before = fingerprint(ws.ctx.dbPath);
      const customers = (await ws.api.call('customers/list', {})).map((r) => r.code);
      const refusal = await ws.api.call('workspace/restore', { fileId: ws.ctx.files.add(backup.path) }).then(
        () => null,
        (e: unknown) => e as ApiError,
      );
      expect(refusal).toMatchObject({ type: 'bad-file', code: backup.code });
      // One sentence that names the file and says nothing changed, in every language.
      const sentence = wordError(refusal!, 'pt');
      expect(sentence).toContain(backup.path.split('/').pop()!);
      expect(sentence).toMatch(/nada foi alterado\.$/);
      expect(sentence.split(/[.:] /).length).toBeLessThan(4);
      expect(wordError(refusal!, 'en')).toMatch(/nothing was changed\.$/);
      expect(fingerprint(ws.ctx.dbPath)).toBe(before);
      expect(readdirSync(ws.dir).filter((f) => f.includes('restaurando') || f.endsWith('.anterior'))).toEqual([]);
      expect((await ws.api.call('customers/list', {})).map((r) => r.code)).toEqual(customers);
    });

    it('says what is wrong with the schema', async () => {
      const backup = crafted().find((b) => b.name === 'a trigger')!;
      await expect(ws.api.call('workspace/restore', { fileId: ws.ctx.files.add(backup.path) })).rejects.toMatchObject({
        code: 'workspace/restore-schema',
        params: { what: 'extra', kind: 'trigger', name: 'limpa' },
        message: expect.stringMatching(/gatilho.clave não tem a estrutura que o Clave grava \(o gatilho "limpa" não é do Clave\): nada foi alterado\./),
      });
    });
  });

  it('refuses the workspace itself, and an empty SQLite file', async () => {
    await rejects(ws.api.call('workspace/restore', { fileId: ws.ctx.files.add(ws.ctx.dbPath) }), 'bad-option', /próprio espaço de trabalho/);
    const emptyPath = join(ws.dir, 'vazio.sqlite');
    new Database(emptyPath).close();
    await rejects(ws.api.call('workspace/restore', { fileId: ws.ctx.files.add(emptyPath) }), 'bad-file', /vazio\.sqlite não é uma cópia de segurança do Clave/);
  });

  it('an older backup is brought up to date by the migrations', async () => {
    const oldPath = join(ws.dir, 'antigo.clave');
    await ws.ctx.db.backup(oldPath);
    const old = new Database(oldPath);
    // Schema 1 only: drop what migrations 2 and 3 add…
    for (const t of ['survey_answers', 'winback_cases', 'activities', 'actions', 'objectives', 'relationship_events', 'competitors', 'customer_people', 'customer_tags', 'customer_profiles', 'team_members', 'settings'])
      old.exec(`DROP TABLE ${t}`);
    // …the sale lines of schema 1, their texts inline, and their two indexes (migrations 3 and 4)…
    const linesBefore = old.prepare('SELECT id, batch_id, customer_id, day, order_key, product, quantity_milli, amount_cents, seller, customer_name FROM sale_lines_named ORDER BY id').raw().all();
    old.exec(`
      CREATE TABLE sale_lines_1 (
        id INTEGER PRIMARY KEY, batch_id INTEGER NOT NULL REFERENCES import_batches(id), customer_id INTEGER NOT NULL REFERENCES customers(id),
        day INTEGER NOT NULL, order_key TEXT NOT NULL, product TEXT, quantity_milli INTEGER, amount_cents INTEGER NOT NULL, cost_cents INTEGER,
        margin_cents INTEGER, seller TEXT, segment TEXT, region TEXT, customer_name TEXT);
      INSERT INTO sale_lines_1 SELECT id, batch_id, customer_id, day, order_key, product, quantity_milli, amount_cents, cost_cents, margin_cents,
        seller, segment, region, customer_name FROM sale_lines_named;
      DROP VIEW sale_lines_named; DROP TABLE sale_lines; DROP TABLE sale_texts;
      ALTER TABLE sale_lines_1 RENAME TO sale_lines;
      CREATE INDEX sale_lines_customer_day ON sale_lines(customer_id, day);
      CREATE INDEX sale_lines_batch ON sale_lines(batch_id);
      ALTER TABLE import_batches DROP COLUMN first_line_id; ALTER TABLE import_batches DROP COLUMN last_line_id;`);
    // …and what migration 6 adds (its run_results column is rebuilt whatever its form).
    old.exec(`DROP TABLE replaced_sale_lines; DROP TABLE replace_ranges;
      ${['overlap', 'skipped', 'replaced', 'first_day', 'last_day'].map((c) => `ALTER TABLE import_batches DROP COLUMN ${c};`).join(' ')}`);
    // …and the runs of schema 1: no reference date, label or current run, no other customers (migration 5).
    const runsBefore = old.prepare('SELECT id, window_to FROM analysis_runs ORDER BY id').raw().all() as [number, number][];
    old.exec(`
      DROP INDEX analysis_runs_current;
      ALTER TABLE analysis_runs DROP COLUMN reference_day; ALTER TABLE analysis_runs DROP COLUMN latest_sale;
      ALTER TABLE analysis_runs DROP COLUMN last_period_left_out; ALTER TABLE analysis_runs DROP COLUMN label;
      ALTER TABLE analysis_runs DROP COLUMN current_seq;
      ALTER TABLE analysis_runs DROP COLUMN model_json; -- migration 12's (its run_results columns: the table below is schema 1's)
      CREATE TABLE run_results_1 (
        run_id INTEGER NOT NULL REFERENCES analysis_runs(id) ON DELETE CASCADE, rank INTEGER NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customers(id), code TEXT NOT NULL, name TEXT, seller TEXT, segment TEXT,
        region TEXT, value INTEGER NOT NULL, share REAL, cumulative_share REAL, abc TEXT NOT NULL, non_positive INTEGER NOT NULL,
        abc_revenue TEXT, abc_margin TEXT, xyz TEXT, cv REAL, xyz_periods INTEGER NOT NULL, revenue_cents INTEGER NOT NULL,
        margin_cents INTEGER, quantity_milli INTEGER NOT NULL, orders INTEGER NOT NULL, first_purchase INTEGER,
        last_purchase INTEGER, recency_days INTEGER, cycle_days REAL, expected_next INTEGER, status TEXT NOT NULL,
        signals_json TEXT NOT NULL, types_json TEXT NOT NULL, PRIMARY KEY (run_id, rank)) WITHOUT ROWID;
      INSERT INTO run_results_1 SELECT run_id, rank, customer_id, code, name, seller, segment, region, value, share,
        cumulative_share, abc, non_positive, abc_revenue, abc_margin, xyz, cv, xyz_periods, revenue_cents, margin_cents,
        quantity_milli, orders, first_purchase, last_purchase, recency_days, cycle_days, expected_next, status,
        signals_json, types_json FROM run_results WHERE other = 0;
      DROP TABLE run_results; ALTER TABLE run_results_1 RENAME TO run_results;
      CREATE INDEX run_results_customer ON run_results(customer_id, run_id);`);
    // …and the tables of migrations 11 and 14.
    old.exec('DROP TABLE agenda_purchase_marks; DROP TABLE latest_sale;');
    expect(linesBefore.length).toBeGreaterThan(0);
    expect(runsBefore.length).toBeGreaterThan(0);
    old.pragma('user_version = 1');
    old.close();
    expect(await ws.api.call('workspace/restore', { fileId: ws.ctx.files.add(oldPath) })).toMatchObject({ schemaVersion });
    expect((await ws.api.call('customers/list', {})).map((r) => r.code).sort()).toEqual(['C001', 'C002', 'C003', 'C004', 'C005', 'C006', 'P1', 'P3']);
    expect((await ws.api.call('customers/get', { code: 'P1' })).name.value).toBeNull();
    await ws.api.call('records/save', { kind: 'competitor', code: 'C001', record: { name: 'Rival', notes: null } });
    // The runs: each measured recency to its window's end; the one whose window ends latest is current.
    const runs = await ws.api.call('analysis/runs', {});
    expect(runs.map((r) => [r.id, r.referenceDate, r.latestSale, r.label])).toEqual(
      [...runsBefore].reverse().map(([id, to]) => [id, isoOfDay(to), null, null]),
    );
    expect(runs.filter((r) => r.current).map((r) => r.id)).toEqual([[...runsBefore].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0]]);
    expect(await ws.api.call('analysis/others', { runId: runs[0]!.id })).toEqual([]);
    // The lines are all there, with their texts (migration 4), and each batch can still be undone.
    expect(ws.ctx.db.prepare('SELECT id, batch_id, customer_id, day, order_key, product, quantity_milli, amount_cents, seller, customer_name FROM sale_lines_named ORDER BY id').raw().all()).toEqual(linesBefore);
    const batches = await ws.api.call('import/batches', {});
    for (const b of batches.filter((x) => x.undoneAt === null)) await ws.api.call('import/undo', { batchId: b.id });
    expect(ws.ctx.db.prepare('SELECT count(*) FROM sale_lines').pluck().get()).toBe(0);
  });

  it('a restore cut off between its two renames is undone when the workspace is next opened', async () => {
    const other = await kamWorkspace();
    await other.api.call('customers/create', { code: 'K1', name: 'Guardado' });
    other.close();
    renameSync(other.ctx.dbPath, keptWorkspacePath(other.ctx.dbPath));
    const reopened = openWorkspace({ dbPath: other.ctx.dbPath, tempDir: join(other.dir, 'tmp') });
    try {
      expect((await reopened.api.call('customers/list', {})).map((r) => r.code)).toEqual(['K1']);
      expect(existsSync(keptWorkspacePath(other.ctx.dbPath))).toBe(false);
    } finally {
      reopened.close();
    }
  });
});
