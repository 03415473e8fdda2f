// The customer grid's filter, kept in the route (`#/customers?run=3&abc=A&xyz=X`) so that the
// matrix, the history and a bookmark can open the grid already filtered.
import type { CustomerResult, SignalKind } from '../../../shared/analysis/result-types';
import { ABC_CLASSES, STATUSES, XYZ_CLASSES } from '../../../shared/analysis/result-types';
import { LIKELY_LOSING_BELOW } from '../../../shared/kam/likely-losing';

export const FILTER_KEYS = ['abc', 'xyz', 'status', 'seller', 'segment', 'signal', 'alive'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type CustomerFilter = Partial<Record<FilterKey, string>>;

export const SIGNAL_KINDS: SignalKind[] = ['overdue', 'declining', 'dropped class'];
/** The signal filter's values: one kind, or 'any' signal at all. */
export const SIGNAL_CHOICES: string[] = ['any', ...SIGNAL_KINDS];

/** P(alive) bands: at least 50 % (likely still buying), under 50 %, or no prediction (no model, no purchase). */
export const ALIVE_CHOICES = ['likely', 'unlikely', 'none'] as const;
export type AliveChoice = (typeof ALIVE_CHOICES)[number];

function aliveBand(pAlive: number | null): AliveChoice {
  return pAlive === null ? 'none' : pAlive < LIKELY_LOSING_BELOW ? 'unlikely' : 'likely';
}

const ALLOWED: Partial<Record<FilterKey, readonly string[]>> = {
  abc: ABC_CLASSES,
  xyz: [...XYZ_CLASSES, 'new'],
  status: STATUSES,
  signal: SIGNAL_CHOICES,
  alive: ALIVE_CHOICES,
};

/** The filter a route asks for; values the grid cannot mean are ignored. */
export function filterFromParams(params: Record<string, string>): CustomerFilter {
  const filter: CustomerFilter = {};
  for (const key of FILTER_KEYS) {
    const value = params[key];
    if (value === undefined || value === '') continue;
    const allowed = ALLOWED[key];
    if (allowed && !allowed.includes(value)) continue;
    filter[key] = value;
  }
  return filter;
}

export function hasFilter(filter: CustomerFilter): boolean {
  return FILTER_KEYS.some((k) => filter[k] !== undefined);
}

export function passesFilter(c: CustomerResult, f: CustomerFilter): boolean {
  if (f.abc !== undefined && c.abc !== f.abc) return false;
  if (f.xyz !== undefined && (c.xyz ?? 'new') !== f.xyz) return false;
  if (f.status !== undefined && c.status !== f.status) return false;
  if (f.seller !== undefined && c.seller !== f.seller) return false;
  if (f.segment !== undefined && c.segment !== f.segment) return false;
  if (f.signal !== undefined) {
    if (f.signal === 'any' ? c.signals.length === 0 : !c.signals.some((s) => s.kind === f.signal)) return false;
  }
  if (f.alive !== undefined && aliveBand(c.pAlive) !== f.alive) return false;
  return true;
}

/** The distinct non-empty values of a text field, sorted for a select. */
export function distinctValues(rows: CustomerResult[], field: 'seller' | 'segment', locale: string): string[] {
  const set = new Set<string>();
  for (const r of rows) if (r[field]) set.add(r[field]);
  return [...set].sort((a, b) => a.localeCompare(b, locale));
}
