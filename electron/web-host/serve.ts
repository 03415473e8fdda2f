// Entry point of the local web host (bundled to dist/web-host.js). Prints exactly one line, the
// address with its session token, and serves until interrupted. Imported instead of run (tests),
// it only exports startWebHost.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { apiError, toApiError, wordError } from '../../shared/api/errors';
import { rendererMissing, serveUsage } from '../../shared/messages/serve-help';
import { langOfEnv } from '../../shared/messages/wording';
import { userDataDir } from '../api/default-paths';
import { readRecent } from '../workspace/recent-workspaces';
import { defaultWorkspacePath } from '../workspace/workspace-paths';
import { openBrowser } from './open-browser';
import { readRememberedPort, rememberPort } from './remembered-port';
import { parseServeArgs, type ServeOptions } from './serve-options';
import { startWebHost, type WebHost } from './start-web-host';

export { startWebHost, type WebHost, type WebHostOptions } from './start-web-host';

const portInUse = (e: unknown) => (e as { code?: unknown }).code === 'EADDRINUSE';

const envLang = () => langOfEnv(process.env);

async function main(): Promise<void> {
  let options: ServeOptions;
  try {
    // Bundled as dist/web-host.js, next to dist/renderer.
    options = parseServeArgs(process.argv.slice(2), { rendererDir: join(dirname(fileURLToPath(import.meta.url)), 'renderer') });
  } catch (e) {
    process.stderr.write(`clave web host: ${wordError(toApiError(e), envLang())}\n${serveUsage(envLang())}\n`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write(`${serveUsage(envLang())}\n`);
    return;
  }
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    process.stderr.write(`${rendererMissing(envLang(), join(options.rendererDir, 'index.html'))}\n`);
  }
  // The same user-data folder as the desktop app (CLAVE_USER_DATA_DIR: tests, portable installs).
  const dataDir = process.env.CLAVE_USER_DATA_DIR || userDataDir();
  const lastOpened = readRecent(dataDir).find((path) => existsSync(path));
  const remembered = options.port === null ? readRememberedPort(dataDir) : null;
  const start = (port: number) =>
    startWebHost({
      dbPath: options.dbPath ?? lastOpened ?? defaultWorkspacePath(dataDir),
      port,
      rendererDir: options.rendererDir,
      userDataDir: dataDir,
      // A crash of the backend (a hostile file, a bug) must not take the host down with it.
      backend: 'process',
    });
  let host: WebHost;
  try {
    // The previous run's port when it is free (a bookmark keeps working), else any free one.
    host = await start(options.port ?? remembered ?? 0).catch((e: unknown) => {
      if (remembered !== null && portInUse(e)) return start(0);
      throw e;
    });
  } catch (e) {
    const message = wordError(toApiError(portInUse(e) ? apiError('host/port-in-use', { port: options.port ?? 0 }) : e), envLang());
    process.stderr.write(`clave web host: ${message}\n`);
    process.exit(2);
  }
  // Idempotent: `npm start` forwards the terminal's Ctrl+C, which the child also receives itself.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  rememberPort(dataDir, host.port);
  // Printed once Ctrl+C and kill are handled: whoever reads the address may stop it at once.
  process.stdout.write(`Clave: ${host.url}\n`);
  if (options.open) openBrowser(host.url, host.backend.tempDir);
}

function isEntryPoint(): boolean {
  try {
    return process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) await main();
