// The portfolio's filter and grouping, kept in the route (`#/portfolio?status=active&seller=Ana`)
// so a view can be bookmarked and the back button works. The portfolio is read whole once and
// filtered here: the status tabs need the count of every status under the other filters, and a
// quick search must not reload the table on each key.
import { STATUSES, type AbcClass, type Status } from '../../../shared/analysis/result-types';
import { foldText } from '../../../shared/import/fold-text';
import type { PortfolioRow } from '../../../shared/kam/kam-types';

export const GROUP_BYS = ['none', 'kam', 'seller', 'segment'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** `abc=none`: customers outside the current analysis (prospects, lost ones). */
export type ClassFilter = AbcClass | 'none';

export type PortfolioView = {
  status: Status | null;
  abc: ClassFilter | null;
  kam: string | null; // a team member id, as text
  seller: string | null;
  segment: string | null;
  tag: string | null;
  /** Only the key accounts probably being lost (`losing=1`). */
  losing: boolean;
  group: GroupBy;
  sort: string | null; // see portfolio-sort.ts
};

export const VIEW_KEYS = ['status', 'abc', 'kam', 'seller', 'segment', 'tag', 'losing', 'group', 'sort'] as const satisfies readonly (keyof PortfolioView)[];

const CLASS_FILTERS: ClassFilter[] = ['A', 'B', 'C', 'none'];

export function viewFromParams(params: Record<string, string>): PortfolioView {
  const text = (k: string) => (params[k] ? params[k] : null);
  return {
    status: STATUSES.find((s) => s === params.status) ?? null,
    abc: CLASS_FILTERS.find((c) => c === params.abc) ?? null,
    kam: text('kam'),
    seller: text('seller'),
    segment: text('segment'),
    tag: text('tag'),
    losing: params.losing === '1',
    group: GROUP_BYS.find((g) => g === params.group) ?? 'none',
    sort: text('sort'),
  };
}

/** Every filter but the status (the tabs count under these) and the quick search. */
export function passesOthers(row: PortfolioRow, v: PortfolioView, search: string): boolean {
  if (v.abc !== null && (v.abc === 'none' ? row.abc !== null : row.abc !== v.abc)) return false;
  if (v.kam !== null && String(row.kamId ?? '') !== v.kam) return false;
  if (v.seller !== null && row.seller !== v.seller) return false;
  if (v.segment !== null && row.segment !== v.segment) return false;
  if (v.tag !== null && !row.tags.includes(v.tag)) return false;
  if (v.losing && !row.likelyLosing) return false;
  if (search) {
    const s = foldText(search);
    if (s && !foldText(row.code).includes(s) && !foldText(row.name ?? '').includes(s)) return false;
  }
  return true;
}

export function hasFilter(v: PortfolioView): boolean {
  return v.status !== null || v.abc !== null || v.kam !== null || v.seller !== null || v.segment !== null || v.tag !== null || v.losing;
}

/** The distinct non-empty values of a text field, sorted for a select. */
export function distinct(rows: PortfolioRow[], pick: (r: PortfolioRow) => string | null): string[] {
  return [...new Set(rows.map(pick).filter((x): x is string => x !== null && x !== ''))].sort((a, b) => a.localeCompare(b));
}

export type RowGroup = { key: string; name: string | null; rows: PortfolioRow[]; revenue: number };

/** Rows in groups of the same KAM, seller or segment, biggest revenue first; the rows keep their ABC order. */
export function groupRows(rows: PortfolioRow[], by: GroupBy): RowGroup[] {
  if (by === 'none') return [{ key: '', name: null, rows, revenue: rows.reduce((s, r) => s + (r.revenue ?? 0), 0) }];
  const name = (r: PortfolioRow) => (by === 'kam' ? r.kamName : by === 'seller' ? r.seller : r.segment);
  const groups = new Map<string, RowGroup>();
  for (const r of rows) {
    const n = name(r);
    const key = n ?? '\u0000';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, name: n, rows: [], revenue: 0 }));
    g.rows.push(r);
    g.revenue += r.revenue ?? 0;
  }
  // The "no value" group last: it is what needs assigning.
  return [...groups.values()].sort((a, b) => (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) || b.revenue - a.revenue);
}
