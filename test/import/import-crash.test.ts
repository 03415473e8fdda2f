// A crash in the middle of an import (the process killed outright) leaves the workspace exactly as
// it was: the import is one transaction.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../electron/db/open-database';
import { importFile } from '../../electron/import/import-file';
import { bundleChild } from '../child-script';
import { freshDb, tempDir, writeText } from './import-helpers';

const bundleCrashChild = () => bundleChild('crash-child', { entry: join(import.meta.dirname, 'crash-child.ts') });

function snapshot(db: Db) {
  const tables = ['customers', 'import_batches', 'sale_lines', 'import_rejects', 'column_mappings'];
  // The schema too: a large import rebuilds the sale lines' indexes inside its transaction.
  const schema = db.prepare('SELECT type, name, sql FROM sqlite_master ORDER BY name').all();
  return { schema, ...Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()])) };
}

describe('a crash mid-import', () => {
  it('leaves the database exactly as before', async () => {
    const dir = tempDir();
    const { dbPath, db } = freshDb(dir);
    db.close();
    await importFile({ dbPath }, { path: writeText(dir, 'antes.csv', 'Data;Cliente;Nome;Valor\n01/10/2024;C1;Ana;10,00\n01/10/2024;C2;Bia;xx\n') });
    const before = openDatabase(dbPath);
    const expected = snapshot(before);
    before.close();

    const body = Array.from({ length: 400_000 }, (_, i) => `${(i % 28) + 1}/11/2024;C${i % 20000};Cliente ${i};${i % 997},25`).join('\n');
    const big = writeText(dir, 'grande.csv', `Data;Cliente;Nome;Valor\n${body}\n`);
    const script = await bundleCrashChild();
    const child = spawn(process.execPath, [script, dbPath, big], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (stdout.includes('progress')) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => reject(new Error(`the child ended before reporting progress: ${stdout} ${stderr}`)));
    });
    expect(await exited).toBe('SIGKILL');
    rmSync(script, { force: true });
    expect(stdout).not.toContain('finished');

    const after = openDatabase(dbPath);
    expect(after.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(snapshot(after)).toEqual(expected);
    // And the workspace still takes an import.
    after.close();
    const again = await importFile({ dbPath }, { path: big });
    expect(again.imported).toBe(400_000);
  });
});
