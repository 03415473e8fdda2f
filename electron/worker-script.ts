// Where a bundled worker script is: beside the bundle that runs (dist/clave.js, dist/web-host.js,
// dist/electron-main.js), or under dist/ when the sources run (the tests). A packaged app keeps
// the workers unpacked beside app.asar (build/electron-builder.yml), where a thread can load them.
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** dist/`file`, or null where it was not built (the caller then does the work on its own thread). */
export function findWorkerScript(file: string): string | null {
  const candidates = [join(here, file), join(here, '..', 'dist', file), join(here, '..', '..', 'dist', file)].map((p) =>
    p.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`),
  );
  return candidates.find((p) => existsSync(p)) ?? null;
}
