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
import type { WinbackRow } from '../../shared/api/followup-api';
import { addMonths, type Day } from '../../shared/domain/calendar';
import type { Status } from '../../shared/analysis/result-types';
import { statusOutsideRun } from '../../shared/kam/portfolio-status';
import { listCustomerProfiles, type CustomerProfileRow } from '../db/customer-profiles-table';
import type { Db } from '../db/open-database';
import { allWinbackCases, getWinbackCase } from '../db/winback-cases-table';
import { effectiveAttributes } from './customer-record';
import { figuresOf, kpiReferenceDay, runView, statusLimits, type RunView } from './current-run';
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

export const isLost = (status: Status) => status === 'lost' || status === 'inactive';

export function winbackList(db: Db): WinbackRow[] {
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
