// A test's child process (a crash mid-import, another time zone) runs our TypeScript as one
// bundled script, written next to node_modules so that it finds better-sqlite3 and exceljs.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

export const ROOT = join(import.meta.dirname, '..');

// `import sql from './001-engine.sql?raw'` as text, as build/build-node.mjs does.
const rawText: Plugin = {
  name: 'raw',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (a) => ({ path: join(a.resolveDir, a.path.replace(/\?raw$/, '')), namespace: 'raw' }));
    b.onLoad({ filter: /.*/, namespace: 'raw' }, (a) => ({ contents: readFileSync(a.path, 'utf8'), loader: 'text' }));
  },
};

/** Bundles `source` (a file, or TypeScript text whose imports start from the repository root) to an .mjs; returns its path. */
export async function bundleChild(name: string, source: { entry: string } | { contents: string }): Promise<string> {
  const dir = join(ROOT, 'node_modules', '.cache', 'clave-tests');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${name}-${process.pid}.mjs`);
  await build({
    ...('entry' in source ? { entryPoints: [source.entry] } : { stdin: { contents: source.contents, resolveDir: ROOT, loader: 'ts', sourcefile: `${name}.ts` } }),
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [rawText],
    logLevel: 'silent',
  });
  return outfile;
}
