// The command line loads the workbook libraries only when it reads or writes a workbook: exceljs
// alone took 0.2 s of every start (`clave analyze` of 5 million lines is measured in seconds).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clave } from './run-clave';

// Preloaded into the command line's process: at its exit, prints which packages it had loaded.
const REPORT = join(import.meta.dirname, '..', 'fixtures', 'report-loaded-packages.cjs');
const loaded = (stderr: string) => (/loaded packages: (.*)/.exec(stderr)?.[1] ?? '').split(',').filter(Boolean);

describe('the command line starts light', () => {
  const dir = mkdtempSync(join(tmpdir(), 'clave-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('analyses a CSV without loading exceljs or yauzl, and still writes a workbook', async () => {
    const csv = join(import.meta.dirname, '..', 'fixtures', 'samples', 'vendas-exemplo.csv');
    const env = { NODE_OPTIONS: `--require ${REPORT}` };
    const analyse = await clave(['analyze', csv, '--db', join(dir, 'w.clave')], env);
    expect(analyse.code).toBe(0);
    expect(loaded(analyse.stderr)).toContain('better-sqlite3');
    expect(loaded(analyse.stderr)).not.toContain('exceljs');
    expect(loaded(analyse.stderr)).not.toContain('yauzl');
    const exported = await clave(['analyze', csv, '--db', join(dir, 'w.clave'), '--out', join(dir, 'run.xlsx')], env);
    expect(exported.code).toBe(0);
    expect(statSync(join(dir, 'run.xlsx')).size).toBeGreaterThan(1000);
  });

  it("runs with V8's allocation-site pretenuring off (decision #192)", async () => {
    // V8 prints each pretenuring decision it weighs with this flag: a run of the sample weighed
    // 14 of them before; with pretenuring off it weighs none.
    const csv = join(import.meta.dirname, '..', 'fixtures', 'samples', 'vendas-exemplo.csv');
    const run = await clave(['analyze', csv, '--db', join(dir, 'p.clave')], {}, ['--trace-pretenuring-statistics']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Clientes A');
    expect(run.stdout).not.toContain('pretenuring:');
  });
});
