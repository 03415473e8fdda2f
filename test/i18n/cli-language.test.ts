// Issue #13.4: the command line speaks the language of its environment (LC_ALL, then LC_MESSAGES,
// then LANG; pt-BR when unset or unknown, as with LANG=C), consistently: its help, what it prints
// for a person (counts with the language's plural, numbers with its separators, the run's period,
// basis and statuses in its words) and its errors. --json is SPEC's, the same bytes in every
// language. The CLI runs as a process (dist/clave.js), on the canonical sample.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelsFor } from '../../shared/format/labels';
import { cliHelp } from '../../shared/messages/cli-help';
import { cliOutput } from '../../shared/messages/cli-output';
import { LANGS, type Lang } from '../../shared/messages/wording';

const CLAVE = resolve('dist', 'clave.js');
const SAMPLE = resolve('test', 'fixtures', 'samples', 'vendas-canonico.csv');

type Env = Record<string, string>;
type Run = { code: number; stdout: string; stderr: string };

/** The environment of a user: no locale variable but those given. */
function run(args: string[], locale: Env): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'LANGUAGE']) delete env[name];
  return new Promise((done) => {
    execFile(process.execPath, [CLAVE, ...args], { env: { ...env, ...locale }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** Sentences only one language prints: none of another language's may appear in its output. */
function markers(lang: Lang): string[] {
  const out = cliOutput(lang);
  const labels = labelsFor(lang);
  return [
    out.keyAccounts,
    out.dataUpTo('').trim(),
    out.customers(2).replace(/^2 /, ' ') + ',',
    out.imported('f', null, { rowsRead: 2, imported: 2, rejected: 2, skippedLines: 2, replacedLines: 0 }).replace(/^f: 2 /, ' ').split(',')[0]!,
    ` (${labels.periods.month}),`,
    `: ${labels.bases.revenue};`,
    cliHelp(lang).split('\n')[0]!,
  ];
}

function expectOnly(lang: Lang, text: string) {
  for (const other of LANGS)
    if (other !== lang)
      for (const marker of markers(other)) if (!markers(lang).includes(marker)) expect(text, `${other}'s "${marker}" in ${lang}`).not.toContain(marker);
}

const CASES: { env: Env; lang: Lang; what: string }[] = [
  { env: { LANG: 'en_US.UTF-8' }, lang: 'en', what: 'LANG=en_US.UTF-8' },
  { env: { LANG: 'es_ES.UTF-8' }, lang: 'es', what: 'LANG=es_ES.UTF-8' },
  { env: { LANG: 'ca_ES.UTF-8' }, lang: 'ca', what: 'LANG=ca_ES.UTF-8' },
  { env: {}, lang: 'pt', what: 'no locale variable' },
  { env: { LANG: 'C' }, lang: 'pt', what: 'LANG=C' },
  { env: { LANG: 'en_US.UTF-8', LC_ALL: 'ca_ES.UTF-8' }, lang: 'ca', what: 'LC_ALL over LANG' },
  { env: { LANG: 'pt_BR.UTF-8', LC_MESSAGES: 'es_ES.UTF-8' }, lang: 'es', what: 'LC_MESSAGES over LANG' },
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'clave-cli-lang-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(CASES)('the command line with $what', ({ env, lang }) => {
  let db: string;
  let imported: Run;
  beforeAll(async () => {
    db = join(dir, `${lang}-${Object.values(env).join('-') || 'unset'}.clave`);
    imported = await run(['import', SAMPLE, '--db', db], env);
  }, 60_000);

  it('prints its help in that language', async () => {
    const help = await run(['--help'], env);
    expect(help.stdout).toBe(`${cliHelp(lang)}\n`);
    expectOnly(lang, help.stdout);
  });

  it('counts the import with its plural rules and separators', () => {
    expect(imported.code).toBe(0);
    const f = cliOutput(lang).f;
    expect(imported.stderr).toBe(
      `${cliOutput(lang).imported('vendas-canonico.csv', null, { rowsRead: 11_605, imported: 11_605, rejected: 0, skippedLines: 0, replacedLines: 0 })}\n`,
    );
    expect(imported.stderr).toContain(f.int(11_605)); // 11.605 in pt, es and ca; 11,605 in en
    expectOnly(lang, imported.stderr);
  });

  it('names the run, its period, basis and statuses, and counts in its words', async () => {
    const r = await run(['analyze', '--db', db], env);
    expect(r.code, r.stderr).toBe(0);
    const out = cliOutput(lang);
    const labels = labelsFor(lang);
    const [head, totals] = r.stdout.split('\n');
    expect(head).toBe(`${out.runName(1, true, null)}: ${out.window('2025-11-01', '2026-10-31')} (${labels.periods.month}), ${labels.params.basis}: ${labels.bases.revenue}; ${out.dataUpTo('2026-10-31')}`);
    // 5,887,391.28 in English, 5.887.391,28 in the others.
    expect(totals).toMatch(new RegExp(`^${out.customers(256)}, total ${out.f.fixed(5_887_391.28, 2).replace(/\./g, '\\.')} — A: \\d+, B: \\d+, C: \\d+$`));
    expect(r.stdout).toContain(out.keyAccounts);
    // Every A customer's status in the language's words, never SPEC's enum value.
    const lines = r.stdout.split('\n');
    // The model's line, in the language's words (alfa/alpha, its log-likelihood).
    expect(lines[2]).toMatch(lang === 'en' ? /^BG\/NBD model \(/ : /^Model(o)? BG\/NBD \(/);
    const statuses = lines.slice(lines.indexOf(out.keyAccounts) + 1).filter(Boolean).map((line) => line.split(/\s{2,}/).at(-1));
    expect(statuses.length).toBeGreaterThan(10);
    for (const status of statuses) expect(Object.values(labels.status)).toContain(status);
    if (lang !== 'en') expect(r.stdout).not.toMatch(/\b(active|at risk|month|revenue)\b/);
    expectOnly(lang, r.stdout);
  });

  it('lists the runs and says where it exported, in its words', async () => {
    const runs = await run(['runs', '--db', db], env);
    expect(runs.stdout).toContain(cliOutput(lang).dataUpTo('2026-10-31'));
    expect(runs.stdout).toContain(labelsFor(lang).bases.revenue);
    const out = join(dir, `export-${lang}-${Object.keys(env).join('')}.csv`);
    const exported = await run(['export', '--db', db, '--out', out], env);
    expect(exported.stderr).toBe(`${cliOutput(lang).exported(1, out)}\n`);
  });

  it('words an error in that language, in one line', async () => {
    const r = await run(['analyze', '--db', db, '--period', 'year'], env);
    expect(r.code).toBe(2);
    const expected = { pt: 'Valor inválido para --period', en: 'Invalid value for --period', es: 'Valor no válido para --period', ca: 'Valor no vàlid per a --period' }[lang];
    expect(r.stderr).toMatch(new RegExp(`^clave: ${expected}: "year" .*\\n$`));
  });
});

describe('--json', () => {
  it('is the same in every language: SPEC\'s keys and values', async () => {
    const db = join(dir, 'json.clave');
    copyFileSync(SAMPLE, join(dir, 'vendas.csv'));
    expect((await run(['import', join(dir, 'vendas.csv'), '--db', db], {})).code).toBe(0);
    const outputs = await Promise.all(CASES.slice(0, 4).map((c) => run(['analyze', '--db', db, '--json'], c.env)));
    // Each run is a new one of the same data: the same JSON, byte for byte.
    for (const o of outputs) expect(o.stdout).toBe(outputs[0]!.stdout);
    const json = JSON.parse(outputs[0]!.stdout);
    expect(json.window.period).toBe('month');
    expect(new Set(json.customers.map((c: { status: string }) => c.status))).toContain('active');
  });
});
