// Backups an attacker (or bad luck) could hand a user, generated from a real backup of a real
// workspace: each must be refused by 'workspace/restore' with the workspace left byte for byte.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaVersion } from '../../electron/db/open-database';

export type CraftedBackup = { name: string; path: string; code: string };

/** Runs `sql` on a copy of `good` (keeping its application id and version unless the SQL changes them). */
function alteredCopy(good: string, path: string, change: (db: Database.Database) => void): string {
  copyFileSync(good, path);
  const db = new Database(path);
  try {
    change(db);
  } finally {
    db.close();
  }
  return path;
}

/** `good` is a sound backup (the 'workspace/backup' of a workspace with data); the files go to `dir`. */
export function craftBackups(good: string, dir: string): CraftedBackup[] {
  const at = (name: string) => join(dir, name);
  const backups: CraftedBackup[] = [];
  const add = (name: string, code: string, path: string) => backups.push({ name, path, code });

  writeFileSync(at('aleatorio.clave'), randomBytes(64 * 1024));
  add('random bytes', 'workspace/restore-not-database', at('aleatorio.clave'));

  const bytes = readFileSync(good);
  writeFileSync(at('truncado.clave'), bytes.subarray(0, Math.floor(bytes.length / 2)));
  add('truncated', 'workspace/restore-damaged', at('truncado.clave'));

  add('newer version', 'workspace/restore-newer', alteredCopy(good, at('futuro.clave'), (db) => db.pragma(`user_version = ${schemaVersion + 1}`)));

  const foreign = new Database(at('outro.sqlite'));
  foreign.exec("CREATE TABLE pets (name TEXT); INSERT INTO pets VALUES ('Rex');");
  foreign.close();
  add('a foreign SQLite file', 'workspace/restore-not-database', at('outro.sqlite'));

  add(
    'core tables only',
    'workspace/restore-schema',
    alteredCopy(good, at('so-nucleo.clave'), (db) => {
      const core = ['customers', 'sale_lines', 'import_batches', 'analysis_runs', 'run_results', 'sale_texts'];
      db.pragma('foreign_keys = OFF');
      for (const view of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'view'").pluck().all() as string[]) db.exec(`DROP VIEW "${view}"`);
      for (const table of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[])
        if (!core.includes(table)) db.exec(`DROP TABLE "${table}"`);
    }),
  );

  add('a dropped column', 'workspace/restore-schema', alteredCopy(good, at('sem-coluna.clave'), (db) => db.exec('ALTER TABLE customers DROP COLUMN name')));

  add(
    'a trigger',
    'workspace/restore-schema',
    alteredCopy(good, at('gatilho.clave'), (db) => db.exec('CREATE TRIGGER limpa AFTER INSERT ON activities BEGIN DELETE FROM sale_lines; END')),
  );

  add('a view', 'workspace/restore-schema', alteredCopy(good, at('visao.clave'), (db) => db.exec('CREATE VIEW espia AS SELECT * FROM customers')));

  // Schema 3 by its version, yet it already has what migration 4 creates: migration 4 fails.
  add('a migration that fails', 'workspace/restore-migration', alteredCopy(good, at('migracao.clave'), (db) => db.pragma('user_version = 3')));
  return backups;
}
