// Bundles the Node-side entry points with esbuild (fast, one file each, npm packages left
// external so better-sqlite3 loads its native build). Runs on `npm install` (prepare).
import { build } from 'esbuild';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = (name) => join(root, 'dist', name);
mkdirSync(join(root, 'dist'), { recursive: true });
// The workers' chunks are named by their hash: those of earlier builds go.
for (const f of readdirSync(join(root, 'dist'))) if (/^(import-worker-|worker-).*\.js(\.map)?$/.test(f)) rmSync(out(f));

// `import sql from './001-engine.sql?raw'` (Vite's syntax, used by the tests) as text for esbuild.
const rawPlugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: join(args.resolveDir, args.path.replace(/\?raw$/, '')),
      namespace: 'raw',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

const common = {
  plugins: [rawPlugin],
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
};

// ESM entry points run by Node (CLI, web host, benchmark) and by Electron's main process.
const esm = [
  ['electron/cli/clave.ts', 'clave.js', '#!/usr/bin/env node'],
  ['electron/web-host/serve.ts', 'web-host.js', ''],
  ['electron/shell/main.ts', 'electron-main.js', ''],
  // The backend process: Electron's utility process, the web host's child (electron/api/backend-entry.ts).
  ['electron/api/backend-entry.ts', 'backend.js', ''],
  ['test/bench/bench.ts', 'bench.js', ''],
  // The backend calls behind each screen, timed in process: node dist/screen-calls.js WORKSPACE [call…]
  ['test/bench/screen-calls.ts', 'screen-calls.js', ''],
];

await Promise.all([
  ...esm.map(([entry, file, banner]) =>
    build({ ...common, entryPoints: [entry], outfile: out(file), format: 'esm', banner: { js: banner } }),
  ),
  // The worker threads: the import's reading and parsing (electron/import/parse-in-worker.ts),
  // the run workbook's writing (electron/export/write-workbook-in-worker.ts) and a large run's
  // reading of the sales (electron/analysis/read-run.ts) and the backend's read workers, which
  // answer its slow reads (electron/api/read-worker.ts, read-calls.ts), found beside the others, inside
  // app.asar in a packaged app. Their npm packages (exceljs) are bundled in, so a worker needs
  // nothing but its own files. exceljs goes to a chunk they share, loaded only when a workbook is
  // read or written: a CSV import's threads start 0.1 s sooner. better-sqlite3 (native) cannot be
  // bundled: where the analysis reader cannot load it, the run reads on its own thread.
  build({
    ...common,
    packages: undefined,
    external: ['better-sqlite3'],
    entryPoints: {
      'import-worker': 'electron/import/reader-worker.ts',
      'export-worker': 'electron/export/workbook-worker.ts',
      'analysis-worker': 'electron/analysis/analysis-worker.ts',
      'run-writer': 'electron/analysis/run-writer.ts',
      'read-worker': 'electron/api/read-worker.ts',
    },
    outdir: out(''),
    splitting: true,
    chunkNames: 'worker-[name]-[hash]',
    format: 'esm',
    // exceljs is CommonJS and requires Node's modules: give the ES module a `require` to do it with.
    banner: { js: "import { createRequire as __claveRequire } from 'node:module'; const require = __claveRequire(import.meta.url);" },
  }),
  // A sandboxed preload must be a single CommonJS script: Electron only lets it require
  // 'electron' (and a few polyfilled modules), so everything else is bundled in.
  build({
    ...common,
    packages: undefined,
    external: ['electron'],
    entryPoints: ['electron/shell/preload.ts'],
    outfile: out('preload.cjs'),
    format: 'cjs',
    target: 'chrome140',
  }),
]);
chmodSync(out('clave.js'), 0o755);
