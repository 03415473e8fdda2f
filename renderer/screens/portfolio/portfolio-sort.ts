// The portfolio's column sort, kept in the route like the filters (`#/portfolio?sort=-revenue`: a
// minus for descending). Without one the rows keep the order the backend gives (the current
// analysis's ABC order). The backend sorts (shared/kam/portfolio-query.ts).
import { DESC_FIRST, PORTFOLIO_SORT_KEYS, type PortfolioSortKey } from '../../../shared/kam/portfolio-query';

export type SortKey = PortfolioSortKey;
export const SORT_KEYS = PORTFOLIO_SORT_KEYS;
export type Sort = { key: SortKey; desc: boolean } | null;

export function sortFromParam(param: string | undefined): Sort {
  if (!param) return null;
  const desc = param.startsWith('-');
  const key = SORT_KEYS.find((k) => k === (desc ? param.slice(1) : param));
  return key ? { key, desc } : null;
}

export function sortParam(sort: Sort): string | undefined {
  return sort === null ? undefined : `${sort.desc ? '-' : ''}${sort.key}`;
}

/** A header click: the same column turns its direction, another one starts in its natural one. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current?.key === key) return { key, desc: !current.desc };
  return { key, desc: DESC_FIRST.has(key) };
}
