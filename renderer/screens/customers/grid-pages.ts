// The customer grid's pages ('analysis/results-page'), one request per block that ag-grid asks
// for. The first block of a new filter or search is asked the moment the user changes it, before
// React and ag-grid have drawn the change (at 5M lines that took 30-60 ms, which the request used
// to wait for); the grid's datasource then takes that answer instead of asking again.
import type { RankedResult } from '../../../shared/api/analysis-api';
import type { Page, SortRequest } from '../../../shared/api/paging';
import { invoke } from '../../api';
import type { CustomerFilter } from './customer-filter';

/** Rows per request: a screenful several times over, small enough to answer at once. */
export const BLOCK = 100;

/** What the grid shows: the run's customers passing the filter and the search, in the sort's order. */
export type GridQuery = { runId: number; filter: CustomerFilter; search: string; sort: SortRequest | null };

/**
 * Answers asked ahead and not yet taken, by request, with when they were asked. The grid asks
 * within a few frames: one not taken by then is dropped (an older run's, a search typed over).
 */
const asked = new Map<string, { at: number; answer: Promise<Page<RankedResult>> }>();
const KEPT = 4;
const FRESH_MS = 2000;

function request(q: GridQuery, offset: number, limit: number) {
  return { runId: q.runId, filter: q.filter, search: q.search, offset, limit, ...(q.sort ? { sort: q.sort } : {}) };
}

/** Asks for the first block of `q` now; `loadPage` takes the answer when the grid asks for it. */
export function askFirstBlock(q: GridQuery): void {
  const args = request(q, 0, BLOCK);
  const key = JSON.stringify(args);
  const kept = asked.get(key);
  if (kept && performance.now() - kept.at < FRESH_MS) return;
  const answer = invoke('analysis/results-page', args);
  // Reported by the grid when it takes the answer; never taken (the user typed on): dropped.
  answer.catch(() => undefined);
  asked.set(key, { at: performance.now(), answer });
  for (const old of asked.keys()) if (asked.size > KEPT) asked.delete(old);
}

/** The rows `offset`…`offset + limit` of `q`: the answer asked ahead, or a new request. */
export function loadPage(q: GridQuery, offset: number, limit: number): Promise<Page<RankedResult>> {
  const args = request(q, offset, limit);
  const key = JSON.stringify(args);
  const ahead = asked.get(key);
  asked.delete(key);
  if (ahead && performance.now() - ahead.at < FRESH_MS) return ahead.answer;
  return invoke('analysis/results-page', args);
}
