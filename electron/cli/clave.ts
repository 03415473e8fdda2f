// The `clave` command line. It opens a workspace (a temporary one for `analyze FILE` without
// --db) and calls the same API table as the screens. Any problem: one line on stderr, exit 2.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { apiError, isTypedError, toApiError, wordError } from '../../shared/api/errors';
import { langOf } from '../../shared/messages/wording';
import type { ImportResult } from '../../shared/api/import-api';
import { DEFAULT_PARAMS, validateParams } from '../../shared/analysis/params';
import { runJson } from '../../shared/analysis/result-json';
import { APP_VERSION } from '../app-version';
import { openWorkspace, type Workspace } from '../api/open-workspace';
import { columnsMapping } from './cli-columns';
import { HELP, parseCommand, type Command, type ImportCommon } from './cli-options';
import { printImport, printRun, printRuns } from './cli-output';

async function main(argv: string[]): Promise<number> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${HELP}\n`);
      return 0;
    case 'version':
      process.stdout.write(`clave ${APP_VERSION}\n`);
      return 0;
    default:
      return withWorkspace(command, (ws) => execute(ws, command));
  }
}

type WorkspaceCommand = Exclude<Command, { kind: 'help' } | { kind: 'version' }>;

async function withWorkspace(command: WorkspaceCommand, body: (ws: Workspace) => Promise<number>): Promise<number> {
  if ((command.kind === 'analyze' || command.kind === 'import') && command.file !== null && !existsSync(command.file)) throw apiError('cli/file-not-found', { file: command.file });
  const scratch = mkdtempSync(join(tmpdir(), 'clave-cli-'));
  const dbPath = command.db ?? join(scratch, 'analise.clave');
  const existed = existsSync(dbPath);
  try {
    if (command.kind !== 'analyze' && command.kind !== 'import' && !existed) throw apiError('cli/no-database', { path: dbPath });
    const ws = openWorkspace({ dbPath, tempDir: scratch });
    let failed = true;
    try {
      const code = await body(ws);
      failed = false;
      return code;
    } finally {
      ws.close();
      // A command that fails leaves no database it created (SPEC: nothing is written).
      if (failed && !existed) for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${dbPath}${suffix}`, { force: true });
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function importInto(ws: Workspace, file: string, common: ImportCommon, ifDuplicate: 'ask' | 'skip' | 'import'): Promise<ImportResult> {
  const fileId = ws.ctx.files.add(file);
  const options = { fileId, sheet: common.sheet, allSheets: common.allSheets, noHeader: common.noHeader, locale: common.locale };
  const mapping = common.columns === null ? undefined : await columnsMapping(ws, options, common.columns, basename(file));
  return ws.api.call('import/run', { ...options, mapping, ifDuplicate }).catch((e: unknown) => {
    // The API's message asks the person at a screen to choose; here the choice is an option.
    if (isTypedError(e) && e.code === 'import/duplicate') throw apiError('cli/duplicate', e.params as { file: string; batch: number; batchFile: string; date: string });
    throw e;
  });
}

async function execute(ws: Workspace, command: WorkspaceCommand): Promise<number> {
  switch (command.kind) {
    case 'import': {
      printImport(await importInto(ws, command.file, command.common, command.again ? 'import' : 'ask'), cliLang());
      return 0;
    }
    case 'analyze': {
      // Check the options before touching the database: a bad option writes nothing.
      validateParams({ ...DEFAULT_PARAMS, ...command.run.params });
      if (command.file !== null) {
        const imported = await importInto(ws, command.file, command.common, command.db ? 'skip' : 'import');
        if (!command.json) printImport(imported, cliLang());
      }
      const run = await ws.api.call('analysis/run', command.run);
      const customers = await ws.api.call('analysis/results', { runId: run.id });
      // The export writes a temporary file and renames it: no partial workbook on failure.
      if (command.out) await ws.api.call('export/workbook', { runId: run.id, target: ws.ctx.files.add(command.out) });
      if (command.json) process.stdout.write(`${JSON.stringify(runJson(run.window, run.totals, run.params.basis, customers))}\n`);
      else printRun(run, customers);
      return 0;
    }
    case 'runs': {
      const runs = await ws.api.call('analysis/runs', {});
      if (command.json) process.stdout.write(`${JSON.stringify(runs)}\n`);
      else printRuns(runs);
      return 0;
    }
    case 'export': {
      const runs = await ws.api.call('analysis/runs', {});
      const runId = command.runId ?? runs[0]?.id;
      if (runId === undefined) throw apiError('cli/no-runs');
      const name = /\.csv$/i.test(command.out) ? 'export/csv' : 'export/workbook';
      await ws.api.call(name, { runId, target: ws.ctx.files.add(command.out), locale: command.locale });
      process.stderr.write(`Análise ${runId} exportada para ${command.out}\n`);
      return 0;
    }
  }
}

/** The language of the user's environment, as other command-line tools speak it. */
const cliLang = () => langOf(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    const lang = cliLang();
    const message = wordError(toApiError(e, (error) => process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`)), lang);
    process.stderr.write(`clave: ${message}\n`);
    process.exit(isTypedError(e) && e.type !== 'internal' ? 2 : 1);
  },
);
