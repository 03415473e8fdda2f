// The portfolio's customers as the page requests read them (portfolio.ts): every customer not
// deleted with its effective fields and the current analysis's figures, in the analysis's ABC
// order, so that a search, a filter or a sort of 200,000 customers answers from memory. Kept in
// two layers, each read again only when what it holds changes:
// - the customers and the current analysis (imported attributes, class, revenue, status, last
//   purchase): changed by an import, an undo, a new customer or another current analysis
//   (data-stamp.ts customersStamp); reading them is what costs at 200,000 customers;
// - what users type (edits, KAM, the three P, deletion, tags, contacts, the team), which scales
//   with what was typed: read again after any write, and laid over the first.
// What only the rows on screen need (signals, health, value lost, what they used to buy) is read
// for them (portfolio.ts).
import type { RunSummary } from '../../shared/api/analysis-api';
import type { Day } from '../../shared/domain/calendar';
import { effective } from '../../shared/kam/editable';
import { isLikelyLosing } from '../../shared/kam/likely-losing';
import type { Activity } from '../../shared/kam/kam-types';
import { statusOutsideRun } from '../../shared/kam/portfolio-status';
import { PORTFOLIO_SORT_VALUES, type PortfolioSortKey, type SortedFields } from '../../shared/kam/portfolio-query';
import { foldField, searchText, searchTextOfFolded, sortedPositions, sortKey, sortKeyOfFolded, type SortValue } from '../../shared/paging/list-order';
import { latestActivities } from '../db/activities-table';
import { customerBaseColumns, profileRows, type ProfileRow } from '../db/customer-profiles-table';
import { tagsByCustomer } from '../db/customer-tags-table';
import { customersStamp, dataStamp } from '../db/data-stamp';
import type { Db } from '../db/open-database';
import { kamDetails, kamRunColumns, type KamDetail } from '../db/run-results-kam-reads';
import { teamMemberNames } from '../db/team-members-table';
import { currentRun, kpiReferenceDayOf, statusLimitsOf } from './current-run';
import { loadHealthContext, type HealthContext, type HealthFigures } from './health-context';
import { lastPurchaseOf } from './sales-history';

/** A customer as the portfolio filters, sorts and lists it (what only the rows on screen show apart). */
export type PortfolioEntry = SortedFields & { id: number };

/**
 * The imported side of the entries, with nothing typed (no KAM, tag, P or contact): a customer
 * nobody typed anything about is listed as this very object (most of 200,000 are).
 */
type Base = {
  stamp: string;
  run: RunSummary | null;
  entries: PortfolioEntry[];
  /** Each entry's code and imported name folded once (the search and the sorts by them read these), by the read-ahead or the first that needs them. */
  folded: { code: string[]; name: string[] } | null;
  search: string[] | null;
  /** Positions of the entries in the order of their code or imported name, by `key|desc`. */
  orders: Map<string, Int32Array>;
  /**
   * What a lost or inactive customer used to buy, by customer id, once a page showed it: read
   * from every line of its (35 ms for one customer of the first page at 5M lines, read again at
   * each page that shows it before). Only an import or its undoing changes the lines, and either
   * makes a new base layer.
   */
  usedToBuy: Map<number, UsedToBuy>;
};

export type UsedToBuy = { product: string; revenue: number }[];

const NO_TAGS: readonly string[] = Object.freeze([]);

type Records = {
  stamp: string;
  profiles: Map<number, ProfileRow>;
  tags: Map<number, string[]>;
  activities: Map<number, Activity>;
  kamNames: Map<number, string>;
  health: HealthContext;
};

export type PortfolioIndex = {
  run: RunSummary | null;
  entries: PortfolioEntry[];
  health: HealthContext;
  /** Each entry's health score, all computed at the first sort by health. */
  healthScores: number[] | null;
  /** Each entry's folded code and name, made at the first search. */
  search: string[] | null;
  /** Positions in each column's order, by `key|desc`. */
  orders: Map<string, Int32Array>;
  /** Where each entry is in the base layer (its search text is kept there). */
  baseAt: Int32Array;
  base: Base;
};

type Kept = { base: Base; records: Records | null; index: PortfolioIndex | null };
const kept = new WeakMap<Db, Kept>();

export function portfolioIndex(db: Db, today: Day): PortfolioIndex {
  let k = kept.get(db);
  const customers = `${customersStamp(db)}|${currentRunKey(db)}`;
  if (!k || k.base.stamp !== customers) kept.set(db, (k = { base: readBase(db, customers), records: null, index: null }));
  const stamp = `${dataStamp(db)}|${today}`;
  if (k.records?.stamp !== stamp) {
    k.records = readRecords(db, stamp, today);
    k.index = null;
  }
  return (k.index ??= merge(k.base, k.records));
}

/**
 * Ahead of the portfolio's first search: its index, and the names folded and joined to the codes
 * as the search reads them (200,000 of them: 0.4-0.6 s at 5M lines). Read ahead on a read worker (electron/api/read-calls.ts), it costs the
 * user nothing.
 */
export function preparePortfolioSearch(db: Db, today: Day): void {
  if (db.open) searchTexts(portfolioIndex(db, today));
}

/** Ahead of its first sorts: the orders the portfolio is most often sorted by first (0.25-0.35 s each at 5M lines). */
export function preparePortfolioOrders(db: Db, today: Day): void {
  if (!db.open) return;
  const index = portfolioIndex(db, today);
  portfolioOrder(db, index, 'name', false);
  portfolioOrder(db, index, 'pAlive', false);
}

function foldedOf(base: Base): NonNullable<Base['folded']> {
  return (base.folded ??= { code: base.entries.map((e) => foldField(e.code)), name: base.entries.map((e) => foldField(e.name)) });
}

function currentRunKey(db: Db): string {
  const run = currentRun(db);
  return run ? `${run.id}.${run.createdAt}` : '';
}

function readBase(db: Db, stamp: string): Base {
  const run = currentRun(db);
  const reference = kpiReferenceDayOf(db, run);
  const limits = statusLimitsOf(run);
  const r = run ? kamRunColumns(db, run.id) : null;
  const c = customerBaseColumns(db);
  const byCode = new Map<string, number>();
  c.code.forEach((code, i) => byCode.set(code, i));
  // Where each customer is in the run's columns (-1: not listed), and the order of the entries:
  // the run's own customers in ABC order (its columns come in rank order), then every other
  // customer (its others, those it does not list) by code. Made in that order, so that a filter
  // reads them in it: entries made in another order lie scattered in memory (a filter of 200,000
  // read them in 35-65 ms, and in 5-10 ms once made in order).
  const runAt = new Int32Array(c.id.length).fill(-1);
  const order: number[] = [];
  r?.code.forEach((code, at) => {
    const i = byCode.get(code);
    if (i === undefined) return;
    runAt[i] = at;
    if (r.other[at] === 0) order.push(i);
  });
  const rest = c.id.map((_, i) => i).filter((i) => runAt[i]! < 0 || r!.other[runAt[i]!] !== 0);
  rest.sort((a, b) => (c.code[a]! < c.code[b]! ? -1 : c.code[a]! > c.code[b]! ? 1 : 0));
  // Only the customers the run does not list need their last purchase read from the sales.
  const lastPurchases = lastPurchaseOf(db, rest.filter((i) => runAt[i]! < 0).map((i) => c.id[i]!));
  const typed = { kamId: null, kamName: null, tags: NO_TAGS as string[], threeP: 0, nextContactDay: null };
  const entries = order.concat(rest).map((i): PortfolioEntry => {
    const id = c.id[i]!;
    const code = c.code[i]!;
    const name = c.name[i]!;
    const seller = c.seller[i]!;
    const segment = c.segment[i]!;
    const region = c.region[i]!;
    const at = runAt[i]!;
    if (at < 0 || !r) {
      const lastPurchase = lastPurchases.get(id) ?? null;
      const status = statusOutsideRun(lastPurchase, reference, limits);
      return {
        id, code, name, seller, segment, region, status, inWindow: false, abc: null, xyz: null, revenue: null,
        lastPurchase, pAlive: null, expectedPurchases90d: null, predictedRevenue12m: null, clv12m: null, likelyLosing: false, ...typed,
      };
    }
    const inWindow = r.other[at] === 0;
    const abc = inWindow ? r.abc[at]! : null;
    const pAlive = r.pAlive[at]!;
    return {
      id,
      code,
      name,
      seller,
      segment,
      region,
      status: r.status[at]!,
      inWindow,
      abc,
      xyz: inWindow ? r.xyz[at]! : null,
      revenue: inWindow ? r.revenue[at]! : null,
      lastPurchase: r.lastPurchase[at]!,
      // The predicted figures of the run's others too: the models see every customer who bought.
      pAlive,
      expectedPurchases90d: r.expectedPurchases90d[at]!,
      predictedRevenue12m: r.predictedRevenue12m[at]!,
      clv12m: r.clv12m[at]!,
      likelyLosing: isLikelyLosing(abc, pAlive),
      ...typed,
    };
  });
  return { stamp, run, entries, folded: null, search: null, orders: new Map(), usedToBuy: new Map() };
}

function readRecords(db: Db, stamp: string, today: Day): Records {
  return {
    stamp,
    profiles: new Map(profileRows(db).map((p) => [p[0], p])),
    tags: tagsByCustomer(db),
    activities: latestActivities(db),
    kamNames: teamMemberNames(db),
    health: loadHealthContext(db, today),
  };
}

/** The customers not deleted, each with what users typed laid over what was imported. */
function merge(base: Base, records: Records): PortfolioIndex {
  const entries: PortfolioEntry[] = [];
  const baseAt: number[] = [];
  base.entries.forEach((b, i) => {
    const p = records.profiles.get(b.id);
    if (p?.[9] === 1) return; // deleted
    const tags = records.tags.get(b.id);
    const activity = records.activities.get(b.id);
    baseAt.push(i);
    if (!p && !tags && !activity) {
      entries.push(b);
      return;
    }
    const kamId = p?.[5] ?? null;
    entries.push({
      ...b,
      name: p ? effective(b.name, p[1]) : b.name,
      seller: p ? effective(b.seller, p[2]) : b.seller,
      segment: p ? effective(b.segment, p[3]) : b.segment,
      region: p ? effective(b.region, p[4]) : b.region,
      kamId,
      kamName: kamId === null ? null : (records.kamNames.get(kamId) ?? null),
      tags: tags ?? (NO_TAGS as string[]),
      threeP: p ? (p[6] ?? 0) + (p[7] ?? 0) + (p[8] ?? 0) : 0,
      nextContactDay: activity?.nextContactDay ?? null,
    });
  });
  return { run: base.run, entries, health: records.health, healthScores: null, search: null, orders: new Map(), baseAt: Int32Array.from(baseAt), base };
}

/** The figures the health score reads of an entry, from its run detail (null: the run does not list it). */
export function figuresOf(e: PortfolioEntry, detail: KamDetail | undefined): HealthFigures | null {
  if (!detail) return null;
  return { ...detail, abc: e.abc, pAlive: e.pAlive };
}

/** Every entry's health score (for the sort by health): the run's details of every customer read once. */
function healthScores(db: Db, index: PortfolioIndex): number[] {
  const details = index.run ? kamDetails(db, index.run.id) : new Map<string, KamDetail>();
  return index.entries.map((e) => index.health.scoreOf(e.id, figuresOf(e, details.get(e.code))).score);
}

export function searchTexts(index: PortfolioIndex): string[] {
  if (index.search) return index.search;
  // The imported name's text is kept with the base layer; an edited name is folded here.
  const base = index.base;
  const folded = foldedOf(base);
  base.search ??= folded.code.map((code, i) => searchTextOfFolded([code, folded.name[i]!]));
  index.search = index.entries.map((e, i) => {
    const b = base.entries[index.baseAt[i]!]!;
    return e.name === b.name ? base.search![index.baseAt[i]!]! : searchText([e.code, e.name]);
  });
  return index.search;
}

/** Positions of the entries in a column's order (see shared/kam/portfolio-query.ts). */
export function portfolioOrder(db: Db, index: PortfolioIndex, key: PortfolioSortKey, desc: boolean): Int32Array {
  const id = `${key}|${desc}`;
  let order = index.orders.get(id);
  if (order) return order;
  if (key === 'code' || (key === 'name' && namesAsImported(index))) order = fromBaseOrder(index, baseOrder(index.base, key, desc));
  else order = sortedPositions(sortValues(db, index, key), desc);
  index.orders.set(id, order);
  return order;
}

function sortValues(db: Db, index: PortfolioIndex, key: PortfolioSortKey): SortValue[] {
  if (key === 'health') return (index.healthScores ??= healthScores(db, index));
  const value = PORTFOLIO_SORT_VALUES[key];
  return index.entries.map((e): SortValue => {
    const v = value(e);
    return typeof v === 'string' ? sortKey(v) : v;
  });
}

/** Whether no entry's name was edited (then the base layer's order by name is the entries'). */
const namesAsImported = (index: PortfolioIndex): boolean => index.entries.every((e, i) => e.name === index.base.entries[index.baseAt[i]!]!.name);

/** The base layer's entries in the order of their code or imported name: kept with it, so that a write (a new index) does not sort them again. */
function baseOrder(base: Base, key: 'code' | 'name', desc: boolean): Int32Array {
  const id = `${key}|${desc}`;
  let order = base.orders.get(id);
  if (!order) base.orders.set(id, (order = sortedPositions(foldedOf(base)[key].map((f, i) => (base.entries[i]![key] === null ? null : sortKeyOfFolded(f))), desc)));
  return order;
}

/** A base layer's order as positions of the index's entries (those deleted left out): the same order, ties in the same order. */
function fromBaseOrder(index: PortfolioIndex, order: Int32Array): Int32Array {
  const at = new Int32Array(index.base.entries.length).fill(-1);
  index.baseAt.forEach((b, i) => (at[b] = i));
  const out = new Int32Array(index.entries.length);
  let n = 0;
  for (const b of order) if (at[b]! >= 0) out[n++] = at[b]!;
  return out;
}
