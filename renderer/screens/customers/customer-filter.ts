// The customer grid's filter, kept in the route (`#/customers?run=3&abc=A&xyz=X`) so that the
// matrix, the history and a bookmark can open the grid already filtered. The rule itself is
// shared with the backend's pages (shared/analysis/result-filter.ts).
import {
  ALIVE_CHOICES,
  hasResultFilter,
  RESULT_FILTER_KEYS,
  RESULT_FILTER_VALUES,
  SIGNAL_CHOICES,
  SIGNAL_KINDS,
  type AliveChoice,
  type ResultFilterKey,
  type ResultGridFilter,
} from '../../../shared/analysis/result-filter';

export const FILTER_KEYS = RESULT_FILTER_KEYS;
export type FilterKey = ResultFilterKey;
export type CustomerFilter = ResultGridFilter;
export { ALIVE_CHOICES, SIGNAL_CHOICES, SIGNAL_KINDS, type AliveChoice };
export const hasFilter = hasResultFilter;

/** The filter a route asks for; values the grid cannot mean are ignored. */
export function filterFromParams(params: Record<string, string | undefined>): CustomerFilter {
  const filter: CustomerFilter = {};
  for (const key of FILTER_KEYS) {
    const value = params[key];
    if (value === undefined || value === '') continue;
    const allowed = RESULT_FILTER_VALUES[key];
    if (allowed && !allowed.includes(value)) continue;
    filter[key] = value;
  }
  return filter;
}
