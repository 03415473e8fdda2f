// Opens a URL in the default browser when the machine has one; any failure (no browser, no
// desktop, a headless server) is ignored: the address is printed anyway. BROWSER=none turns it
// off (tests, remote shells), as in other tools that open a browser.
import { spawn } from 'node:child_process';

export function openBrowser(url: string, platform: NodeJS.Platform = process.platform, env = process.env): void {
  if (env.BROWSER === 'none') return;
  const [command, args, verbatim] =
    platform === 'darwin'
      ? ['open', [url], false]
      : platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', `"${url}"`], true]
        : ['xdg-open', [url], false];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: verbatim });
    child.on('error', () => {});
    child.unref();
  } catch {
    // no browser to open
  }
}
