// The portfolio's customers as the page requests read them (portfolio.ts): every customer not
// deleted with its effective fields and the current analysis's figures, in the analysis's ABC
// order. Read once and kept until the workspace changes (data-stamp.ts) or the day does (health
// counts days), so that a search, a filter or a sort of 200,000 customers answers from memory.
// What only the rows on screen need (health, value lost, what they used to buy) is not read here.
import type { RunSummary } from '../../shared/api/analysis-api';
import type { Signal, KeyAccountType } from '../../shared/analysis/result-types';
import type { Day } from '../../shared/domain/calendar';
import { effective } from '../../shared/kam/editable';
import type { PortfolioRow } from '../../shared/kam/kam-types';
import { statusOutsideRun } from '../../shared/kam/portfolio-status';
import { PORTFOLIO_SORT_VALUES, type PortfolioSortKey } from '../../shared/kam/portfolio-query';
import { searchText, sortedPositions, sortKey, type SortValue } from '../../shared/paging/list-order';
import { latestActivities } from '../db/activities-table';
import { liveCustomerRows } from '../db/customer-profiles-table';
import { tagsByCustomer } from '../db/customer-tags-table';
import { dataStamp } from '../db/data-stamp';
import type { Db } from '../db/open-database';
import { kamRunRows } from '../db/run-results-table';
import { teamMemberNames } from '../db/team-members-table';
import { currentRun, kpiReferenceDayOf, statusLimitsOf, type RunFigures } from './current-run';
import { loadHealthContext, type HealthContext } from './health-context';
import { lastPurchaseOf } from './sales-history';

/** A portfolio row before what is read for the rows on screen only. */
export type PortfolioEntry = Omit<PortfolioRow, 'valueLost' | 'usedToBuy' | 'health'> & {
  id: number;
  /** The value lost stored with the run (null: not stored, or not listed). */
  stored: number | null;
  /** The customer's figures in the current analysis (null: not listed). */
  figures: RunFigures | null;
};

export type PortfolioIndex = {
  run: RunSummary | null;
  today: Day;
  entries: PortfolioEntry[];
  health: HealthContext;
  /** Each customer's health score, all computed at the first sort by health. */
  healthScores: (number | null)[] | null;
  /** Each customer's folded code and name, made at the first search. */
  search: string[] | null;
  /** Positions in each column's order, by `key|desc`. */
  orders: Map<string, Int32Array>;
};

const cache = new WeakMap<Db, { stamp: string; index: PortfolioIndex }>();

const parseList = <T>(json: string): T[] => (json === '[]' ? [] : (JSON.parse(json) as T[]));

export function portfolioIndex(db: Db, today: Day): PortfolioIndex {
  const stamp = `${dataStamp(db)}|${today}`;
  const cached = cache.get(db);
  if (cached?.stamp === stamp) return cached.index;
  const index = buildIndex(db, today);
  cache.set(db, { stamp, index });
  return index;
}

function buildIndex(db: Db, today: Day): PortfolioIndex {
  const run = currentRun(db);
  const reference = kpiReferenceDayOf(db, run);
  const limits = statusLimitsOf(run);
  const runRows = run ? kamRunRows(db, run.id) : [];
  const listed = new Map(runRows.map((r, i) => [r[0], i]));
  const kamNames = teamMemberNames(db);
  const tags = tagsByCustomer(db);
  const activities = latestActivities(db);
  const live = liveCustomerRows(db);
  // Only the customers the run does not list need their last purchase read from the sales.
  const lastPurchases = lastPurchaseOf(db, live.filter((c) => !listed.has(c[1])).map((c) => c[0]));
  const entries: (PortfolioEntry & { order: number })[] = live.map((c) => {
    const [id, code, name, seller, segment, region, nameEdit, sellerEdit, segmentEdit, regionEdit, kamId, need, pay, authority] = c;
    const at = listed.get(code);
    const r = at === undefined ? null : runRows[at]!;
    const inWindow = r !== null && r[2] === 0;
    const signals = r ? parseList<Signal>(r[11]) : [];
    const lastPurchase = r ? r[7] : (lastPurchases.get(id) ?? null);
    const status = r ? r[6] : statusOutsideRun(lastPurchase, reference, limits);
    return {
      order: inWindow ? r![1] : Number.MAX_SAFE_INTEGER,
      id,
      code,
      name: effective(name, nameEdit),
      seller: effective(seller, sellerEdit),
      segment: effective(segment, segmentEdit),
      region: effective(region, regionEdit),
      kamId,
      kamName: kamId === null ? null : (kamNames.get(kamId) ?? null),
      status,
      inWindow,
      abc: inWindow ? r![3] : null,
      xyz: inWindow ? r![4] : null,
      revenue: inWindow ? r![5] : null,
      lastPurchase,
      signals,
      types: r ? parseList<KeyAccountType>(r[12]) : [],
      tags: tags.get(id) ?? [],
      threeP: (need ?? 0) + (pay ?? 0) + (authority ?? 0),
      nextContactDay: activities.get(id)?.nextContactDay ?? null,
      stored: r ? r[13] : null,
      figures: r ? { recencyDays: r[8], cycleDays: r[9], signals, status, lastPurchase, expectedNext: r[10], abc: inWindow ? r[3] : null } : null,
    };
  });
  // The run's customers in ABC order, then every other customer (its others, those it does not list) by code.
  entries.sort((a, b) => a.order - b.order || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { run, today, entries, health: loadHealthContext(db, today), healthScores: null, search: null, orders: new Map() };
}

export function healthOf(index: PortfolioIndex, i: number): number {
  const e = index.entries[i]!;
  return index.healthScores?.[i] ?? index.health.scoreOf(e.id, e.figures).score;
}

export function searchTexts(index: PortfolioIndex): string[] {
  return (index.search ??= index.entries.map((e) => searchText([e.code, e.name])));
}

/** Positions of the entries in a column's order (see shared/kam/portfolio-query.ts). */
export function portfolioOrder(index: PortfolioIndex, key: PortfolioSortKey, desc: boolean): Int32Array {
  const id = `${key}|${desc}`;
  let order = index.orders.get(id);
  if (order) return order;
  let values: SortValue[];
  if (key === 'health') values = index.healthScores ??= index.entries.map((_, i) => healthOf(index, i));
  else {
    const value = PORTFOLIO_SORT_VALUES[key];
    values = index.entries.map((e): SortValue => {
      const v = value(e);
      return typeof v === 'string' ? sortKey(v) : v;
    });
  }
  order = sortedPositions(values, desc);
  index.orders.set(id, order);
  return order;
}
