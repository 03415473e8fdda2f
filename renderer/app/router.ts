// A tiny hash router: `#/customers?run=3&abc=A&xyz=X`. The address bar can be bookmarked and
// the browser's back button works; the Electron window gets the same behaviour for free.
import { useEffect, useMemo, useState } from 'react';

export const SCREENS = [
  'start',
  'import',
  'analysis',
  'matrix',
  'customers',
  'pareto',
  'history',
  'portfolio',
  'dossier',
  'dossiers',
  'agenda',
  'winback',
  'kpis',
  'model',
] as const;
export type Screen = (typeof SCREENS)[number];

/** The screens of the navigation bar; a dossier (one customer, or all A customers to print) is opened from the others. */
export const NAV_SCREENS = ['start', 'import', 'analysis', 'matrix', 'customers', 'pareto', 'history', 'portfolio', 'agenda', 'winback', 'kpis'] as const satisfies readonly Screen[];
export type NavScreen = (typeof NAV_SCREENS)[number];

export type Route = { screen: Screen; params: Record<string, string> };

export function parseHash(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/, '').split('?');
  const screen = SCREENS.find((s) => s === path) ?? 'start';
  const params: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(query)) params[k] = v;
  return { screen, params };
}

export function hrefFor(screen: Screen, params: Record<string, string | number | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const q = query.toString();
  return `#/${screen}${q ? `?${q}` : ''}`;
}

/** The screens' routers (useRoute), told of a navigation at once. */
const routers = new Set<(hash: string) => void>();

export function navigate(screen: Screen, params: Record<string, string | number | undefined> = {}) {
  window.location.hash = hrefFor(screen, params);
  // The route changes in this very task, not at the 'hashchange' event that follows: a screen
  // then asks for what it shows before the browser draws the click (at 5M lines, drawing the
  // portfolio's table once took 40-100 ms, which every sort and filter's request waited for).
  for (const router of routers) router(window.location.hash);
}

export function useRoute(): Route {
  // The hash itself is the state: the 'hashchange' after a navigate() sets the same text, and draws nothing again.
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    routers.add(setHash);
    return () => {
      window.removeEventListener('hashchange', onChange);
      routers.delete(setHash);
    };
  }, []);
  return useMemo(() => parseHash(hash), [hash]);
}
