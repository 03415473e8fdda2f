// The portfolio (carteira, seed 003): every customer not deleted, with its effective fields and
// the current run's figures. Decisions:
// - A customer of the current run shows that run's class, revenue, last purchase, signals, types
//   and status. One of the run's others (no sale in its window) shows the status, last purchase
//   and signal the run gave it at its reference date. A customer the run does not list (its
//   sales all came after the reference date, or it was created since) gets its status from its
//   last purchase at the reference date (shared/kam/portfolio-status.ts).
// - Lost and inactive customers also show their value lost and what they used to buy (winback.ts).
// - Next contact: the next contact date of its latest activity.
// - Order: the run's ABC order, then the customers outside the run by code.
// - `search` matches when every word typed is in the code or the effective name, ignoring case
//   and accents (shared/paging/list-order.ts).
// - Filters, sorting and groups: shared/kam/portfolio-query.ts.
// 'customers/page' answers a page from the kept index (portfolio-index.ts) and reads what only
// the rows on screen need; 'customers/list' gives every row.
import type { PortfolioChoices, PortfolioPage, PortfolioPageRequest } from '../../shared/api/customers-api';
import { apiError } from '../../shared/api/errors';
import { checkPage } from '../../shared/api/paging';
import { ABC_CLASSES, STATUSES, type Status } from '../../shared/analysis/result-types';
import type { Day } from '../../shared/domain/calendar';
import type { PortfolioRow } from '../../shared/kam/kam-types';
import {
  GROUP_BYS,
  groupName,
  orderGroups,
  passesQuery,
  PORTFOLIO_SORT_KEYS,
  type PortfolioGroup,
  type PortfolioQuery,
} from '../../shared/kam/portfolio-query';
import { identityOrder, matchesWords, pageOf, searchWords, sortKey } from '../../shared/paging/list-order';
import type { Db } from '../db/open-database';
import { kamDetailsOfCodes } from '../db/run-results-kam-reads';
import { figuresOf, portfolioIndex, portfolioOrder, searchTexts, type PortfolioEntry, type PortfolioIndex, type UsedToBuy } from './portfolio-index';
import { topProductsOf } from './sales-history';
import { isLost, valuesLost } from './winback';

type Query = PortfolioQuery & { search: string };

function checkQuery(filter: unknown): Query {
  if (filter === undefined || filter === null) return { search: '' };
  if (typeof filter !== 'object' || Array.isArray(filter)) throw apiError('kam/bad-filter', { field: null });
  const f = filter as Record<string, unknown>;
  const text = (k: string) => {
    if (f[k] !== undefined && f[k] !== null && typeof f[k] !== 'string') throw apiError('kam/bad-filter', { field: k });
  };
  ['seller', 'segment', 'tag', 'search'].forEach(text);
  if (f.status !== undefined && !(STATUSES as unknown[]).includes(f.status)) throw apiError('kam/bad-status', { value: String(f.status) });
  if (f.abc !== undefined && f.abc !== 'none' && !(ABC_CLASSES as unknown[]).includes(f.abc)) throw apiError('kam/bad-class', { value: String(f.abc) });
  if (f.kamId !== undefined && !Number.isSafeInteger(f.kamId)) throw apiError('kam/bad-filter', { field: 'kamId' });
  if (f.group !== undefined && !(GROUP_BYS as readonly unknown[]).includes(f.group)) throw apiError('kam/bad-filter', { field: 'group' });
  if (f.losing !== undefined && typeof f.losing !== 'boolean') throw apiError('kam/bad-filter', { field: 'losing' });
  const q = f as PortfolioQuery & { search?: string | null };
  return {
    ...(q.status !== undefined && { status: q.status }),
    ...(q.abc !== undefined && { abc: q.abc }),
    ...(q.kamId !== undefined && { kamId: q.kamId }),
    ...(typeof q.seller === 'string' && { seller: q.seller }),
    ...(typeof q.segment === 'string' && { segment: q.segment }),
    ...(typeof q.tag === 'string' && { tag: q.tag }),
    ...(q.losing === true && { losing: true }),
    ...(q.group !== undefined && { group: q.group }),
    search: q.search ?? '',
  };
}

/** The rows of these positions as the screen shows them: health, and for the lost and inactive what they were worth and used to buy. */
function rowsAt(db: Db, index: PortfolioIndex, positions: readonly number[]): PortfolioRow[] {
  const entries = positions.map((i) => index.entries[i]!);
  const details = index.run ? kamDetailsOfCodes(db, index.run.id, entries.map((e) => e.code)) : new Map();
  const lost = entries.filter((e) => isLost(e.status));
  const values = valuesLost(db, lost.map((e) => ({ id: e.id, lastPurchase: e.lastPurchase, stored: details.get(e.code)?.trailingRevenue ?? null })));
  const products = usedToBuyOf(db, index, lost.map((e) => e.id));
  return entries.map((e) => {
    const { id, ...row } = e;
    const detail = details.get(e.code);
    const gone = isLost(e.status);
    return {
      ...row,
      valueLost: gone ? (values.get(id) ?? 0) : null,
      usedToBuy: gone ? (products.get(id) ?? []).map((p) => p.product) : [],
      signals: detail?.signals ?? [],
      types: e.inWindow ? (detail?.types ?? []) : [],
      health: index.health.scoreOf(id, figuresOf(e, detail)).score,
    };
  });
}

/** What these customers used to buy: kept with the index's base layer once read (portfolio-index.ts). */
function usedToBuyOf(db: Db, index: PortfolioIndex, ids: readonly number[]): Map<number, UsedToBuy> {
  const kept = index.base.usedToBuy;
  const read = topProductsOf(db, ids.filter((id) => !kept.has(id)));
  for (const id of ids) if (!kept.has(id)) kept.set(id, read.get(id) ?? []);
  return new Map(ids.map((id) => [id, kept.get(id)!]));
}

type Passing = { passes: Uint8Array; counts: Record<Status, number> };

/** The passes of the last few filters asked, by index: a sort, a status tab or "show more" after a filter reads them again. */
const passingKept = new WeakMap<PortfolioIndex, Map<string, Passing>>();
const PASSING_KEPT = 4;

/** Which entries pass the filters but the status, and how many of each status they hold (kept for the next requests with the same filters). */
function passing(index: PortfolioIndex, q: Query): Passing {
  const { status: _status, group: _group, ...filters } = q;
  const key = JSON.stringify(filters);
  let kept = passingKept.get(index);
  if (!kept) passingKept.set(index, (kept = new Map()));
  const known = kept.get(key);
  if (known) return known;
  const made = passingOf(index, q);
  if (kept.size >= PASSING_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(key, made);
  return made;
}

function passingOf(index: PortfolioIndex, q: Query): Passing {
  const words = searchWords(q.search);
  const texts = words.length > 0 ? searchTexts(index) : null;
  const counts: Record<Status, number> = { prospect: 0, active: 0, 'at risk': 0, inactive: 0, lost: 0 };
  const passes = new Uint8Array(index.entries.length);
  index.entries.forEach((e, i) => {
    if (!passesQuery(e, q) || (texts !== null && !matchesWords(texts[i]!, words))) return;
    passes[i] = 1;
    counts[e.status] += 1;
  });
  return { passes, counts };
}

export function portfolioPage(db: Db, request: PortfolioPageRequest, today: Day): PortfolioPage {
  const { offset, limit, sort } = checkPage('customers/page', request, (k) => (PORTFOLIO_SORT_KEYS as string[]).includes(k));
  const q = checkQuery(request);
  const index = portfolioIndex(db, today);
  const { passes, counts } = passing(index, q);
  const keep = (i: number) => passes[i] === 1 && (q.status === undefined || index.entries[i]!.status === q.status);
  const order = sort === null ? identityOrder(index.entries.length) : portfolioOrder(db, index, sort.key, sort.desc);
  const base = { all: index.entries.length, counts, choices: choicesOf(index), offset };
  const by = q.group ?? 'none';
  if (by === 'none') {
    const { positions, total } = pageOf(order, keep, offset, limit);
    return { ...base, rows: rowsAt(db, index, positions), total, groups: null };
  }
  // Grouped: each group's rows in the chosen order, the groups in theirs.
  const buckets = new Map<string | null, { name: string | null; positions: number[]; revenue: number }>();
  for (const i of order) {
    if (!keep(i)) continue;
    const e = index.entries[i]!;
    const name = groupName(e, by);
    let bucket = buckets.get(name);
    if (!bucket) buckets.set(name, (bucket = { name, positions: [], revenue: 0 }));
    bucket.positions.push(i);
    bucket.revenue += e.revenue ?? 0;
  }
  const groups: PortfolioGroup[] = [];
  const listed: number[] = [];
  for (const b of orderGroups([...buckets.values()])) {
    groups.push({ name: b.name, customers: b.positions.length, revenue: b.revenue, offset: listed.length });
    for (const i of b.positions) listed.push(i);
  }
  return { ...base, rows: rowsAt(db, index, listed.slice(offset, offset + limit)), total: listed.length, groups };
}

const choicesCache = new WeakMap<PortfolioIndex, PortfolioChoices>();

function choicesOf(index: PortfolioIndex): PortfolioChoices {
  let choices = choicesCache.get(index);
  if (choices) return choices;
  const distinct = (values: Iterable<string | null>) =>
    [...new Set([...values].filter((v): v is string => v !== null && v !== ''))].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1));
  const kams = new Map<number, string>();
  for (const e of index.entries) if (e.kamId !== null && e.kamName !== null) kams.set(e.kamId, e.kamName);
  choices = {
    sellers: distinct(index.entries.map((e) => e.seller)),
    segments: distinct(index.entries.map((e) => e.segment)),
    tags: distinct(index.entries.flatMap((e) => e.tags)),
    kams: [...kams].map(([id, name]) => ({ id, name })),
  };
  choicesCache.set(index, choices);
  return choices;
}

/** Every portfolio row passing the filter, in the portfolio's own order. */
export function portfolioRows(db: Db, rawFilter: unknown, today: Day): PortfolioRow[] {
  const q = checkQuery(rawFilter);
  const index = portfolioIndex(db, today);
  const { passes } = passing(index, q);
  const positions = index.entries.flatMap((e, i) => (passes[i] === 1 && (q.status === undefined || e.status === q.status) ? [i] : []));
  return rowsAt(db, index, positions);
}

/** The customers of the current run with their effective seller and segment (the seller × segment table). */
export function runPortfolioEntries(db: Db, today: Day): PortfolioEntry[] {
  return portfolioIndex(db, today).entries.filter((e) => e.inWindow);
}
