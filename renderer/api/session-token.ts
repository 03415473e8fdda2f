// The web host hands its session token to the page in the URL fragment (`#token=…`), which the
// browser never sends over the network. The page keeps it in sessionStorage (this tab only, gone
// when the tab closes) and removes it from the address bar, so it is not bookmarked or shared.
import { TOKEN_FRAGMENT_KEY } from '../../shared/api/transport';

export const TOKEN_STORAGE_KEY = 'clave.session-token';

type TokenWindow = {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
};

const FRAGMENT = new RegExp(`^#${TOKEN_FRAGMENT_KEY}=([A-Za-z0-9_-]+)(?:&(.*))?$`);

export function captureSessionToken(win: TokenWindow): string | null {
  const match = FRAGMENT.exec(win.location.hash);
  if (match === null) {
    try {
      return win.sessionStorage.getItem(TOKEN_STORAGE_KEY);
    } catch {
      return null; // storage disabled: the page works until reloaded
    }
  }
  const [, token = '', rest] = match;
  try {
    win.sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
  } catch {
    // kept in memory by the caller
  }
  const { pathname, search } = win.location;
  win.history.replaceState(win.history.state, '', `${pathname}${search}${rest ? `#${rest}` : ''}`);
  return token;
}
