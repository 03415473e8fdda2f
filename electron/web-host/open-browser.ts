// Opens the web host's address in the default browser without putting the session token on any
// command line (another local user can read every process's arguments): the address goes into
// a small page only this user can read (0600, in the session's private folder), and the browser
// is given that file, which sends it on — as notebook servers do. Any failure (no browser, no
// desktop, a headless server) is ignored: the address is printed anyway. BROWSER=none turns it
// off (tests, remote shells); BROWSER=command opens the file with that command instead.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Writes the page that forwards to `url`; returns its path. */
export function writeRedirectPage(dir: string, url: string): string {
  const path = join(dir, 'abrir-clave.html');
  const target = escapeHtml(url);
  writeFileSync(
    path,
    `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${target}"><title>Clave</title></head>` +
      `<body><p><a href="${target}">Clave</a></p></body></html>\n`,
    { mode: 0o600 },
  );
  return path;
}

export function openBrowser(url: string, privateDir: string, platform: NodeJS.Platform = process.platform, env = process.env): string | null {
  if (env.BROWSER === 'none') return null;
  const page = writeRedirectPage(privateDir, url);
  const target = pathToFileURL(page).href;
  const [command, args, verbatim] = env.BROWSER
    ? [env.BROWSER, [target], false]
    : platform === 'darwin'
      ? ['open', [target], false]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', `"${target}"`], true]
        : ['xdg-open', [target], false];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: verbatim });
    child.on('error', () => {});
    child.unref();
  } catch {
    // no browser to open
  }
  return page;
}
