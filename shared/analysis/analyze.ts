// The analysis run: from each customer's sales to every per-customer figure of SPEC, in ABC
// order, and the status of the workspace's other customers. Pure: the database side
// (electron/analysis) streams the sales in and stores the result. Each customer's sales are
// reduced to its facts as they arrive and then dropped: memory grows with customers, not lines.
import { apiError } from '../api/errors';
import type { Day } from '../domain/calendar';
import { abcClasses, classifyAbc } from './abc';
import { facts, type CustomerFacts, type SaleGroup } from './customer-facts';
import { expectedNextPurchase } from './cycle';
import { isBreadwinner, isRising, MANUAL_TYPES } from './key-account-types';
import type { AnalysisParams } from './params';
import type { SnappedWindow } from './periods';
import type { AbcClass, AnalysisResult, CustomerResult, KeyAccountType, OtherCustomer, Signal } from './result-types';
import { runPlan, type RunPlan } from './run-plan';
import { droppedClassSignal, overdueSignal, statusOf } from './status';
import { classifyXyz, decliningTrend } from './xyz';

export type CustomerMeta = {
  code: string;
  name: string | null;
  seller: string | null;
  segment: string | null;
  region: string | null;
  /** Types set by hand on the customer ("image maker", "expert"). */
  manualTypes?: KeyAccountType[];
};

/**
 * A customer and all its sales (lines after the reference date are ignored). A customer with no
 * sale at all is a prospect; one whose sales all come after the reference date is not listed.
 */
export type CustomerInput = CustomerMeta & { sales: readonly SaleGroup[] };

export type AnalysisInput = {
  /** Every customer of the workspace, each once; read once, in any order. */
  customers: Iterable<CustomerInput>;
  window: SnappedWindow;
  /** The latest stored sale date (all batches, returns included); null without sales. */
  latestSale: Day | null;
  params: AnalysisParams;
  /** Classes of the previous stored run with the same parameters, for "dropped class". */
  previous: { runId: number; classes: Map<string, AbcClass> } | null;
};

type Row = { meta: CustomerMeta; facts: CustomerFacts };

const metaOf = ({ code, name, seller, segment, region, manualTypes }: CustomerInput): CustomerMeta => ({
  code,
  name,
  seller,
  segment,
  region,
  manualTypes,
});

export function analyze({ customers, window, latestSale, params, previous }: AnalysisInput): AnalysisResult {
  const plan = runPlan(window, latestSale, params.xyzMeasure);
  const rows: Row[] = [];
  const others: OtherCustomer[] = [];
  for (const input of customers) {
    const f = facts(input.sales, plan);
    if (f?.inWindow) rows.push({ meta: metaOf(input), facts: f }); // the run's customers: a sale line in the window
    else if (f || input.sales.length === 0) others.push(otherCustomer(input, f, plan, params));
  }
  others.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const hasMargin = rows.some((r) => r.facts.margin !== null);
  if (params.basis === 'margin' && !hasMargin && rows.length > 0) throw apiError('analysis/margin-without-data');

  const valueOf = (f: CustomerFacts): number => {
    switch (params.basis) {
      case 'revenue':
        return f.revenue;
      case 'margin':
        return f.margin ?? 0;
      case 'quantity':
        return f.quantity;
      case 'orders':
        return f.orders;
    }
  };
  const byCode = new Map(rows.map((r) => [r.meta.code, r]));
  const abc = classifyAbc(rows.map((r) => ({ code: r.meta.code, value: valueOf(r.facts) })), params.a, params.b);
  const byRevenue = abcClasses(rows.map((r) => ({ code: r.meta.code, value: r.facts.revenue })), params.a, params.b);
  const byMargin = hasMargin
    ? abcClasses(rows.map((r) => ({ code: r.meta.code, value: r.facts.margin ?? 0 })), params.a, params.b)
    : null;

  const totalRevenue = rows.reduce((s, r) => s + r.facts.revenue, 0);
  const totalMargin = hasMargin ? rows.reduce((s, r) => s + (r.facts.margin ?? 0), 0) : null;
  const smallestARevenue = abc.reduce<number | null>((min, a) => {
    if (a.abc !== 'A') return min;
    const revenue = byCode.get(a.code)!.facts.revenue;
    return min === null || revenue < min ? revenue : min;
  }, null);
  const referenceDay = plan.referenceDay;

  const results: CustomerResult[] = abc.map((a) => {
    const { meta, facts: f } = byCode.get(a.code)!;
    const recencyDays = f.lastPurchase === null ? null : referenceDay - f.lastPurchase;
    const { xyz, cv } = classifyXyz(f.series, params.x, params.y, params.minPeriods);

    const signals: Signal[] = [];
    const overdue = overdueSignal(recencyDays, f.cycleDays);
    if (overdue) signals.push(overdue);
    const declining = decliningTrend(f.series);
    if (declining) signals.push({ kind: 'declining', ...declining });
    const dropped = previous ? droppedClassSignal(previous.classes.get(a.code), a.abc, previous.runId) : null;
    if (dropped) signals.push(dropped);

    const types: KeyAccountType[] = [];
    if (isBreadwinner(f.margin ?? (hasMargin ? 0 : f.revenue), totalMargin ?? totalRevenue)) types.push('breadwinner');
    if (isRising(f.firstPurchase, f.revenueSinceFirst, referenceDay, smallestARevenue)) types.push('rising');
    for (const t of MANUAL_TYPES) if (meta.manualTypes?.includes(t)) types.push(t);

    const abcRevenue = byRevenue.get(a.code)!;
    const abcMargin = byMargin?.get(a.code) ?? null;
    return {
      code: a.code,
      name: meta.name,
      seller: meta.seller,
      segment: meta.segment,
      region: meta.region,
      value: a.value,
      share: a.share,
      cumulativeShare: a.cumulativeShare,
      abc: a.abc,
      nonPositive: a.nonPositive,
      abcRevenue,
      abcMargin,
      bigButUnprofitable: abcRevenue === 'A' && abcMargin === 'C',
      xyz,
      cv,
      xyzPeriods: f.series.length,
      revenue: f.revenue,
      margin: f.margin,
      marginPct: f.margin !== null && f.revenue > 0 ? f.margin / f.revenue : null,
      quantity: f.quantity,
      orders: f.orders,
      averageTicket: f.orders > 0 ? Math.round(f.revenue / f.orders) : null,
      firstPurchase: f.firstPurchase,
      lastPurchase: f.lastPurchase,
      recencyDays,
      cycleDays: f.cycleDays,
      expectedNext: expectedNextPurchase(f.lastPurchase, f.cycleDays),
      status: statusOf(recencyDays, signals, params),
      signals,
      types,
      trailingRevenue: f.trailingRevenue,
    };
  });

  const count = (c: AbcClass) => results.filter((r) => r.abc === c).length;
  return {
    window: { from: window.from, to: window.to, period: window.period },
    params,
    referenceDay,
    latestSale,
    lastPeriodLeftOut: plan.lastPeriodLeftOut,
    totals: {
      customers: results.length,
      value: abc.reduce((s, r) => s + (r.value > 0 ? r.value : 0), 0),
      A: count('A'),
      B: count('B'),
      C: count('C'),
      revenue: totalRevenue,
      margin: totalMargin,
    },
    customers: results,
    others,
    previousRunId: previous?.runId ?? null,
  };
}

/** A customer outside the window: its status at the reference date; overdue is its only possible signal. */
function otherCustomer(input: CustomerInput, f: CustomerFacts | null, plan: RunPlan, params: AnalysisParams): OtherCustomer {
  const last = f?.lastPurchase ?? null;
  const cycleDays = f?.cycleDays ?? null;
  const recencyDays = last === null ? null : plan.referenceDay - last;
  const overdue = overdueSignal(recencyDays, cycleDays);
  const signals = overdue ? [overdue] : [];
  return {
    code: input.code,
    name: input.name,
    seller: input.seller,
    segment: input.segment,
    region: input.region,
    firstPurchase: f?.firstPurchase ?? null,
    lastPurchase: last,
    recencyDays,
    cycleDays,
    expectedNext: expectedNextPurchase(last, cycleDays),
    status: statusOf(recencyDays, signals, params),
    signals,
    trailingRevenue: f?.trailingRevenue ?? 0,
  };
}
