// Shared setup for the import tests: a fresh workspace file per test, and files written on the fly.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { openDatabase, type Db } from '../../electron/db/open-database';

export const SAMPLES = join(import.meta.dirname, '..', 'fixtures', 'samples');
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'import');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'clave-'));
}

/** A new, migrated workspace database; the test closes it. */
export function freshDb(dir = tempDir()): { dbPath: string; db: Db } {
  const dbPath = join(dir, 'workspace.clave');
  return { dbPath, db: openDatabase(dbPath) };
}

export function writeText(dir: string, name: string, text: string, encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252' = 'utf-8'): string {
  const path = join(dir, name);
  let bytes: Buffer;
  if (encoding === 'windows-1252') bytes = Buffer.from(text, 'latin1'); // the test texts use Latin-1 letters only
  else bytes = Buffer.concat([encoding === 'utf-8-bom' ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0), Buffer.from(text, 'utf8')]);
  writeFileSync(path, bytes);
  return path;
}

export type SheetSpec = { name: string; rows: ExcelJS.CellValue[][]; dateFormat?: string };

/** Writes a real .xlsx with exceljs; Date cells get a date format. */
export async function writeWorkbook(dir: string, name: string, sheets: SheetSpec[]): Promise<string> {
  const path = join(dir, name);
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const values of s.rows) {
      const row = ws.addRow(values);
      row.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = s.dateFormat ?? 'dd/mm/yyyy';
      });
    }
  }
  await wb.xlsx.writeFile(path);
  return path;
}

export type LineRow = {
  code: string;
  day: number;
  order_key: string;
  amount_cents: number;
  margin_cents: number | null;
  quantity_milli: number | null;
  customer_name: string | null;
};

export function lines(db: Db): LineRow[] {
  return db
    .prepare(
      `SELECT c.code, s.day, s.order_key, s.amount_cents, s.margin_cents, s.quantity_milli, s.customer_name
         FROM sale_lines_named s JOIN customers c ON c.id = s.customer_id ORDER BY s.id`,
    )
    .all() as LineRow[];
}

export function count(db: Db, table: string): number {
  return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
}

const CLAVE = resolve('dist', 'clave.js');

/** Runs the built command line (dist/clave.js) as a user would, in pt-BR unless `env` says otherwise. */
export function clave(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [CLAVE, ...args], { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LANG: 'pt_BR.UTF-8', ...env } }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}
