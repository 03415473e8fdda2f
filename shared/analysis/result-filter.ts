// The customer grid's filter (`#/customers?abc=A&xyz=X&signal=any`): which of a run's customers it
// shows. One rule for the screen's route and the backend's pages ('analysis/results-page').
import type { CustomerResult, SignalKind } from './result-types';
import { ABC_CLASSES, STATUSES, XYZ_CLASSES } from './result-types';
import { LIKELY_LOSING_BELOW } from '../kam/likely-losing';

export const RESULT_FILTER_KEYS = ['abc', 'xyz', 'status', 'seller', 'segment', 'signal', 'alive'] as const;
export type ResultFilterKey = (typeof RESULT_FILTER_KEYS)[number];
/** Each value as the route carries it: a class, 'new' (no XYZ), a status, a seller, a segment, a signal kind or 'any'. */
export type ResultGridFilter = Partial<Record<ResultFilterKey, string>>;

export const SIGNAL_KINDS: SignalKind[] = ['overdue', 'declining', 'dropped class'];
/** The signal filter's values: one kind, or 'any' signal at all. */
export const SIGNAL_CHOICES: string[] = ['any', ...SIGNAL_KINDS];

/** P(alive) bands: at least 50 % (likely still buying), under 50 %, or no prediction (no model, no purchase). */
export const ALIVE_CHOICES = ['likely', 'unlikely', 'none'] as const;
export type AliveChoice = (typeof ALIVE_CHOICES)[number];

export function aliveBand(pAlive: number | null): AliveChoice {
  return pAlive === null ? 'none' : pAlive < LIKELY_LOSING_BELOW ? 'unlikely' : 'likely';
}

/** The values a filter key can take; absent for the free ones (seller, segment). */
export const RESULT_FILTER_VALUES: Partial<Record<ResultFilterKey, readonly string[]>> = {
  abc: ABC_CLASSES,
  xyz: [...XYZ_CLASSES, 'new'],
  status: STATUSES,
  signal: SIGNAL_CHOICES,
  alive: ALIVE_CHOICES,
};

export function hasResultFilter(filter: ResultGridFilter): boolean {
  return RESULT_FILTER_KEYS.some((k) => filter[k] !== undefined);
}

/** What the filter reads of a customer. */
export type FilteredFields = Pick<CustomerResult, 'abc' | 'xyz' | 'status' | 'seller' | 'segment' | 'pAlive'> & { signals: readonly { kind: SignalKind }[] };

export function passesResultFilter(c: FilteredFields, f: ResultGridFilter): boolean {
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
