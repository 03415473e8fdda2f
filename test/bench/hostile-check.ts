// The benchmark's long check of hostile files (issue #11): each file of test/import/hostile-files.ts
// at a larger scale (a line of 1 GB, 100 MB of NUL bytes, a zip bomb of 640 MB…), imported into a
// fresh workspace in a child process of its own, with its time and peak RSS against a budget:
// every file gets its answer in time linear in its size and in less than 1 GB. It prints; it
// asserts nothing (npm test asserts the answers, at a small scale).
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isTypedError } from '../../shared/api/errors';
import { importFile } from '../../electron/import/import-file';
import { HOSTILE_FILES, writeHostile } from '../import/hostile-files';

/** The scale of each file in the long check (1: as in npm test). */
export const LONG_SCALE: Record<string, number> = {
  'bomba.xlsx': 10,
  'mentirosa.xlsx': 10,
  'marca-longa.xlsx': 10,
  'aninhada.xlsx': 10,
  'so-nulos.csv': 10,
  'linha-de-100mb.csv': 10,
  'aspa-aberta.csv': 10,
  'tempestade.csv': 10,
  'cabecalho-largo.csv': 10,
};

const MB = 1e6;

/** The time a file may take: a few seconds, and one more per 100 MB of it. */
export const budgetSeconds = (bytes: number) => 5 + bytes / (100 * MB);
export const BUDGET_RSS_MB = 1024;

export type HostileResult = { name: string; mb: number; ms: number; maxRssMb: number; answer: string };

/** Child step: writes the file (kept out of the measuring process, whose peak RSS must be its own). */
export async function writeStep(name: string, dir: string): Promise<string> {
  const file = HOSTILE_FILES.find((f) => f.name === name)!;
  return writeHostile(file, dir, LONG_SCALE[name] ?? 1);
}

/** Child step: imports the file into a fresh workspace; what it answered, how long it took. */
export async function importStep(name: string, dir: string): Promise<HostileResult> {
  const path = join(dir, name);
  const dbPath = join(dir, `${name}.clave`);
  rmSync(dbPath, { force: true });
  const t0 = performance.now();
  let answer: string;
  try {
    const r = await importFile({ dbPath }, { path });
    answer = `${r.imported} imported, ${r.rejected} rejected`;
  } catch (e) {
    answer = isTypedError(e) ? e.code : `UNTYPED ${String(e)}`;
  }
  const ms = performance.now() - t0;
  const result = { name, mb: statSync(path).size / MB, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, answer };
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });
  rmSync(path, { force: true });
  return result;
}

export function printHostile(results: HostileResult[]) {
  console.log('\nhostile files (long check)       size      time   budget   peak RSS   answer');
  for (const r of results) {
    const budget = budgetSeconds(r.mb * MB);
    const within = r.ms / 1000 <= budget && r.maxRssMb <= BUDGET_RSS_MB ? 'within' : 'OVER';
    console.log(
      `${r.name.padEnd(30)} ${`${r.mb.toFixed(1)} MB`.padStart(10)} ${`${(r.ms / 1000).toFixed(2)} s`.padStart(9)} ${`${budget.toFixed(0)} s`.padStart(7)} ${`${r.maxRssMb.toFixed(0)} MB`.padStart(9)}   ${within}: ${r.answer}`,
    );
  }
}
