// The JSON form of a run (SPEC "Command line contract"): money in major units, days as
// YYYY-MM-DD, null where a figure does not exist, customers in ABC order.
import { isoOfDay, type Day } from '../domain/calendar';
import type { Basis } from './params';
import type { AnalysisResult, CustomerResult, KeyAccountType, RunTotals, SignalKind, Status } from './result-types';

export type CustomerJson = {
  code: string;
  name: string | null;
  value: number;
  share: number | null;
  cumulativeShare: number | null;
  abc: string;
  xyz: string | null;
  cv: number | null;
  revenue: number;
  margin: number | null;
  marginPct: number | null;
  orders: number;
  averageTicket: number | null;
  firstPurchase: string | null;
  lastPurchase: string | null;
  recencyDays: number | null;
  cycleDays: number | null;
  expectedNextPurchase: string | null;
  status: Status;
  signals: SignalKind[];
  types: KeyAccountType[];
  seller: string | null;
  segment: string | null;
};

export type RunJson = {
  window: { from: string; to: string; period: string };
  totals: { customers: number; value: number; A: number; B: number; C: number };
  customers: CustomerJson[];
};

const money = (cents: number) => cents / 100;
const day = (d: Day | null) => (d === null ? null : isoOfDay(d));

/** A value on the run's basis in the unit a user reads: money in major units, quantity in units. */
export function basisValue(value: number, basis: Basis): number {
  return basis === 'orders' ? value : basis === 'quantity' ? value / 1000 : money(value);
}

export function customerJson(c: CustomerResult, basis: Basis): CustomerJson {
  return {
    code: c.code,
    name: c.name,
    value: basisValue(c.value, basis),
    share: c.share,
    cumulativeShare: c.cumulativeShare,
    abc: c.abc,
    xyz: c.xyz,
    cv: c.cv,
    revenue: money(c.revenue),
    margin: c.margin === null ? null : money(c.margin),
    marginPct: c.marginPct,
    orders: c.orders,
    averageTicket: c.averageTicket === null ? null : money(c.averageTicket),
    firstPurchase: day(c.firstPurchase),
    lastPurchase: day(c.lastPurchase),
    recencyDays: c.recencyDays,
    cycleDays: c.cycleDays,
    expectedNextPurchase: day(c.expectedNext),
    status: c.status,
    signals: c.signals.map((s) => s.kind),
    types: c.types,
    seller: c.seller,
    segment: c.segment,
  };
}

export function runJson(
  window: RunJson['window'],
  totals: RunTotals,
  basis: Basis,
  customers: CustomerResult[],
): RunJson {
  return {
    window,
    totals: { customers: totals.customers, value: basisValue(totals.value, basis), A: totals.A, B: totals.B, C: totals.C },
    customers: customers.map((c) => customerJson(c, basis)),
  };
}

export function analysisResultJson(r: AnalysisResult): RunJson {
  const window = { from: isoOfDay(r.window.from), to: isoOfDay(r.window.to), period: r.window.period };
  return runJson(window, r.totals, r.params.basis, r.customers);
}
