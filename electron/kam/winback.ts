// The win-back list (seed 002, "Pèrdua d'un client clau"): the current run's lost and inactive
// customers — its own and the workspace's others, outside its window — with their last
// purchase, what they used to buy, what they were worth and the case opened to win them back.
// Decisions:
// - Value lost = the customer's revenue in the 12 months up to its last purchase,
//   (last − 12 months, last], what the business stops receiving each year (stored with the run;
//   read from the sales for a run made before schema 5).
// - What they used to buy: the top 3 products by revenue over all their history.
// - Largest value lost first; deleted customers left out.
// - A case may be saved for any customer; its row then shows the customer's current status.
import type { WinbackPage, WinbackRow } from '../../shared/api/followup-api';
import { addMonths, type Day } from '../../shared/domain/calendar';
import type { Status } from '../../shared/analysis/result-types';
import { statusOutsideRun } from '../../shared/kam/portfolio-status';
import { listCustomerProfiles, type CustomerProfileRow } from '../db/customer-profiles-table';
import type { Db } from '../db/open-database';
import { lostRunRows, lostRunTotals } from '../db/run-results-kam-reads';
import { allWinbackCases, getWinbackCase } from '../db/winback-cases-table';
import { effectiveAttributes } from './customer-record';
import { isKept, keptAnswer } from './kept-answers';
import { currentRun, figuresOf, kpiReferenceDay, runView, statusLimits, type RunView } from './current-run';
import { lastPurchaseOf, revenueBetween, topProductsOf } from './sales-history';

const valueSpan = (customerId: number, last: Day) => ({ customerId, from: addMonths(last, -12) + 1, to: last });

/** Each customer's value lost: stored with the run, else (a run before schema 5, or a customer it does not list) from the sales. */
export function valuesLost(db: Db, customers: readonly { id: number; lastPurchase: Day | null; stored: number | null }[]): Map<number, number> {
  const values = new Map<number, number>();
  const missing: { customerId: number; from: Day; to: Day }[] = [];
  for (const c of customers) {
    if (c.stored !== null) values.set(c.id, c.stored);
    else if (c.lastPurchase !== null) missing.push(valueSpan(c.id, c.lastPurchase));
  }
  for (const [id, value] of revenueBetween(db, missing)) values.set(id, value);
  return values;
}

/** The statuses the win-back list holds. */
export const LOST_STATUSES: readonly Status[] = ['lost', 'inactive'];
export const isLost = (status: Status) => LOST_STATUSES.includes(status);

/**
 * The run's lost and inactive customers in the list's order, with their totals, kept until the
 * workspace changes: each page then slices them (ordering 100,000 of them took 0.3 s a page at
 * 5 million lines).
 */
const lostKey = (runId: number) => `winback-lost|${runId}`;
const lostInOrder = (db: Db, runId: number) =>
  keptAnswer(db, lostKey(runId), () => ({
    totals: lostRunTotals(db, runId, LOST_STATUSES),
    lostRows: lostRunRows(db, runId, LOST_STATUSES, 0, Number.MAX_SAFE_INTEGER),
  }));

/** Makes the current run's lost customers in order, kept (read ahead after a first page). */
export function prepareWinbackOrder(db: Db): void {
  const run = currentRun(db);
  if (run) lostInOrder(db, run.id);
}

/** Whether the current run's lost customers in order are kept (for the tests). */
export function winbackOrderKept(db: Db): boolean {
  const run = currentRun(db);
  return run !== null && isKept(db, lostKey(run.id));
}

/**
 * A page of the win-back list, with how many it holds and their value lost in all: read from the
 * run's stored values in their order, and for the rows of the page only their names, products and
 * cases (a run of 200,000 customers can have tens of thousands lost). A first page asked before
 * the whole order is kept is read with the order's LIMIT (about half of a first page's time at 5M
 * lines went to ordering every lost customer), and `orderAhead` asked to make the order for the
 * pages after it.
 */
export function winbackPage(db: Db, offset: number, limit: number, orderAhead: () => void = () => {}): WinbackPage {
  const run = currentRun(db);
  if (!run) return { rows: [], offset, total: 0, valueLost: 0 };
  const first = offset === 0 && !isKept(db, lostKey(run.id));
  const { totals, lostRows } = first
    ? { totals: lostRunTotals(db, run.id, LOST_STATUSES), lostRows: lostRunRows(db, run.id, LOST_STATUSES, 0, limit) }
    : lostInOrder(db, run.id);
  if (first) orderAhead();
  if (totals.unstored > 0) {
    // A run made before schema 5 stores no value lost: all of them read from the sales, to order them.
    const all = winbackFromView(db);
    return { rows: all.slice(offset, offset + limit), offset, total: all.length, valueLost: all.reduce((sum, r) => sum + r.valueLost, 0) };
  }
  const lost = first ? lostRows : lostRows.slice(offset, offset + limit);
  const ids = lost.map((r) => r[1]);
  const profiles = new Map(listCustomerProfiles(db, { ids }).map((p) => [p.id, p]));
  const products = topProductsOf(db, ids);
  const cases = allWinbackCases(db);
  const rows = lost.map(([code, id, abc, status, other, lastPurchase, stored]): WinbackRow => ({
    code,
    name: effectiveAttributes(profiles.get(id)!).name,
    abc: other === 0 ? abc : null,
    status,
    inWindow: other === 0,
    lastPurchase,
    valueLost: stored ?? 0,
    topProducts: products.get(id) ?? [],
    case: cases.get(id) ?? null,
  }));
  return { rows, offset, total: totals.customers, valueLost: totals.valueLost };
}

/** The whole win-back list. */
export function winbackList(db: Db): WinbackRow[] {
  return winbackPage(db, 0, Number.MAX_SAFE_INTEGER).rows;
}

/** The same from the whole run, its values lost read from the sales where the run stores none. */
function winbackFromView(db: Db): WinbackRow[] {
  const view = runView(db);
  if (!view) return [];
  const live = new Map(listCustomerProfiles(db).map((p) => [p.code, p]));
  const listed = [
    ...view.results.map((r) => ({ figures: r, abc: r.abc, inWindow: true })),
    ...view.others.map((o) => ({ figures: o, abc: null, inWindow: false })),
  ].filter((x) => isLost(x.figures.status) && live.has(x.figures.code));
  const customers = listed.map((x) => ({ id: live.get(x.figures.code)!.id, lastPurchase: x.figures.lastPurchase, stored: x.figures.trailingRevenue }));
  const values = valuesLost(db, customers);
  const products = topProductsOf(db, customers.map((c) => c.id));
  const cases = allWinbackCases(db);
  return listed
    .map(({ figures: r, abc, inWindow }): WinbackRow => {
      const p = live.get(r.code)!;
      return {
        code: r.code,
        name: effectiveAttributes(p).name,
        abc,
        status: r.status,
        inWindow,
        lastPurchase: r.lastPurchase,
        valueLost: values.get(p.id) ?? 0,
        topProducts: products.get(p.id) ?? [],
        case: cases.get(p.id) ?? null,
      };
    })
    .sort((a, b) => b.valueLost - a.valueLost || (a.code < b.code ? -1 : 1));
}

/** The win-back row of one customer, whatever its status. */
export function winbackRow(db: Db, p: CustomerProfileRow, view: RunView | null = runView(db)): WinbackRow {
  const figures = figuresOf(view, p.code);
  const stored = view?.byCode.get(p.code)?.trailingRevenue ?? view?.otherByCode.get(p.code)?.trailingRevenue ?? null;
  const last = figures ? figures.lastPurchase : (lastPurchaseOf(db, [p.id]).get(p.id) ?? null);
  const status: Status = figures?.status ?? statusOutsideRun(last, kpiReferenceDay(db, view), statusLimits(view));
  return {
    code: p.code,
    name: effectiveAttributes(p).name,
    abc: figures?.abc ?? null,
    status,
    inWindow: view?.byCode.has(p.code) ?? false,
    lastPurchase: last,
    valueLost: valuesLost(db, [{ id: p.id, lastPurchase: last, stored }]).get(p.id) ?? 0,
    topProducts: topProductsOf(db, [p.id]).get(p.id) ?? [],
    case: getWinbackCase(db, p.id),
  };
}
