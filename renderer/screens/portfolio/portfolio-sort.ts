// The portfolio's column sort, kept in the route like the filters (`#/portfolio?sort=-revenue`: a
// minus for descending). Without one the rows keep the order the backend gives (the current analysis's
// ABC order). Empty values go last in both directions: they are what is missing, not a value.
import type { PortfolioRow } from '../../../shared/kam/kam-types';

const ABC_ORDER: Record<string, number> = { A: 0, B: 1, C: 2 };
const XYZ_ORDER: Record<string, number> = { X: 0, Y: 1, Z: 2 };
const STATUS_ORDER: Record<string, number> = { active: 0, 'at risk': 1, inactive: 2, lost: 3, prospect: 4 };

const VALUES = {
  code: (r: PortfolioRow) => r.code,
  name: (r: PortfolioRow) => r.name,
  abc: (r: PortfolioRow) => (r.abc === null ? null : ABC_ORDER[r.abc]!),
  xyz: (r: PortfolioRow) => (r.xyz === null ? null : XYZ_ORDER[r.xyz]!),
  status: (r: PortfolioRow) => STATUS_ORDER[r.status] ?? null,
  kam: (r: PortfolioRow) => r.kamName,
  seller: (r: PortfolioRow) => r.seller,
  segment: (r: PortfolioRow) => r.segment,
  revenue: (r: PortfolioRow) => r.revenue,
  lastPurchase: (r: PortfolioRow) => r.lastPurchase,
  nextContact: (r: PortfolioRow) => r.nextContactDay,
  threeP: (r: PortfolioRow) => r.threeP,
  health: (r: PortfolioRow) => r.health,
  pAlive: (r: PortfolioRow) => r.pAlive,
  expectedPurchases90d: (r: PortfolioRow) => r.expectedPurchases90d,
  predictedRevenue12m: (r: PortfolioRow) => r.predictedRevenue12m,
  clv12m: (r: PortfolioRow) => r.clv12m,
} satisfies Record<string, (r: PortfolioRow) => string | number | null>;

export type SortKey = keyof typeof VALUES;
export const SORT_KEYS = Object.keys(VALUES) as SortKey[];
export type Sort = { key: SortKey; desc: boolean } | null;

/** Figures are first sorted largest first, text and classes A→Z. */
const DESC_FIRST: ReadonlySet<SortKey> = new Set(['revenue', 'lastPurchase', 'threeP', 'health', 'expectedPurchases90d', 'predictedRevenue12m', 'clv12m']);

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

export function sortRows(rows: readonly PortfolioRow[], sort: Sort, collator: Intl.Collator): PortfolioRow[] {
  if (sort === null) return [...rows];
  const value = VALUES[sort.key];
  const sign = sort.desc ? -1 : 1;
  // Array.prototype.sort is stable: equal values keep their ABC order.
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return sign * c;
  });
}
