// Who may talk to the web host: only a page of its own origin on this machine, holding the
// session token. Pure functions of header values, tested with hostile input.
import { timingSafeEqual } from 'node:crypto';

/** The origins the page can have: the address printed (127.0.0.1) and its `localhost` twin. */
export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/**
 * The Host header must name this server exactly. A page of another site that re-points its own
 * name to 127.0.0.1 (DNS rebinding) sends its own name here and is refused.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (host === undefined) return false;
  return allowedOrigins(port).some((origin) => origin.slice('http://'.length) === host.toLowerCase());
}

/** A request that says where it comes from must come from our own page (absent = not a browser page's fetch). */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || allowedOrigins(port).includes(origin);
}

/** Browsers mark cross-site requests; a request from another site is refused even without an Origin header. */
export function isAllowedFetchSite(site: string | undefined): boolean {
  return site === undefined || site === 'same-origin' || site === 'none';
}

export type TokenCheck = 'ok' | 'missing' | 'wrong';

/** Compares in constant time, so that the response time tells nothing about the token. */
export function checkToken(given: string | string[] | undefined, expected: string): TokenCheck {
  if (given === undefined || given === '') return 'missing';
  if (Array.isArray(given)) return 'wrong';
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b) ? 'ok' : 'wrong';
}
