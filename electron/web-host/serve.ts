// Entry point of the local web host (bundled to dist/web-host.js). Prints exactly one line, the
// address with its session token, and serves until interrupted. Imported instead of run (tests),
// it only exports startWebHost.
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { apiError, toApiError, wordError } from '../../shared/api/errors';
import { langOf } from '../../shared/messages/wording';

const envLang = () => langOf(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG);
import { defaultDatabasePath } from '../api/default-paths';
import { openBrowser } from './open-browser';
import { parseServeArgs, SERVE_USAGE, type ServeOptions } from './serve-options';
import { startWebHost } from './start-web-host';

export { startWebHost, type WebHost, type WebHostOptions } from './start-web-host';

async function main(): Promise<void> {
  let options: ServeOptions;
  try {
    // Bundled as dist/web-host.js, next to dist/renderer.
    options = parseServeArgs(process.argv.slice(2), {
      dbPath: defaultDatabasePath(),
      rendererDir: join(dirname(fileURLToPath(import.meta.url)), 'renderer'),
    });
  } catch (e) {
    process.stderr.write(`clave web host: ${wordError(toApiError(e), envLang())}\n${SERVE_USAGE}\n`);
    process.exit(2);
  }
  if (options.help) {
    process.stdout.write(`${SERVE_USAGE}\n`);
    return;
  }
  if (!existsSync(join(options.rendererDir, 'index.html'))) {
    process.stderr.write(`Aviso: a interface não foi construída (${join(options.rendererDir, 'index.html')} não existe): rode "npx vite build".\n`);
  }
  let host;
  try {
    host = await startWebHost({ dbPath: options.dbPath, port: options.port, rendererDir: options.rendererDir });
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    const message = wordError(toApiError(code === 'EADDRINUSE' ? apiError('host/port-in-use', { port: options.port ?? 0 }) : e), envLang());
    process.stderr.write(`clave web host: ${message}\n`);
    process.exit(2);
  }
  process.stdout.write(`Clave: ${host.url}\n`);
  if (options.open) openBrowser(host.url);
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
}

function isEntryPoint(): boolean {
  try {
    return process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) await main();
