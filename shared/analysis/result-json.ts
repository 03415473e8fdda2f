// The JSON form of a run (SPEC "Command line contract"): money in major units, days as
// YYYY-MM-DD, null where a figure does not exist, customers in ABC order.
import { isoOfDay, type Day } from '../domain/calendar';
import type { Basis } from './params';
import type { CustomerResult, KeyAccountType, OtherCustomer, Prediction, RunTotals, SignalKind, Status } from './result-types';
import type { RunModel } from './run-model';

/** SPEC "Predicted purchases and value", per customer: money in major units. */
export type PredictionJson = {
  pAlive: number | null;
  expectedPurchases90d: number | null;
  predictedRevenue12m: number | null;
  clv12m: number | null;
  actualPurchases90d: number | null;
};

/** The fitted models (SPEC: `model`); p, q, v null when Gamma-Gamma is not fitted. */
export type ModelJson = {
  r: number;
  alpha: number;
  a: number;
  b: number;
  logLikelihood: number;
  p: number | null;
  q: number | null;
  v: number | null;
  customers: number;
};

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
} & PredictionJson;

/** A customer of the workspace outside the run's window (SPEC: `others`). */
export type OtherJson = {
  code: string;
  name: string | null;
  firstPurchase: string | null;
  lastPurchase: string | null;
  recencyDays: number | null;
  cycleDays: number | null;
  expectedNextPurchase: string | null;
  status: Status;
  signals: SignalKind[];
  seller: string | null;
  segment: string | null;
} & PredictionJson;

export type WindowJson = { from: string; to: string; period: string; referenceDate: string };

export type RunJson = {
  window: WindowJson;
  totals: { customers: number; value: number; A: number; B: number; C: number };
  model: ModelJson | null;
  customers: CustomerJson[];
  others: OtherJson[];
};

const money = (cents: number) => cents / 100;
const moneyOrNull = (cents: number | null) => (cents === null ? null : money(cents));
const day = (d: Day | null) => (d === null ? null : isoOfDay(d));

function predictionJson(p: Prediction): PredictionJson {
  return {
    pAlive: p.pAlive,
    expectedPurchases90d: p.expectedPurchases90d,
    predictedRevenue12m: moneyOrNull(p.predictedRevenue12m),
    clv12m: moneyOrNull(p.clv12m),
    actualPurchases90d: p.actualPurchases90d,
  };
}

export function modelJson(model: RunModel): ModelJson | null {
  const m = model.fitted;
  if (m === null) return null;
  const spend = m.spend;
  return {
    r: m.r,
    alpha: m.alpha,
    a: m.a,
    b: m.b,
    logLikelihood: m.logLikelihood,
    p: spend?.p ?? null,
    q: spend?.q ?? null,
    v: spend?.v ?? null,
    customers: m.customers,
  };
}

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
    ...predictionJson(c),
  };
}

export function otherJson(o: OtherCustomer): OtherJson {
  return {
    code: o.code,
    name: o.name,
    firstPurchase: day(o.firstPurchase),
    lastPurchase: day(o.lastPurchase),
    recencyDays: o.recencyDays,
    cycleDays: o.cycleDays,
    expectedNextPurchase: day(o.expectedNext),
    status: o.status,
    signals: o.signals.map((s) => s.kind),
    seller: o.seller,
    segment: o.segment,
    ...predictionJson(o),
  };
}

function totalsJson(totals: RunTotals, basis: Basis): RunJson['totals'] {
  return { customers: totals.customers, value: basisValue(totals.value, basis), A: totals.A, B: totals.B, C: totals.C };
}

/**
 * The run's JSON as text, piece by piece (the same text as `JSON.stringify(runJson(…))`): a run
 * of 200,000 customers is written without holding its whole text, or every customer, at once.
 */
export function* runJsonText(
  window: WindowJson,
  totals: RunTotals,
  basis: Basis,
  model: RunModel,
  customers: Iterable<CustomerResult>,
  others: Iterable<OtherCustomer>,
): Generator<string> {
  yield `{"window":${JSON.stringify(window)},"totals":${JSON.stringify(totalsJson(totals, basis))},"model":${JSON.stringify(modelJson(model))},"customers":[`;
  let first = true;
  for (const c of customers) {
    yield `${first ? '' : ','}${JSON.stringify(customerJson(c, basis))}`;
    first = false;
  }
  yield '],"others":[';
  first = true;
  for (const o of others) {
    yield `${first ? '' : ','}${JSON.stringify(otherJson(o))}`;
    first = false;
  }
  yield ']}';
}

export function runJson(
  window: WindowJson,
  totals: RunTotals,
  basis: Basis,
  model: RunModel,
  customers: CustomerResult[],
  others: OtherCustomer[],
): RunJson {
  return {
    window,
    totals: totalsJson(totals, basis),
    model: modelJson(model),
    customers: customers.map((c) => customerJson(c, basis)),
    others: others.map(otherJson),
  };
}
