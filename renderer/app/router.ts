// A tiny hash router: `#/customers?run=3&abc=A&xyz=X`. The address bar can be bookmarked and
// the browser's back button works; the Electron window gets the same behaviour for free.
import { useEffect, useState } from 'react';

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

export function navigate(screen: Screen, params: Record<string, string | number | undefined> = {}) {
  window.location.hash = hrefFor(screen, params);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
