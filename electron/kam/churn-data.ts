// The inputs of churn, CLV and the loss trend, read once: each customer's purchase days up to the
// KPI reference day (current-run.ts) and its class in the current run, with the lost-days limit of
// that run's parameters (365 by default).
import type { AbcClass } from '../../shared/analysis/result-types';
import type { Day } from '../../shared/domain/calendar';
import { yearlyRatesByClass } from '../../shared/kam/churn';
import { computeClv } from '../../shared/kam/clv';
import type { Clv } from '../../shared/kam/kpi-types';
import { listCustomerKeys } from '../db/customer-profiles-table';
import { listBatches } from '../db/import-batches-table';
import type { Db } from '../db/open-database';
import { kpiReferenceDay, runView, statusLimits, type RunView } from './current-run';
import { purchaseDaysByCustomer, revenueAndMargin } from './sales-history';

export type ChurnCustomerData = { id: number; code: string; deleted: boolean; purchaseDays: Day[]; abc: AbcClass | null };

export type ChurnData = {
  view: RunView | null;
  /** Null when the workspace has no sale at all. */
  referenceDay: Day | null;
  lostDays: number;
  customers: ChurnCustomerData[];
};

export function loadChurnData(db: Db, view: RunView | null = runView(db)): ChurnData {
  const referenceDay = kpiReferenceDay(db, view);
  const { lostDays } = statusLimits(view);
  if (referenceDay === null) return { view, referenceDay, lostDays, customers: [] };
  const days = purchaseDaysByCustomer(db, referenceDay);
  const customers = listCustomerKeys(db).map((c) => ({
    ...c,
    purchaseDays: days.get(c.id) ?? [],
    abc: view?.byCode.get(c.code)?.abc ?? null,
  }));
  return { view, referenceDay, lostDays, customers };
}

export type ClvCalculator = (customer: { id: number; code: string }) => Clv;

type YearlyRates = {
  referenceDay: Day | null;
  overall: number | null;
  byClass: Map<AbcClass, number | null>;
  /** Customer id → its first purchase day up to the reference day, from the same pass over the sales. */
  firstPurchase: Map<number, Day>;
};

/**
 * The yearly churn rates per class are the same for every customer and cost a pass over all the
 * sales: they are kept per connection until the sales (import batches), the current run or its
 * limits change. Edits of the key-account records do not change them.
 */
const ratesCache = new WeakMap<Db, { stamp: string; rates: YearlyRates }>();

function yearlyRates(db: Db, view: RunView | null): YearlyRates {
  const stamp = JSON.stringify([
    listBatches(db).map((b) => [b.id, b.contentHash, b.undoneAt]),
    view?.run.id ?? null,
    view?.run.createdAt ?? null,
    statusLimits(view).lostDays,
  ]);
  const cached = ratesCache.get(db);
  if (cached?.stamp === stamp) return cached.rates;
  const data = loadChurnData(db, view);
  const rates: YearlyRates =
    data.referenceDay === null
      ? { referenceDay: null, overall: null, byClass: new Map(), firstPurchase: new Map() }
      : {
          referenceDay: data.referenceDay,
          ...yearlyRatesByClass(data.customers, data.lostDays, data.referenceDay),
          firstPurchase: new Map(data.customers.filter((c) => c.purchaseDays.length > 0).map((c) => [c.id, c.purchaseDays[0]!])),
        };
  ratesCache.set(db, { stamp, rates });
  return rates;
}

/** CLV of any customer of the workspace at the current run, the churn rates computed once. */
export function clvCalculator(db: Db, view: RunView | null = runView(db)): ClvCalculator {
  const rates = yearlyRates(db, view);
  const reference = rates.referenceDay;
  return ({ id, code }) => {
    const abc = view?.byCode.get(code)?.abc ?? null;
    const firstPurchase = rates.firstPurchase.get(id) ?? null;
    const { revenue, margin } = reference === null ? { revenue: 0, margin: null } : revenueAndMargin(db, id, reference);
    return computeClv({
      code,
      firstPurchase,
      margin,
      revenue,
      abc,
      referenceDay: reference ?? 0,
      yearlyChurnRate: reference === null ? null : abc === null ? rates.overall : (rates.byClass.get(abc) ?? null),
    });
  };
}
