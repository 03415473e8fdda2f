// `npm run bench`: generates 1,000,000 sale lines (about 50,000 customers over 24 months) as
// .csv and .xlsx, then measures each step in a child process of its own so that its peak RSS is
// its own: CSV import, XLSX import, a full analysis run (results stored), the .xlsx export, and
// `clave analyze --db` as a user runs it; and two imports into the workspace the CSV import left
// (overlapping exports, SPEC "Import"): a later export of another million lines, which overlaps
// nothing, and the same CSV again, every line already stored (both with the default rule, skip).
// Then a 5,000,000-line CSV of about 200,000 customers (generate, import, `clave analyze --db`);
// BENCH_LARGE_LINES=0 leaves it out; that file and its import are kept in the OS temp dir
// (clave-bench-cache, or BENCH_CACHE) and reused. Then the screens at scale (screens-bench.ts): every screen
// opened in Chromium on a workspace made from each of the two imports; `--only screens` runs that
// part alone (importing what is missing).
// It prints figures; it asserts nothing (the targets are in BENCHMARKS.md).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openWorkspace } from '../../electron/api/open-workspace';
import { schemaVersion } from '../../electron/db/open-database';
import { writeSampleCsv, writeSampleXlsx } from '../../electron/sample/write-sample';
import { HOSTILE_FILES } from '../import/hostile-files';
import { importStep, printHostile, writeStep, type HostileResult } from './hostile-check';
import { addMonths, dayOfIso, isoOfDay } from '../../shared/domain/calendar';
import { modelsStep } from './models-bench';
import { prepareScreensWorkspace, printScreens, screensStep, type ScreenTiming } from './screens-bench';

const LINES = Number(process.env.BENCH_LINES ?? 1_000_000);
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? 50_000);
const OUT = resolve(process.env.BENCH_DIR ?? 'bench-output');
const CACHE = resolve(process.env.BENCH_CACHE ?? join(tmpdir(), 'clave-bench-cache'));
const sample = { lines: LINES, customers: CUSTOMERS, months: 24, lastDay: dayOfIso('2026-10-31')!, seed: 7 };
// 230,000 codes: about 200,000 of them buy within the 24 months (43,805 of 50,000 do at 1M lines).
const LARGE_LINES = Number(process.env.BENCH_LARGE_LINES ?? 5_000_000);
const LARGE_CUSTOMERS = Number(process.env.BENCH_LARGE_CUSTOMERS ?? 230_000);
const large = { ...sample, lines: LARGE_LINES, customers: LARGE_CUSTOMERS };

type StepResult = { step: string; ms: number; items: number; unit: string; maxRssMb: number; note?: string };

async function step(name: string, args: string[]): Promise<StepResult | HostileResult | string> {
  if (name === 'generate-csv' || name === 'generate-next' || name === 'generate-large') {
    const options = name === 'generate-large' ? large : name === 'generate-next' ? { ...sample, lastDay: addMonths(sample.lastDay, 24), seed: 8 } : sample;
    await writeSampleCsv(args[0]!, options);
    return args[0]!;
  }
  if (name === 'generate-xlsx') {
    await writeSampleXlsx(args[0]!, sample);
    return args[0]!;
  }
  if (name === 'write-hostile') return writeStep(args[0]!, args[1]!);
  if (name === 'hostile') return importStep(args[0]!, args[1]!);
  const ws = () => openWorkspace({ dbPath: args[0]!, tempDir: OUT });
  const started = performance.now();
  let items = 0;
  let unit = 'lines';
  let note: string | undefined;
  if (name === 'import-csv' || name === 'import-xlsx') {
    rmSync(args[0]!, { force: true });
    const w = ws();
    const fileId = w.ctx.files.add(args[1]!);
    const t0 = performance.now();
    const r = await w.api.call('import/run', { fileId, ifDuplicate: 'import' });
    items = r.imported;
    note = `${r.rejected} rejected, ${r.newCustomers} customers`;
    w.close();
    return { step: name, ms: performance.now() - t0, items, unit, maxRssMb: process.resourceUsage().maxRSS / 1024, note };
  }
  if (name === 'models') return modelsStep(sample);
  if (name === 'import-csv-next' || name === 'import-csv-again') {
    // args: the workspace to write, the one the CSV import left (copied, so each run starts alike), the file.
    rmSync(args[0]!, { force: true });
    copyFileSync(args[1]!, args[0]!);
    const w = ws();
    const fileId = w.ctx.files.add(args[2]!);
    const t0 = performance.now();
    const r = await w.api.call('import/run', { fileId, ifDuplicate: 'import' });
    const ms = performance.now() - t0;
    w.close();
    return { step: name, ms, items: r.rowsRead, unit, maxRssMb: process.resourceUsage().maxRSS / 1024, note: `${r.imported} imported, ${r.skippedLines} skipped` };
  }
  if (name === 'analysis') {
    const w = ws();
    const t0 = performance.now();
    const run = await w.api.call('analysis/run', {});
    const ms = performance.now() - t0;
    w.close();
    return { step: name, ms, items: LINES, unit: 'lines', maxRssMb: process.resourceUsage().maxRSS / 1024, note: `${run.totals.customers} customers, A ${run.totals.A} / B ${run.totals.B} / C ${run.totals.C}` };
  }
  if (name === 'export-xlsx') {
    const w = ws();
    // The whole 24 months, so that every customer of the file is in the run (the default window
    // of 12 months holds about 31,000 of them); the run itself is not timed here.
    const months = sample.months;
    const from = isoOfDay(addMonths(sample.lastDay, -(months - 1)));
    const runId = (await w.api.call('analysis/run', { from, to: isoOfDay(sample.lastDay) })).id;
    const t0 = performance.now();
    const r = await w.api.call('export/workbook', { runId });
    const ms = performance.now() - t0;
    const customers = (await w.api.call('analysis/get', { runId })).totals.customers;
    // The exported workbook goes (14 MB a run): only its size was wanted.
    rmSync(dirname(w.ctx.files.get(r.fileId).path), { recursive: true, force: true });
    w.close();
    return { step: name, ms, items: customers, unit: 'customers', maxRssMb: process.resourceUsage().maxRSS / 1024, note: `${(r.bytes / 1e6).toFixed(1)} MB` };
  }
  throw new Error(`unknown step ${name} (${performance.now() - started})`);
}

/**
 * `clave analyze --db PATH` as a user runs it (the built dist/clave.js, a process of its own):
 * wall time from start to exit, and its peak RSS, which a preloaded module writes on exit.
 */
function claveAnalyze(dbPath: string, lines: number): StepResult {
  const reporter = join(OUT, 'peak-rss.mjs');
  const rssFile = join(OUT, 'peak-rss.txt');
  // Peak RSS, and the CPU time of all its threads: on a shared machine the wall time says little.
  writeFileSync(
    reporter,
    "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.PEAK_RSS_FILE, JSON.stringify({ maxRSS: u.maxRSS, cpu: (u.userCPUTime + u.systemCPUTime) / 1e6 })); });\n",
  );
  rmSync(rssFile, { force: true });
  const clave = resolve(dirname(process.argv[1]!), 'clave.js');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(reporter).href, clave, 'analyze', '--db', dbPath], {
    encoding: 'utf8',
    env: { ...process.env, PEAK_RSS_FILE: rssFile },
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`clave analyze failed (exit ${r.status}): ${r.stderr}`);
  const summary = r.stdout.split('\n')[1] ?? '';
  const usage = JSON.parse(readFileSync(rssFile, 'utf8')) as { maxRSS: number; cpu: number };
  return { step: 'clave-analyze', ms, items: lines, unit: 'lines', maxRssMb: usage.maxRSS / 1024, note: `CPU ${usage.cpu.toFixed(1)} s; ${summary.trim()}` };
}

function child<T = StepResult>(name: string, args: string[]): T {
  const r = spawnSync(process.execPath, ['--expose-gc', process.argv[1]!, '--step', name, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`step ${name} failed (exit ${r.status})`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as T;
}

/**
 * The screens' workspace made from `source` (an imported one, before the steps below add their
 * runs to it), then timed; each in a process of its own.
 */
function prepareScreens(name: string, source: string): { target: string; customers: number } {
  const target = join(OUT, `screens-${name}.clave`);
  // BENCH_SCREENS_REUSE=1: time the workspace the last bench prepared (when only the screens changed).
  if (process.env.BENCH_SCREENS_REUSE === '1' && existsSync(target)) {
    console.log(`\nreusing ${target}`);
    return { target, customers: child<number>('screens-customers', [target]) };
  }
  console.log(`\npreparing ${target} (two runs, a team, contacts, actions) …`);
  return { target, ...child<{ customers: number; runs: number }>('screens-prepare', [target, source]) };
}

function timeScreens(lines: number, made: { target: string; customers: number }) {
  const title = `Screens, ${lines.toLocaleString('en')} lines: ${made.customers.toLocaleString('en')} customers in the current analysis`;
  printScreens(title, child<ScreenTiming[]>('screens', [made.target]));
}

/** Generates a sample file in a process of its own (its peak RSS is not the steps'), unless it is there. */
function generate(path: string, kind: 'csv' | 'xlsx' | 'next' | 'large', what = '') {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  console.log(`generating ${path} …${what}`);
  const t0 = performance.now();
  child<string>(`generate-${kind}`, [path]);
  console.log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

async function main() {
  const at = process.argv.indexOf('--step');
  if (at >= 0) {
    const [name, ...args] = process.argv.slice(at + 1);
    const result =
      name === 'screens-prepare'
        ? await prepareScreensWorkspace(args[0]!, args[1]!, OUT)
        : name === 'screens'
          ? await screensStep(args[0]!)
          : name === 'screens-customers'
            ? await currentRunCustomers(args[0]!)
          : await step(name!, args);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const onlyScreens = process.argv.includes('--only') && process.argv[process.argv.indexOf('--only') + 1] === 'screens';
  const csv = join(OUT, `vendas-${LINES}.csv`);
  const xlsx = join(OUT, `vendas-${LINES}.xlsx`);
  // The same business two years on: the same customers, no day in common with the first file.
  const next = join(OUT, `vendas-${LINES}-next.csv`);
  // The 5M-line file and its import are kept in the OS temp dir (BENCH_CACHE) and reused by later
  // benches of any checkout: generating and importing them takes minutes. The workspace's name
  // carries the schema it was made with, so that a newer schema imports it again.
  const largeCsv = join(CACHE, `vendas-${LARGE_LINES}-${LARGE_CUSTOMERS}.csv`);
  const largeDb = join(CACHE, `large-${LARGE_LINES}-schema${schemaVersion}.clave`);
  const mb = (p: string) => (statSync(p).size / 1e6).toFixed(0);
  generate(csv, 'csv');
  if (onlyScreens) {
    // The import of a full bench is reused when it has this schema (a workspace of an older one may
    // lack a migration numbered below its own).
    const imported = join(OUT, `csv-schema${schemaVersion}.clave`);
    if (!existsSync(imported)) child('import-csv', [imported, csv]);
    timeScreens(LINES, prepareScreens('1m', imported));
    if (LARGE_LINES > 0) {
      generate(largeCsv, 'large');
      if (!existsSync(largeDb)) child('import-csv', [largeDb, largeCsv]);
      timeScreens(LARGE_LINES, prepareScreens('5m', largeDb));
    }
    return;
  }
  generate(next, 'next');
  generate(xlsx, 'xlsx', ' (a few minutes)');
  console.log(`input: ${LINES.toLocaleString('en')} lines, ${CUSTOMERS.toLocaleString('en')} customers, 24 months; csv ${mb(csv)} MB, xlsx ${mb(xlsx)} MB`);
  const imported = child('import-csv', [join(OUT, 'csv.clave'), csv]);
  const screens = prepareScreens('1m', join(OUT, 'csv.clave'));
  const results = [
    imported,
    child('import-csv-next', [join(OUT, 'next.clave'), join(OUT, 'csv.clave'), next]),
    child('import-csv-again', [join(OUT, 'again.clave'), join(OUT, 'csv.clave'), csv]),
    child('import-xlsx', [join(OUT, 'xlsx.clave'), xlsx]),
    child('analysis', [join(OUT, 'csv.clave')]),
    child('export-xlsx', [join(OUT, 'csv.clave')]),
    child('models', []),
    claveAnalyze(join(OUT, 'csv.clave'), LINES),
  ];
  print(results);
  timeScreens(LINES, screens);

  if (LARGE_LINES > 0) {
    generate(largeCsv, 'large');
    console.log(`\ninput: ${LARGE_LINES.toLocaleString('en')} lines, ${LARGE_CUSTOMERS.toLocaleString('en')} customer codes, 24 months; csv ${mb(largeCsv)} MB`);
    const largeImport = child('import-csv', [largeDb, largeCsv]);
    const largeScreens = prepareScreens('5m', largeDb);
    print([largeImport, claveAnalyze(largeDb, LARGE_LINES)]);
    timeScreens(LARGE_LINES, largeScreens);
  }

  if (process.env.BENCH_HOSTILE === '0') return;
  const hostileDir = join(OUT, 'hostile');
  mkdirSync(hostileDir, { recursive: true });
  const hostile: HostileResult[] = [];
  for (const file of HOSTILE_FILES) {
    child<string>('write-hostile', [file.name, hostileDir]);
    hostile.push(child<HostileResult>('hostile', [file.name, hostileDir]));
  }
  printHostile(hostile);
}

/** How many customers the workspace's current analysis holds. */
async function currentRunCustomers(dbPath: string): Promise<number> {
  const w = openWorkspace({ dbPath, tempDir: OUT });
  const runs = await w.api.call('analysis/runs', {});
  w.close();
  return runs.find((r) => r.current)?.totals.customers ?? 0;
}

function print(results: StepResult[]) {
  console.log('\nstep          time       rate                 peak RSS   note');
  for (const r of results) {
    const rate = `${Math.round(r.items / (r.ms / 1000)).toLocaleString('en')} ${r.unit}/s`;
    console.log(`${r.step.padEnd(13)} ${`${(r.ms / 1000).toFixed(2)} s`.padStart(8)}   ${rate.padEnd(20)} ${`${r.maxRssMb.toFixed(0)} MB`.padStart(8)}   ${r.note ?? ''}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
