// `npm start`: the desktop window where Electron's runtime is installed; otherwise the same app
// in the default browser through the local web host. Builds whatever is missing or older than
// its sources first. Extra arguments go to Electron or to the web host (`npm start -- --port 8080`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronRuntime } from './ensure-electron.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => join(root, ...parts);
const extraArgs = process.argv.slice(2);

/** The latest modification time among files under `paths` (folders walked, node_modules skipped). */
function newestMtime(paths) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (!info.isDirectory()) {
      newest = Math.max(newest, info.mtimeMs);
      return;
    }
    for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
  };
  paths.forEach((path) => visit(at(path)));
  return newest;
}

function isStale(outputs, sources) {
  const oldestOutput = Math.min(...outputs.map((output) => (existsSync(at(output)) ? statSync(at(output)).mtimeMs : 0)));
  return oldestOutput < newestMtime(sources);
}

function run(what, command, args, env = process.env) {
  console.log(`Clave: ${what}…`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`Clave: falhou ao ${what} (${result.error?.message ?? `código ${result.status}`}).`);
    process.exit(result.status || 1);
  }
}

function buildIfNeeded(nodeOutputs) {
  if (isStale(nodeOutputs, ['electron', 'shared', 'package.json', 'build/build-node.mjs'])) {
    run('construir o processo principal', process.execPath, [at('build', 'build-node.mjs')]);
  }
  if (!existsSync(at('renderer', 'index.html'))) {
    console.log('Clave: a interface (renderer/index.html) ainda não existe: só a API estará disponível.');
  } else if (isStale(['dist/renderer/index.html'], ['renderer', 'shared', 'vite.config.ts'])) {
    run('construir a interface', process.execPath, [at('node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
  }
}

/** npm itself, run with this Node (no shell, so the same on Windows). */
function npm(args) {
  return process.env.npm_execpath ? [process.execPath, [process.env.npm_execpath, ...args]] : ['npm', args];
}

/** Runs a child in the foreground: Ctrl+C and `kill` reach it, and its exit ends this script. */
function foreground(command, args, env, onExit = () => {}) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    onExit();
    process.exit(code ?? (signal ? 1 : 0));
  });
}

function canLoadSqlite(command, env) {
  const probe = "new (require('better-sqlite3'))(':memory:').close()";
  return spawnSync(command, ['-e', probe], { cwd: root, env, stdio: 'ignore' }).status === 0;
}

function startElectron(electron) {
  buildIfNeeded(['dist/electron-main.js', 'dist/preload.cjs']);
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  // better-sqlite3 is built for Node (tests, CLI, web host); Electron needs a build for its own
  // ABI. Rebuild it for Electron now and give Node its build back when the window closes.
  if (!canLoadSqlite(electron, { ...env, ELECTRON_RUN_AS_NODE: '1' })) {
    run('preparar o better-sqlite3 para o Electron', process.execPath, [at('node_modules', 'electron-builder', 'cli.js'), 'install-app-deps']);
  }
  foreground(electron, [root, ...extraArgs], env, () => {
    if (!canLoadSqlite(process.execPath, process.env)) {
      const [command, args] = npm(['rebuild', 'better-sqlite3']);
      run('devolver ao Node o better-sqlite3', command, args);
    }
  });
}

function startWebHost(reason) {
  console.log(`Electron runtime not installed here (${reason}): starting the web host instead.`);
  buildIfNeeded(['dist/web-host.js']);
  foreground(process.execPath, [at('dist', 'web-host.js'), '--open', ...extraArgs], process.env);
}

const electron = electronRuntime(root);
if (electron) startElectron(electron);
else startWebHost(`no binary at node_modules/electron/dist; run "node node_modules/electron/install.js" where its download host is reachable`);
