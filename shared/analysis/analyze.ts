// The analysis run: from each customer's sales to every per-customer figure of SPEC, in ABC
// order. Pure: the database side (electron/analysis) loads the sales and stores the result.
import { legacyError } from '../api/errors';
import type { Day } from '../domain/calendar';
import { abcClasses, classifyAbc } from './abc';
import { facts, periodOffsets, type CustomerFacts, type SaleGroup } from './customer-facts';
import { expectedNextPurchase, purchaseCycle } from './cycle';
import { isBreadwinner, isRising, MANUAL_TYPES } from './key-account-types';
import type { AnalysisParams } from './params';
import { periodOf, type SnappedWindow } from './periods';
import type { AbcClass, AnalysisResult, CustomerResult, KeyAccountType, Signal } from './result-types';
import { droppedClassSignal, overdueSignal, statusOf } from './status';
import { classifyXyz, decliningTrend } from './xyz';

export type CustomerInput = {
  code: string;
  name: string | null;
  seller: string | null;
  segment: string | null;
  region: string | null;
  /** Types set by hand on the customer ("image maker", "expert"). */
  manualTypes?: KeyAccountType[];
  sales: SaleGroup[];
};

export type AnalysisInput = {
  customers: Iterable<CustomerInput>;
  window: SnappedWindow;
  params: AnalysisParams;
  /** Classes of the previous stored run with the same parameters, for "dropped class". */
  previous: { runId: number; classes: Map<string, AbcClass> } | null;
};

type Row = { input: CustomerInput; facts: CustomerFacts };

export function analyze({ customers, window, params, previous }: AnalysisInput): AnalysisResult {
  const offsets = periodOffsets(window, (day) => periodOf(params.period, day));
  const rows: Row[] = [];
  for (const input of customers) {
    const f = facts(input.sales, window, offsets, params.xyzMeasure);
    if (f) rows.push({ input, facts: f }); // the run's customers: a sale line in the window
  }
  const hasMargin = rows.some((r) => r.facts.margin !== null);
  if (params.basis === 'margin' && !hasMargin && rows.length > 0)
    throw legacyError('bad-option', 'A base "margem" precisa de uma coluna de custo ou de margem nos dados importados.');

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
  const byCode = new Map(rows.map((r) => [r.input.code, r]));
  const abc = classifyAbc(rows.map((r) => ({ code: r.input.code, value: valueOf(r.facts) })), params.a, params.b);
  const byRevenue = abcClasses(rows.map((r) => ({ code: r.input.code, value: r.facts.revenue })), params.a, params.b);
  const byMargin = hasMargin
    ? abcClasses(rows.map((r) => ({ code: r.input.code, value: r.facts.margin ?? 0 })), params.a, params.b)
    : null;

  const totalRevenue = rows.reduce((s, r) => s + r.facts.revenue, 0);
  const totalMargin = hasMargin ? rows.reduce((s, r) => s + (r.facts.margin ?? 0), 0) : null;
  const smallestARevenue = abc.reduce<number | null>((min, a) => {
    if (a.abc !== 'A') return min;
    const revenue = byCode.get(a.code)!.facts.revenue;
    return min === null || revenue < min ? revenue : min;
  }, null);
  const referenceDay = window.to;

  const results: CustomerResult[] = abc.map((a) => {
    const { input, facts: f } = byCode.get(a.code)!;
    const firstPurchase = f.purchaseDays[0] ?? null;
    const lastPurchase = f.purchaseDays[f.purchaseDays.length - 1] ?? null;
    const recencyDays = lastPurchase === null ? null : referenceDay - lastPurchase;
    const cycleDays = purchaseCycle(f.purchaseDays);
    const { xyz, cv } = classifyXyz(f.series, params.x, params.y, params.minPeriods);

    const signals: Signal[] = [];
    const overdue = overdueSignal(recencyDays, cycleDays);
    if (overdue) signals.push(overdue);
    const declining = decliningTrend(f.series);
    if (declining) signals.push({ kind: 'declining', ...declining });
    const dropped = previous ? droppedClassSignal(previous.classes.get(a.code), a.abc, previous.runId) : null;
    if (dropped) signals.push(dropped);

    const types: KeyAccountType[] = [];
    if (isBreadwinner(f.margin ?? (hasMargin ? 0 : f.revenue), totalMargin ?? totalRevenue)) types.push('breadwinner');
    if (isRising(firstPurchase, revenueSince(input.sales, firstPurchase, referenceDay), referenceDay, smallestARevenue))
      types.push('rising');
    for (const t of MANUAL_TYPES) if (input.manualTypes?.includes(t)) types.push(t);

    const abcRevenue = byRevenue.get(a.code)!;
    const abcMargin = byMargin?.get(a.code) ?? null;
    return {
      code: a.code,
      name: input.name,
      seller: input.seller,
      segment: input.segment,
      region: input.region,
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
      firstPurchase,
      lastPurchase,
      recencyDays,
      cycleDays,
      expectedNext: expectedNextPurchase(lastPurchase, cycleDays),
      status: statusOf(recencyDays, signals, params),
      signals,
      types,
    };
  });

  const count = (c: AbcClass) => results.filter((r) => r.abc === c).length;
  return {
    window: { from: window.from, to: window.to, period: window.period },
    params,
    referenceDay,
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
    previousRunId: previous?.runId ?? null,
  };
}

/** Revenue from the first purchase to the reference date (for "rising"). */
function revenueSince(sales: SaleGroup[], first: Day | null, referenceDay: Day): number {
  if (first === null) return 0;
  let sum = 0;
  for (const s of sales) if (s.day >= first && s.day <= referenceDay) sum += s.amount;
  return sum;
}
