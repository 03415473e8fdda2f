// A workspace is brought up to date by the migrations it has not had, whatever state of main made
// it: migrations 7 to 9 were never released, and the work that first took those numbers landed
// after schema 10 was out, as 12 and 13. A workspace made at schema 10 must gain both.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../electron/db/migrations/index';
import { migrate, openDatabase, schemaVersion } from '../../electron/db/open-database';
import { tempDir } from '../import/import-helpers';

describe('the schema’s history', () => {
  it('numbers the migrations in increasing order, each once', () => {
    const versions = migrations.map((m) => m.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    expect(migrations.at(-1)!.version).toBe(schemaVersion);
    for (const m of migrations) expect(m.name.startsWith(String(m.version).padStart(3, '0'))).toBe(true);
  });

  it('brings a workspace made at schema 10 (before the models and the screens at scale) up to date', () => {
    const path = join(tempDir(), 'esquema-10.clave');
    const old = new Database(path);
    migrate(old, migrations.filter((m) => m.version <= 10));
    expect(old.pragma('user_version', { simple: true })).toBe(10);
    old.close();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    const runColumns = db.prepare("SELECT name FROM pragma_table_info('analysis_runs')").pluck().all();
    expect(runColumns).toContain('model_json');
    const resultColumns = db.prepare("SELECT name FROM pragma_table_info('run_results')").pluck().all();
    expect(resultColumns).toEqual(expect.arrayContaining(['p_alive', 'clv_12m_cents', 'prediction_reasons']));
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name = 'run_results_code'").pluck().get()).toBe('run_results_code');
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'agenda_purchase_marks'").pluck().get()).toBe('agenda_purchase_marks');
    db.close();
  });
});
