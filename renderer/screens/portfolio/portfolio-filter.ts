// The portfolio's filter, grouping and sort, kept in the route
// (`#/portfolio?status=active&seller=Ana&sort=-revenue`) so a view can be bookmarked and the back
// button works. What they mean is shared with the backend, which filters, sorts and pages the
// customers (shared/kam/portfolio-query.ts).
import { STATUSES, type Status } from '../../../shared/analysis/result-types';
import { GROUP_BYS, type ClassFilter, type GroupBy, type PortfolioQuery } from '../../../shared/kam/portfolio-query';

export { GROUP_BYS, type ClassFilter, type GroupBy };

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

/** The view as the backend's query (the sort apart). */
export function queryOf(v: PortfolioView): PortfolioQuery {
  const kamId = v.kam === null ? NaN : Number(v.kam);
  return {
    ...(v.status !== null && { status: v.status }),
    ...(v.abc !== null && { abc: v.abc }),
    ...(Number.isSafeInteger(kamId) && { kamId }),
    ...(v.seller !== null && { seller: v.seller }),
    ...(v.segment !== null && { segment: v.segment }),
    ...(v.tag !== null && { tag: v.tag }),
    ...(v.losing && { losing: true }),
    ...(v.group !== 'none' && { group: v.group }),
  };
}

export function hasFilter(v: PortfolioView): boolean {
  return v.status !== null || v.abc !== null || v.kam !== null || v.seller !== null || v.segment !== null || v.tag !== null || v.losing;
}
