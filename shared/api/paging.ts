// Long lists cross the API a page at a time (issue #13.1: 200,000 customers must not travel, nor
// be drawn, at once). A request names the slice, the sort and the quick search; the answer gives
// the rows and how many there are in all, so a screen can say "100 of 43,805" and ask for more.
import { apiError } from './errors';

/** A column to sort by, largest/last first when `desc`. Empty values go last either way. */
export type SortRequest<K extends string = string> = { key: K; desc: boolean };

export type PageRequest<K extends string = string> = {
  /** Rows to skip (default 0). */
  offset?: number;
  /** Rows to return (default PAGE_SIZE, at most MAX_PAGE). */
  limit?: number;
  /** Default: the list's own order (a run's ABC order). */
  sort?: SortRequest<K>;
  /** Quick search: every word must appear in the row's text (code, name…), ignoring case and accents. */
  search?: string;
};

export type Page<T> = {
  rows: T[];
  offset: number;
  /** Rows that pass the filter and the search, in all. */
  total: number;
};

export const PAGE_SIZE = 100;
export const MAX_PAGE = 1000;

/** The slice and sort of a request, checked (a wrong one is a caller's mistake: `bad-request`). */
export function checkPage<K extends string>(
  call: string,
  request: PageRequest<K>,
  sortKeys: (key: string) => boolean,
): { offset: number; limit: number; sort: SortRequest<K> | null; search: string } {
  const { offset = 0, limit = PAGE_SIZE, sort, search = '' } = request;
  const bad = (field: string) => apiError('bad-request', { call, field });
  if (!Number.isSafeInteger(offset) || offset < 0) throw bad('offset');
  if (!Number.isSafeInteger(limit) || limit < 0 || limit > MAX_PAGE) throw bad('limit');
  if (typeof search !== 'string' || search.length > 200) throw bad('search');
  if (sort !== undefined && sort !== null) {
    if (typeof sort !== 'object' || typeof sort.key !== 'string' || !sortKeys(sort.key)) throw bad('sort.key');
    if (typeof sort.desc !== 'boolean') throw bad('sort.desc');
  }
  return { offset, limit, sort: sort ?? null, search };
}
