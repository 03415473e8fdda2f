// The command line's handling of its workspace (#11.4, #11.5): a failing import creates nothing,
// a killed run's scratch folder is removed by the next run, a workspace busy with another writer
// is said to be busy (not "use --again" to a user who passed it), and a bug reaches the user as a
// reference while the log beside the workspace holds the stack.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorLogPath } from '../../electron/api/error-log';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'clave-cli-test-'));
const SALES = 'cliente;data;valor\nC1;01/02/2026;10,00\nC2;02/02/2026;20,00\n';

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'build', 'build-node.mjs')], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  writeFileSync(join(dir, 'vendas.csv'), SALES);
});

const clave = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'dist', 'clave.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'pt_BR.UTF-8', LC_ALL: '', CLAVE_USER_DATA_DIR: join(dir, 'user-data') },
  });

describe('clave import that fails', () => {
  it('of a missing file creates no database and no folder', () => {
    const run = clave('import', 'nao-existe.csv', '--db', join(dir, 'novo', 'pasta', 'loja.clave'));
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`clave: Arquivo não encontrado: nao-existe.csv\n`);
    expect(existsSync(join(dir, 'novo'))).toBe(false);
  });

  it('with a bad option creates nothing', () => {
    const run = clave('import', 'vendas.csv', '--db', join(dir, 'opcao', 'loja.clave'), '--locale', 'xx-YY');
    expect(run.status).toBe(2);
    expect(existsSync(join(dir, 'opcao'))).toBe(false);
  });

  it('of a file it cannot read removes the database and the folders it made for it', () => {
    writeFileSync(join(dir, 'ilegivel.csv'), 'a;b\nx;y\n');
    const run = clave('import', 'ilegivel.csv', '--db', join(dir, 'feito', 'agora', 'loja.clave'));
    expect(run.status).toBe(2);
    expect(existsSync(join(dir, 'feito'))).toBe(false);
  });
});

describe('leftovers', () => {
  it("a killed run's scratch folder is removed by the next run; a live one's is not", () => {
    const dead = join(tmpdir(), 'clave-cli-999999999-AbC123');
    mkdirSync(dead);
    writeFileSync(join(dead, 'analise.clave'), 'x');
    const live = join(tmpdir(), `clave-cli-${process.pid}-AbC123`);
    mkdirSync(live);
    expect(clave('analyze', 'vendas.csv', '--json').status).toBe(0);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(live)).toBe(true);
  });
});

describe('a workspace busy with another writer', () => {
  it('is said to be busy, without telling a user who passed --again to use --again', () => {
    const db = join(dir, 'ocupado.clave');
    expect(clave('import', 'vendas.csv', '--db', db).status).toBe(0);
    const holder = new Database(db);
    holder.exec('BEGIN IMMEDIATE');
    try {
      const run = clave('import', 'vendas.csv', '--db', db, '--again');
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/Outra gravação está em andamento/);
      expect(run.stderr).not.toContain('--again');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    // The same file again without --again: that one is told about --again.
    expect(clave('import', 'vendas.csv', '--db', db).stderr).toMatch(/Use --again para importá-lo de novo\.\n$/);
  });
});

describe('a bug', () => {
  it('reaches the user as a reference, and the log beside the workspace holds the stack', () => {
    const db = join(dir, 'danificado.clave');
    expect(clave('import', 'vendas.csv', '--db', db).status).toBe(0);
    const raw = new Database(db);
    raw.prepare("INSERT INTO analysis_runs (period, window_from, window_to, params_json, params_key, totals_json, sources_json, app_version) VALUES ('month', 0, 1, '{}', 'k', '{', '[]', 'x')").run();
    raw.close();
    const run = clave('runs', '--db', db);
    expect(run.status).toBe(1);
    const ref = /^clave: Erro interno do Clave \(ref\. ([0-9a-z]{6})\)\./.exec(run.stderr)?.[1];
    expect(ref, run.stderr).toBeDefined();
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat |SyntaxError|\.js:\d/);
    expect(readFileSync(errorLogPath(db), 'utf8')).toMatch(new RegExp(`ref ${ref} call runs\\nSyntaxError: [^]*\\n +at `));
  });
});
