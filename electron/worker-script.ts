// Where a bundled worker script is: beside the bundle that runs (dist/clave.js, dist/web-host.js,
// dist/backend.js), or under dist/ when the sources run (the tests). In a packaged app that is
// inside app.asar, where Electron lets a worker thread load it (build/electron-builder.yml).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** dist/`file`, or null where it was not built (the caller then does the work on its own thread). */
export function findWorkerScript(file: string): string | null {
  const candidates = [join(here, file), join(here, '..', 'dist', file), join(here, '..', '..', 'dist', file)];
  return candidates.find((p) => existsSync(p)) ?? null;
}
