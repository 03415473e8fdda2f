// What the portfolio shows (seed 003): which customers pass its filters, how it sorts and groups
// them. One rule for the screen's route and the backend's pages ('customers/page'). Decisions:
// - Filters: class (A, B, C, or 'none': outside the current analysis), KAM, seller, segment, tag,
//   'provavelmente perdendo' (shared/kam/likely-losing.ts); the status tabs count under these and the quick search, then narrow to one status.
// - Sorting by any column: figures largest first on the first click, texts and classes A→Z;
//   empty values last either way; equal values keep the current analysis's ABC order.
// - Groups (KAM, seller, segment): biggest revenue first, the group without a value last (it is
//   what needs assigning); the rows keep the chosen order within their group.
import type { AbcClass, Status } from '../analysis/result-types';
import type { PortfolioRow } from './kam-types';

export const GROUP_BYS = ['none', 'kam', 'seller', 'segment'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** `abc: 'none'`: customers outside the current analysis (prospects, lost ones). */
export type ClassFilter = AbcClass | 'none';

export type PortfolioQuery = {
  status?: Status;
  abc?: ClassFilter;
  kamId?: number;
  seller?: string;
  segment?: string;
  tag?: string;
  /** Only the key accounts probably being lost. */
  losing?: boolean;
  group?: GroupBy;
};

/** What the filters read of a row. */
export type QueriedFields = Pick<PortfolioRow, 'abc' | 'kamId' | 'seller' | 'segment' | 'tags' | 'likelyLosing'>;

/** Every filter but the status (the tabs count under these) and the quick search. */
export function passesQuery(row: QueriedFields, q: PortfolioQuery): boolean {
  if (q.abc !== undefined && (q.abc === 'none' ? row.abc !== null : row.abc !== q.abc)) return false;
  if (q.kamId !== undefined && row.kamId !== q.kamId) return false;
  if (q.seller !== undefined && row.seller !== q.seller) return false;
  if (q.segment !== undefined && row.segment !== q.segment) return false;
  if (q.tag !== undefined && !row.tags.includes(q.tag)) return false;
  if (q.losing === true && !row.likelyLosing) return false;
  return true;
}

const ABC_ORDER: Record<string, number> = { A: 0, B: 1, C: 2 };
const XYZ_ORDER: Record<string, number> = { X: 0, Y: 1, Z: 2 };
const STATUS_ORDER: Record<string, number> = { active: 0, 'at risk': 1, inactive: 2, lost: 3, prospect: 4 };

/** What the sort reads of a row (health is computed for the sort on its own; signals and types are not sorted by). */
export type SortedFields = Omit<PortfolioRow, 'valueLost' | 'usedToBuy' | 'health' | 'signals' | 'types'>;

/** Each sortable column's value: a number, a text (sorted folded, list-order.ts) or nothing; and health. */
export const PORTFOLIO_SORT_VALUES = {
  code: (r: SortedFields) => r.code,
  name: (r: SortedFields) => r.name,
  abc: (r: SortedFields) => (r.abc === null ? null : ABC_ORDER[r.abc]!),
  xyz: (r: SortedFields) => (r.xyz === null ? null : XYZ_ORDER[r.xyz]!),
  status: (r: SortedFields) => STATUS_ORDER[r.status] ?? null,
  kam: (r: SortedFields) => r.kamName,
  seller: (r: SortedFields) => r.seller,
  segment: (r: SortedFields) => r.segment,
  revenue: (r: SortedFields) => r.revenue,
  lastPurchase: (r: SortedFields) => r.lastPurchase,
  nextContact: (r: SortedFields) => r.nextContactDay,
  threeP: (r: SortedFields) => r.threeP,
  pAlive: (r: SortedFields) => r.pAlive,
  expectedPurchases90d: (r: SortedFields) => r.expectedPurchases90d,
  predictedRevenue12m: (r: SortedFields) => r.predictedRevenue12m,
  clv12m: (r: SortedFields) => r.clv12m,
} satisfies Record<string, (r: SortedFields) => string | number | null>;

export type PortfolioSortKey = keyof typeof PORTFOLIO_SORT_VALUES | 'health';
export const PORTFOLIO_SORT_KEYS: PortfolioSortKey[] = [...(Object.keys(PORTFOLIO_SORT_VALUES) as PortfolioSortKey[]), 'health'];

/** Figures are first sorted largest first, text and classes A→Z. */
export const DESC_FIRST: ReadonlySet<PortfolioSortKey> = new Set([
  'revenue', 'lastPurchase', 'threeP', 'health', 'expectedPurchases90d', 'predictedRevenue12m', 'clv12m',
]);

/** The group a row falls in: its KAM's, seller's or segment's name (null: none). */
export function groupName(row: Pick<PortfolioRow, 'kamName' | 'seller' | 'segment'>, by: Exclude<GroupBy, 'none'>): string | null {
  return by === 'kam' ? row.kamName : by === 'seller' ? row.seller : row.segment;
}

/** A group of the listed rows: its name, size and revenue, and where its first row is in the list. */
export type PortfolioGroup = { name: string | null; customers: number; revenue: number; offset: number };

/** Groups in their order: biggest revenue first, the unnamed group last. */
export function orderGroups<G extends { name: string | null; revenue: number }>(groups: G[]): G[] {
  return [...groups].sort((a, b) => (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) || b.revenue - a.revenue);
}
