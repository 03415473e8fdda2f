// The `clave` command line. It opens a workspace (a temporary one for `analyze FILE` without
// --db) and calls the same API table as the screens. Any problem: one line on stderr, exit 2.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { legacyError, isTypedError, toApiError, wordError } from '../../shared/api/errors';
import { langOf } from '../../shared/messages/wording';
import type { ImportResult } from '../../shared/api/import-api';
import { DEFAULT_PARAMS, validateParams } from '../../shared/analysis/params';
import { runJson } from '../../shared/analysis/result-json';
import { APP_VERSION } from '../app-version';
import { openWorkspace, type Workspace } from '../api/open-workspace';
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
  const scratch = mkdtempSync(join(tmpdir(), 'clave-cli-'));
  const dbPath = command.db ?? join(scratch, 'analise.clave');
  if (command.kind !== 'analyze' && command.kind !== 'import' && !existsSync(dbPath))
    throw legacyError('bad-file', `O banco de dados ${dbPath} não existe.`);
  const ws = openWorkspace({ dbPath, tempDir: scratch });
  try {
    return await body(ws);
  } finally {
    ws.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function importInto(ws: Workspace, file: string, common: ImportCommon, ifDuplicate: 'ask' | 'skip' | 'import'): Promise<ImportResult> {
  if (!existsSync(file)) throw legacyError('bad-file', `Arquivo não encontrado: ${file}`);
  const fileId = ws.ctx.files.add(file);
  return ws.api.call('import/run', { fileId, sheet: common.sheet, locale: common.locale, ifDuplicate, overlap: common.overlap });
}

async function execute(ws: Workspace, command: WorkspaceCommand): Promise<number> {
  switch (command.kind) {
    case 'import': {
      const result = await importInto(ws, command.file, command.common, command.again ? 'import' : 'ask').catch((e: unknown) => {
        // The API's message asks the person at a screen to choose; here the choice is an option.
        if (isTypedError(e) && e.type === 'conflict') throw legacyError('conflict', `${e.message.replace(/ Escolha pular ou importar de novo\.$/, '')} Use --again para importá-lo de novo.`);
        throw e;
      });
      printImport(result);
      return 0;
    }
    case 'analyze': {
      // Check the options before touching the database: a bad option writes nothing.
      validateParams({ ...DEFAULT_PARAMS, ...command.run.params });
      if (command.file !== null) {
        const imported = await importInto(ws, command.file, command.common, command.db ? 'skip' : 'import');
        if (!command.json) printImport(imported);
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
      if (runId === undefined) throw legacyError('not-found', 'Não há análises guardadas neste banco de dados.');
      const name = /\.csv$/i.test(command.out) ? 'export/csv' : 'export/workbook';
      await ws.api.call(name, { runId, target: ws.ctx.files.add(command.out), locale: command.locale });
      process.stderr.write(`Análise ${runId} exportada para ${command.out}\n`);
      return 0;
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    // The language of the user's environment, as other command-line tools speak it.
    const lang = langOf(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
    const message = wordError(toApiError(e, (error) => process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`)), lang);
    process.stderr.write(`clave: ${message}\n`);
    process.exit(isTypedError(e) && e.type !== 'internal' ? 2 : 1);
  },
);
