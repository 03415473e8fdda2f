// Backup and restore of the workspace file: a consistent copy while the app runs, and a restore
// that brings it back, refusing files that are not Clave databases or come from a newer Clave.
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaVersion } from '../../electron/db/open-database';
import { kamWorkspace, type KamWorkspace } from './kam-fixture';

const rejects = (p: Promise<unknown>, type: string, message: RegExp) => expect(p).rejects.toMatchObject({ type, message: expect.stringMatching(message) });

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

  it('restore brings the copy back: later changes are gone, the open workspace keeps working', async () => {
    await ws.api.call('customers/update', { code: 'P1', patch: { name: 'Depois da cópia' } });
    await ws.api.call('customers/create', { code: 'P2', name: 'Novo depois' });
    await ws.api.call('analysis/run', { from: '2025-01-01', to: '2025-12-31' });
    expect(await ws.api.call('workspace/restore', { fileId: backupId })).toEqual({ customers: 7, runs: 1, schemaVersion });
    expect((await ws.api.call('customers/get', { code: 'P1' })).name.value).toBe('Antes da cópia');
    await rejects(ws.api.call('customers/get', { code: 'P2' }), 'not-found', /P2/);
    expect(await ws.api.call('analysis/runs', {})).toHaveLength(1);
    // The same connection goes on reading and writing.
    await ws.api.call('customers/create', { code: 'P3', name: 'Depois da restauração' });
    expect((await ws.api.call('customers/list', {})).map((r) => r.code)).toContain('P3');
    expect(await ws.api.call('workspace/info', {})).toEqual({ path: ws.ctx.dbPath, schemaVersion, appVersion: ws.ctx.appVersion });
    expect(ws.ctx.db.pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('refuses a file that is not a Clave database, or one from a newer Clave, and changes nothing', async () => {
    const before = (await ws.api.call('customers/list', {})).map((r) => r.code);
    const text = ws.file('notas.clave', 'não é um banco de dados');
    await rejects(ws.api.call('workspace/restore', { fileId: text }), 'bad-file', /notas\.clave não é um banco de dados do Clave/);

    const otherPath = join(ws.dir, 'outro.sqlite');
    const other = new Database(otherPath);
    other.exec('CREATE TABLE pets (name TEXT); INSERT INTO pets VALUES (\'Rex\');');
    other.close();
    await rejects(ws.api.call('workspace/restore', { fileId: ws.ctx.files.add(otherPath) }), 'bad-file', /outro\.sqlite não é um banco de dados do Clave/);

    const emptyPath = join(ws.dir, 'vazio.sqlite');
    new Database(emptyPath).close();
    await rejects(ws.api.call('workspace/restore', { fileId: ws.ctx.files.add(emptyPath) }), 'bad-file', /vazio\.sqlite não é uma cópia de segurança do Clave/);

    const newerPath = join(ws.dir, 'futuro.clave');
    await ws.ctx.db.backup(newerPath);
    const newer = new Database(newerPath);
    newer.pragma(`user_version = ${schemaVersion + 1}`);
    newer.close();
    await rejects(
      ws.api.call('workspace/restore', { fileId: ws.ctx.files.add(newerPath) }),
      'bad-file',
      /futuro\.clave foi gravado por uma versão mais nova do Clave .* nada foi alterado/,
    );
    await rejects(ws.api.call('workspace/restore', { fileId: ws.ctx.files.add(ws.ctx.dbPath) }), 'bad-option', /próprio espaço de trabalho/);
    expect((await ws.api.call('customers/list', {})).map((r) => r.code)).toEqual(before);
    expect(existsSync(ws.ctx.dbPath)).toBe(true);
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
    expect(linesBefore.length).toBeGreaterThan(0);
    old.pragma('user_version = 1');
    old.close();
    expect(await ws.api.call('workspace/restore', { fileId: ws.ctx.files.add(oldPath) })).toMatchObject({ schemaVersion });
    // Every imported customer is back; the prospects (and their profiles) were not in schema 1.
    expect((await ws.api.call('customers/list', {})).map((r) => r.code).sort()).toEqual(['C001', 'C002', 'C003', 'C004', 'C005', 'C006', 'P1', 'P3']);
    expect((await ws.api.call('customers/get', { code: 'P1' })).name.value).toBeNull();
    await ws.api.call('records/save', { kind: 'competitor', code: 'C001', record: { name: 'Rival', notes: null } });
    // The lines are all there, with their texts (migration 4), and each batch can still be undone.
    expect(ws.ctx.db.prepare('SELECT id, batch_id, customer_id, day, order_key, product, quantity_milli, amount_cents, seller, customer_name FROM sale_lines_named ORDER BY id').raw().all()).toEqual(linesBefore);
    const batches = await ws.api.call('import/batches', {});
    for (const b of batches.filter((x) => x.undoneAt === null)) await ws.api.call('import/undo', { batchId: b.id });
    expect(ws.ctx.db.prepare('SELECT count(*) FROM sale_lines').pluck().get()).toBe(0);
  });
});
