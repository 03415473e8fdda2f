// The security decisions of the desktop window, as pure functions of URLs and names so that
// they can be tested with hostile input without a running Electron (no `electron` import here).
// The main process only wires them to Electron's events; the web host reuses the path rule and
// the headers for the same renderer files.

/** The privileged scheme the renderer is served from, e.g. `app://clave/index.html`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'clave';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for a URL of our own renderer: scheme app, host exactly "clave", no port and no
 * credentials. `app://other/…`, `app://clave.evil/…`, `app://x@clave/…`, file:, http:, data:,
 * javascript: and anything unparsable are all false.
 */
export function isAppUrl(url: string): boolean {
  const u = parseUrl(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}

/** A frame may navigate only within our own files; everything else (remote pages, file:, data:…) is refused. */
export function decideNavigation(url: string): 'allow' | 'deny' {
  return isAppUrl(url) ? 'allow' : 'deny';
}

/** No window ever opens another window: the app is one window, links to the web are not followed. */
export function decideWindowOpen(url: string): 'deny' {
  void url;
  return 'deny';
}

/**
 * Web permissions (camera, geolocation, notifications, clipboard reading, USB…) are denied. The
 * one exception is writing plain text to the clipboard from our own page, so that a screen can
 * offer "copy" (Chromium treats it as a permission; it reads nothing).
 */
export function decidePermission(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

/** An IPC message is served only when it comes from the top frame of our own page. */
export function isTrustedSender(frame: { url: string; isMainFrame: boolean } | null): boolean {
  return frame !== null && frame.isMainFrame && isAppUrl(frame.url);
}

/**
 * Turns the path of a request (still percent-encoded, as in `URL.pathname`) into a path relative
 * to the renderer folder, or null when it could leave that folder or name something odd:
 * `..` or `.` segments (plain or encoded), backslashes, NUL, drive letters, hidden files.
 * `/` is the entry page.
 */
export function safeRelativePath(pathname: string): string | null {
  if (!pathname.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null; // malformed escapes such as %E0%A4%A
  }
  if (/[\\:]/.test(decoded) || /[\u0000-\u001f\u007f]/.test(decoded)) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.length === 1 && segments[0] === '') return 'index.html';
  for (const segment of segments) {
    if (segment === '' || segment.startsWith('.') || segment.length > 255) return null;
  }
  return segments.join('/');
}

/** The renderer file an `app://clave/…` request names (see safeRelativePath), or null. */
export function appRequestPath(url: string): string | null {
  if (!isAppUrl(url)) return null;
  const u = parseUrl(url);
  // Node's parser leaves the path of `app://clave` empty where Chromium's (standard scheme) says `/`.
  return u === null ? null : safeRelativePath(u.pathname || '/');
}

/**
 * The Content-Security-Policy of the renderer, sent as a response header with every page: only
 * our own scripts (no inline or remote script, no eval), no plugins, no frames, no forms posting
 * away, connections only to our own origin. Inline styles stay allowed because the grid and chart
 * libraries set styles from script; styles cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Headers sent with every renderer file, by the app:// protocol and by the web host alike. */
export function rendererSecurityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), payment=(), display-capture=()',
  };
}
