// Runs on `npm install` (prepare), after build-node. Electron's npm package fetches its runtime
// binary lazily, from a download host that some machines cannot reach (offline laptops, this CI).
// This tries that download once, with a time limit, and never fails the install: without the
// runtime, `npm start` serves the same app through the local web host in a browser.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const INSTALL_TIMEOUT_MS = 5 * 60_000;

/** The Electron executable when its runtime is installed (path.txt and the binary it names), else null. */
export function electronRuntime(projectRoot = root) {
  const dir = join(projectRoot, 'node_modules', 'electron');
  try {
    const binary = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function ensureElectron() {
  if (electronRuntime()) return;
  const install = join(root, 'node_modules', 'electron', 'install.js');
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    console.log('Electron runtime not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD is set): npm start will use the web host.');
    return;
  }
  if (!existsSync(install)) {
    console.log('Electron runtime not available (the electron package is not installed): npm start will use the web host.');
    return;
  }
  const result = spawnSync(process.execPath, [install], { cwd: root, encoding: 'utf8', timeout: INSTALL_TIMEOUT_MS });
  if (result.status === 0 && electronRuntime()) {
    console.log('Electron runtime installed: npm start opens the desktop window.');
    return;
  }
  const reason = result.error
    ? result.error.message
    : (`${result.stderr ?? ''}`.split('\n').find((line) => line.trim() !== '') ?? `exit code ${result.status}`).trim();
  console.log(`Electron runtime not available here (download failed: ${reason}): npm start will use the web host.`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    ensureElectron();
  } catch (e) {
    console.log(`Electron runtime not available here (${e instanceof Error ? e.message : e}): npm start will use the web host.`);
  }
}
