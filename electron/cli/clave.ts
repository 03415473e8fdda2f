// The `clave` command line. It opens a workspace (a temporary one for `analyze FILE` without
// --db) and calls the same API table as the screens. Any problem: one line on stderr, exit 2.
import '../no-pretenuring';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { apiError, fromApiError, isTypedError, toApiError, wordError } from '../../shared/api/errors';
import { langOfEnv } from '../../shared/messages/wording';
import type { ImportResult } from '../../shared/api/import-api';
import { DEFAULT_PARAMS, validateParams } from '../../shared/analysis/params';
import { runJsonText } from '../../shared/analysis/result-json';
import { APP_VERSION } from '../app-version';
import { userDataDir } from '../api/default-paths';
import { appendErrorLog, errorLogPath } from '../api/error-log';
import { removeDeadTempDirs } from '../api/leftovers';
import { openWorkspace, type Workspace } from '../api/open-workspace';
import { noteCreatedPaths } from '../workspace/created-paths';
import { columnsMapping } from './cli-columns';
import { cliHelp } from '../../shared/messages/cli-help';
import { parseCommand, type Command, type ImportCommon } from './cli-options';
import { printExported, printImport, printRun, printRuns } from './cli-output';

async function main(argv: string[]): Promise<number> {
  const command = parseCommand(argv);
  switch (command.kind) {
    case 'help':
      process.stdout.write(`${cliHelp(cliLang())}\n`);
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
  // A run killed before (Ctrl+C, a crash) left its scratch folder: removed now.
  removeDeadTempDirs('clave-cli');
  const file = 'file' in command ? command.file : null;
  // Checked before anything is created: a failing import leaves no database and no folder.
  if (file !== null && !existsSync(file)) throw apiError('cli/file-not-found', { file });
  if (command.kind !== 'analyze' && command.kind !== 'import' && !existsSync(command.db)) throw apiError('workspace/db-missing', { path: command.db });
  const scratch = mkdtempSync(join(tmpdir(), `clave-cli-${process.pid}-`));
  const dbPath = command.db ?? join(scratch, 'analise.clave');
  const created = noteCreatedPaths(dbPath);
  let ws: Workspace | null = null;
  try {
    ws = openWorkspace({ dbPath, tempDir: scratch });
    return await body(ws);
  } catch (e) {
    ws?.close();
    ws = null;
    created.undo();
    // A bug: the details go to the log beside the workspace, the user reads a reference.
    throw isTypedError(e) ? e : fromApiError(toApiError(e, (error, ref) => appendErrorLog(errorLogPath(command.db ?? cliLogBase()), { ref, call: command.kind, error })));
  } finally {
    ws?.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Where a run without --db logs a bug: its workspace is temporary, the user-data folder is not. */
function cliLogBase(): string {
  return join(process.env.CLAVE_USER_DATA_DIR || userDataDir(), 'clave-cli');
}

async function importInto(ws: Workspace, file: string, common: ImportCommon, ifDuplicate: 'ask' | 'skip' | 'import'): Promise<ImportResult> {
  const fileId = ws.ctx.files.add(file);
  const options = { fileId, sheet: common.sheet, allSheets: common.allSheets, noHeader: common.noHeader, locale: common.locale };
  const mapping = common.columns === null ? undefined : await columnsMapping(ws, options, common.columns, basename(file));
  return ws.api.call('import/run', { ...options, mapping, ifDuplicate, overlap: common.overlap });
}

/** Writes text to stdout piece by piece, waiting when the pipe is full (a run of 200,000 customers is tens of megabytes). */
async function writeOut(pieces: Iterable<string>): Promise<void> {
  let chunk = '';
  const flush = () => new Promise<void>((done) => (process.stdout.write(chunk) ? done() : process.stdout.once('drain', done)));
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= 1 << 16) {
      await flush();
      chunk = '';
    }
  }
  if (chunk !== '') await flush();
}

async function execute(ws: Workspace, command: WorkspaceCommand): Promise<number> {
  switch (command.kind) {
    case 'import': {
      const result = await importInto(ws, command.file, command.common, command.again ? 'import' : 'ask').catch((e: unknown) => {
        // The API's message asks the person at a screen to choose; here the choice is an option.
        // Only the "same content as batch N" conflict is answered by --again; another (the
        // workspace busy with another writer) is not, and a user who passed --again already has.
        if (!command.again && isTypedError(e) && e.code === 'import/duplicate') throw apiError('cli/duplicate', e.params as { file: string; batch: number; batchFile: string; date: string });
        throw e;
      });
      printImport(result, cliLang());
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
      // The export writes a temporary file and renames it: no partial workbook on failure.
      if (command.out) await ws.api.call('export/workbook', { runId: run.id, target: ws.ctx.files.add(command.out), locale: command.outLocale ?? envLocale() });
      if (command.json) {
        const [customers, others] = await Promise.all([
          ws.api.call('analysis/results', { runId: run.id }),
          ws.api.call('analysis/others', { runId: run.id }),
        ]);
        const window = { ...run.window, referenceDate: run.referenceDate };
        await writeOut(runJsonText(window, run.totals, run.params.basis, run.model, customers, others));
        await writeOut(['\n']);
      } else printRun(run, await ws.api.call('analysis/class-customers', { runId: run.id, abc: 'A' }), cliLang());
      return 0;
    }
    case 'runs': {
      const runs = await ws.api.call('analysis/runs', {});
      if (command.json) process.stdout.write(`${JSON.stringify(runs)}\n`);
      else printRuns(runs, cliLang());
      return 0;
    }
    case 'export': {
      // By default, the current analysis: the run the key-account screens use.
      const runs = await ws.api.call('analysis/runs', {});
      const runId = command.runId ?? runs.find((r) => r.current)?.id;
      if (runId === undefined) throw apiError('analysis/no-runs');
      const name = /\.csv$/i.test(command.out) ? 'export/csv' : 'export/workbook';
      await ws.api.call(name, { runId, target: ws.ctx.files.add(command.out), locale: command.locale ?? envLocale() });
      printExported(runId, command.out, cliLang());
      return 0;
    }
  }
}

/** The language of the user's environment, as other command-line tools speak it. */
const cliLang = () => langOfEnv(process.env);

/** What an export is written in without --locale: the environment's language (its words, separators and dates). */
const envLocale = () => ({ pt: 'pt-BR', en: 'en-US', es: 'es', ca: 'ca' } as const)[cliLang()];

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    const lang = cliLang();
    const message = wordError(toApiError(e, (error, ref) => appendErrorLog(errorLogPath(cliLogBase()), { ref, error })), lang);
    process.stderr.write(`clave: ${message}\n`);
    process.exit(isTypedError(e) && e.type !== 'internal' ? 2 : 1);
  },
);
