// The win-back list (seed 002, "Pèrdua d'un client clau"): the newest run's lost and inactive
// customers, what they were worth and the case opened to win them back. Decisions:
// - Value lost = the customer's revenue in the 12 months up to its last purchase,
//   (last − 12 months, last], what the business stops receiving each year.
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
import { kpiReferenceDay, runView, statusLimits, type RunView } from './newest-run';
import { lastPurchaseOf, revenueBetween } from './sales-history';

const valueSpan = (customerId: number, last: Day) => ({ customerId, from: addMonths(last, -12) + 1, to: last });

export function winbackList(db: Db): WinbackRow[] {
  const view = runView(db);
  if (!view) return [];
  const live = new Map(listCustomerProfiles(db).map((p) => [p.code, p]));
  const lost = view.results.filter((r) => (r.status === 'lost' || r.status === 'inactive') && live.has(r.code));
  const values = revenueBetween(
    db,
    lost.filter((r) => r.lastPurchase !== null).map((r) => valueSpan(live.get(r.code)!.id, r.lastPurchase!)),
  );
  const cases = allWinbackCases(db);
  return lost
    .map((r) => {
      const p = live.get(r.code)!;
      return {
        code: r.code,
        name: effectiveAttributes(p).name,
        abc: r.abc,
        status: r.status,
        lastPurchase: r.lastPurchase,
        valueLost: values.get(p.id) ?? 0,
        case: cases.get(p.id) ?? null,
      };
    })
    .sort((a, b) => b.valueLost - a.valueLost || (a.code < b.code ? -1 : 1));
}

/** The win-back row of one customer, whatever its status. */
export function winbackRow(db: Db, p: CustomerProfileRow, view: RunView | null = runView(db)): WinbackRow {
  const result = view?.byCode.get(p.code) ?? null;
  const last = result ? result.lastPurchase : (lastPurchaseOf(db, [p.id]).get(p.id) ?? null);
  const status: Status = result?.status ?? statusOutsideRun(last, kpiReferenceDay(db, view), statusLimits(view));
  return {
    code: p.code,
    name: effectiveAttributes(p).name,
    abc: result?.abc ?? null,
    status,
    lastPurchase: last,
    valueLost: last === null ? 0 : (revenueBetween(db, [valueSpan(p.id, last)]).get(p.id) ?? 0),
    case: getWinbackCase(db, p.id),
  };
}
