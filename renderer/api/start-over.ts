// Opening another workspace changes everything the screens hold: after a switch (new, open,
// recent, the sample) or a restart of the backend, the page starts over on the given screen.
const START_OVER_KEY = 'clave.start-over';

/**
 * Reloads the page, which then opens `hash` (the start screen unless said otherwise). The address
 * changes only in the new page: whoever waits for it (a test, the back button) sees one navigation.
 */
export function startOver(hash = '#/start'): void {
  try {
    window.sessionStorage.setItem(START_OVER_KEY, hash);
  } catch {
    window.location.hash = hash; // storage disabled: change the address first, then reload
  }
  window.location.reload();
}

/** At load, before the screens read the address: the screen a startOver asked for. */
export function resumeStartOver(win: Window): void {
  let hash: string | null = null;
  try {
    hash = win.sessionStorage.getItem(START_OVER_KEY);
    win.sessionStorage.removeItem(START_OVER_KEY);
  } catch {
    return;
  }
  if (hash !== null && hash.startsWith('#/')) win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}${hash}`);
}

