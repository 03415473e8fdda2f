// `npm start` comes back on the port of its previous run when that port is free, so a bookmark
// of the address keeps working (with a new session token, it lands on the page that says how to
// open Clave). The port is kept in a small JSON file in the user-data folder.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function portFile(userDataDir: string): string {
  return join(userDataDir, 'web-host.json');
}

export function readRememberedPort(userDataDir: string): number | null {
  try {
    const { port } = JSON.parse(readFileSync(portFile(userDataDir), 'utf8')) as { port?: unknown };
    return typeof port === 'number' && Number.isInteger(port) && port > 0 && port <= 65535 ? port : null;
  } catch {
    return null; // first run
  }
}

export function rememberPort(userDataDir: string, port: number): void {
  const file = portFile(userDataDir);
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.tmp`, JSON.stringify({ port }));
    renameSync(`${file}.tmp`, file);
  } catch {
    // a read-only profile only loses the port
  }
}
