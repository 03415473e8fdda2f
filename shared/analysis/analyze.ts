// The analysis run: from each customer's sales to every per-customer figure of SPEC, in ABC
// order, and the status of the workspace's other customers. Pure: the database side
// (electron/analysis) streams the sales in and stores the result.
//
// Memory grows with customers, not lines: each customer's sales are reduced to a compact row as
// they arrive (its sums, purchase summary, XYZ class) and dropped; the per-customer results are
// made one at a time, in ABC order, when they are read (`analyzeRun`).
import { apiError } from '../api/errors';
import type { CustomerSummary, FitResult } from '../models';
import type { Day } from '../domain/calendar';
import { abcClassCodes, abcOfCode, abcOrder, abcTotal, abcWalk } from './abc';
import { facts, type CustomerFacts, type ModelFacts } from './customer-facts';
import { averageTicket, marginShare } from './derived-figures';
import { expectedNextPurchase } from './cycle';
import { isBreadwinner, isRising, MANUAL_TYPES } from './key-account-types';
import type { AnalysisParams } from './params';
import type { SnappedWindow } from './periods';
import type { AbcClass, AnalysisResult, CustomerResult, KeyAccountType, OtherCustomer, Prediction, RunTotals, Signal, XyzClass } from './result-types';
import { modelSummaries, runModel } from './run-model';
import { runPlan, type RunPlan } from './run-plan';
import { columnsOf, type SaleColumns, type SaleGroup } from './sale-columns';
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
 * A customer and all its sales (lines after the reference date are ignored), as groups or as
 * columns (which the caller may refill for the next customer once this one is read). A customer
 * with no sale at all is a prospect; one whose sales all come after the reference date is not listed.
 */
export type CustomerInput = CustomerMeta & { sales: readonly SaleGroup[] | SaleColumns };

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

/**
 * A run whose per-customer results are made as they are read (each time anew): its customers in
 * ABC order, its others by code.
 */
export type AnalysisRun = Omit<AnalysisResult, 'customers' | 'others'> & {
  customers(): Generator<CustomerResult>;
  others(): Generator<OtherCustomer>;
};

/** What is kept of a customer of the run until its result is made (plain data: it may come from another thread). */
export type RunRow = CustomerMeta &
  Omit<CustomerFacts, 'series' | 'inWindow'> & {
    xyz: XyzClass | null;
    cv: number | null;
    xyzPeriods: number;
    declining: { recentMean: number; earlierMean: number } | null;
  };

/** What is kept of one of the run's others until its figures are predicted (plain data too). */
export type OtherRow = Omit<OtherCustomer, keyof Prediction> & ModelFacts;

const asColumns = (sales: readonly SaleGroup[] | SaleColumns): SaleColumns => ('days' in sales ? sales : columnsOf(sales));

function rowOf({ code, name, seller, segment, region, manualTypes }: CustomerInput, f: CustomerFacts, params: AnalysisParams): RunRow {
  const { series, inWindow: _, ...sums } = f;
  const { xyz, cv } = classifyXyz(series, params.x, params.y, params.minPeriods);
  return { code, name, seller, segment, region, manualTypes, ...sums, xyz, cv, xyzPeriods: series.length, declining: decliningTrend(series) };
}

export function analyze(input: AnalysisInput): AnalysisResult {
  const run = analyzeRun(input);
  return { ...run, customers: [...run.customers()], others: [...run.others()] };
}

/**
 * One customer's part of the run, as its sales stream past: a row of the run (a sale line in the
 * window up to the reference date), one of its others, or nothing (its sales all come later).
 */
export function customerStep(input: CustomerInput, plan: RunPlan, params: AnalysisParams): { row: RunRow } | { other: OtherRow } | null {
  const f = facts(asColumns(input.sales), plan);
  if (f?.inWindow) return { row: rowOf(input, f, params) };
  if (f || input.sales.length === 0) return { other: otherCustomer(input, f, plan, params) };
  return null;
}

/** The rows and the others of the customers given (the part of a run one reader sees). */
export function collectSteps(customers: Iterable<CustomerInput>, plan: RunPlan, params: AnalysisParams): { rows: RunRow[]; others: OtherRow[] } {
  const rows: RunRow[] = [];
  const others: OtherRow[] = [];
  for (const input of customers) {
    const step = customerStep(input, plan, params);
    if (step && 'row' in step) rows.push(step.row);
    else if (step) others.push(step.other);
  }
  return { rows, others };
}

export function analyzeRun({ customers, window, latestSale, params, previous }: AnalysisInput): AnalysisRun {
  const plan = runPlan(window, latestSale, params.xyzMeasure);
  const { rows, others } = collectSteps(customers, plan, params);
  return finishRun(rows, others, plan, params, previous);
}

/** The others in the run's order, by code (sorted in place): the order they are stored and fitted in. */
export function sortOthers(others: OtherRow[]): OtherRow[] {
  return others.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** What the models are fitted to, in the run's order: its rows, then its others by code (sorted in place). */
export function fitInput(rows: readonly RunRow[], others: OtherRow[]): CustomerSummary[] {
  return modelSummaries(
    (function* () {
      yield* rows;
      yield* sortOthers(others);
    })(),
  );
}

/** The run's rows in ABC order with their classes and the totals: what needs every row but not the models. */
export type Ranking = ReturnType<typeof rankRows>;

export function rankRows(rows: readonly RunRow[], params: AnalysisParams) {
  const hasMargin = rows.some((r) => r.margin !== null);
  if (params.basis === 'margin' && !hasMargin && rows.length > 0) throw apiError('analysis/margin-without-data');

  const codes = rows.map((r) => r.code);
  const column = (pick: (r: RunRow) => number) => Float64Array.from(rows, pick);
  const values = column((r) => {
    switch (params.basis) {
      case 'revenue':
        return r.revenue;
      case 'margin':
        return r.margin ?? 0;
      case 'quantity':
        return r.quantity;
      case 'orders':
        return r.orders;
    }
  });
  const revenues = column((r) => r.revenue);
  const order = abcOrder(codes, values);
  const total = abcTotal(values);
  // The side-by-side classes: the run's own order where its basis is the same (one sort less of 200,000 customers).
  const byRevenue = abcClassCodes(codes, revenues, params.a, params.b, params.basis === 'revenue' ? order : undefined);
  const byMargin = hasMargin ? abcClassCodes(codes, column((r) => r.margin ?? 0), params.a, params.b, params.basis === 'margin' ? order : undefined) : null;

  const counts = { A: 0, B: 0, C: 0 };
  let smallestARevenue: number | null = null;
  for (const w of abcWalk(values, order, params.a, params.b, total)) {
    counts[w.abc]++;
    if (w.abc === 'A' && (smallestARevenue === null || revenues[w.index]! < smallestARevenue)) smallestARevenue = revenues[w.index]!;
  }
  const totalRevenue = revenues.reduce((s, r) => s + r, 0);
  const totalMargin = hasMargin ? rows.reduce((s, r) => s + (r.margin ?? 0), 0) : null;
  const totals: RunTotals = { customers: rows.length, value: total, ...counts, revenue: totalRevenue, margin: totalMargin };
  return { hasMargin, values, order, total, byRevenue, byMargin, smallestARevenue, totalRevenue, totalMargin, totals };
}

/**
 * The run from its customers' rows and its others, in any order: ABC, the signals that need the
 * whole run, the types, the totals, and the predictive models fitted over them all. `made`: its
 * ranking (rankRows) and its models' fit (fitModels of fitInput), when made beforehand (a large
 * run fits on another thread while this one ranks); each is made here otherwise.
 */
export function finishRun(
  rows: RunRow[],
  others: OtherRow[],
  plan: RunPlan,
  params: AnalysisParams,
  previous: AnalysisInput['previous'],
  made: { ranking?: Ranking; fit?: FitResult } = {},
): AnalysisRun {
  const { window } = plan;
  const latestSale = plan.latestSale;
  sortOthers(others);
  const { hasMargin, values, order, total, byRevenue, byMargin, smallestARevenue, totalRevenue, totalMargin, totals } = made.ranking ?? rankRows(rows, params);
  const referenceDay = plan.referenceDay;
  const predictor = runModel(
    function* () {
      yield* rows;
      yield* others;
    },
    plan.backtestEnd !== null,
    params.discount,
    made.fit,
  );

  function* results(): Generator<CustomerResult> {
    for (const w of abcWalk(values, order, params.a, params.b, total)) {
      const r = rows[w.index]!;
      const recencyDays = r.lastPurchase === null ? null : referenceDay - r.lastPurchase;

      const signals: Signal[] = [];
      const overdue = overdueSignal(recencyDays, r.cycleDays);
      if (overdue) signals.push(overdue);
      if (r.declining) signals.push({ kind: 'declining', ...r.declining });
      const dropped = previous ? droppedClassSignal(previous.classes.get(r.code), w.abc, previous.runId) : null;
      if (dropped) signals.push(dropped);

      const types: KeyAccountType[] = [];
      if (isBreadwinner(r.margin ?? (hasMargin ? 0 : r.revenue), totalMargin ?? totalRevenue)) types.push('breadwinner');
      if (isRising(r.firstPurchase, r.revenueSinceFirst, referenceDay, smallestARevenue)) types.push('rising');
      for (const t of MANUAL_TYPES) if (r.manualTypes?.includes(t)) types.push(t);

      const abcRevenue = abcOfCode(byRevenue[w.index]!);
      const abcMargin = byMargin ? abcOfCode(byMargin[w.index]!) : null;
      yield {
        code: r.code,
        name: r.name,
        seller: r.seller,
        segment: r.segment,
        region: r.region,
        value: values[w.index]!,
        share: w.share,
        cumulativeShare: w.cumulativeShare,
        abc: w.abc,
        nonPositive: w.nonPositive,
        abcRevenue,
        abcMargin,
        bigButUnprofitable: abcRevenue === 'A' && abcMargin === 'C',
        xyz: r.xyz,
        cv: r.cv,
        xyzPeriods: r.xyzPeriods,
        revenue: r.revenue,
        margin: r.margin,
        marginPct: marginShare(r.margin, r.revenue),
        quantity: r.quantity,
        orders: r.orders,
        averageTicket: averageTicket(r.revenue, r.orders),
        firstPurchase: r.firstPurchase,
        lastPurchase: r.lastPurchase,
        recencyDays,
        cycleDays: r.cycleDays,
        expectedNext: expectedNextPurchase(r.lastPurchase, r.cycleDays),
        status: statusOf(recencyDays, signals, params),
        signals,
        types,
        trailingRevenue: r.trailingRevenue,
        ...predictor.predict(r),
      };
    }
  }

  function* otherResults(): Generator<OtherCustomer> {
    for (const o of others) {
      yield {
        code: o.code,
        name: o.name,
        seller: o.seller,
        segment: o.segment,
        region: o.region,
        firstPurchase: o.firstPurchase,
        lastPurchase: o.lastPurchase,
        recencyDays: o.recencyDays,
        cycleDays: o.cycleDays,
        expectedNext: o.expectedNext,
        status: o.status,
        signals: o.signals,
        trailingRevenue: o.trailingRevenue,
        ...predictor.predict(o),
      };
    }
  }

  return {
    window: { from: window.from, to: window.to, period: window.period },
    params,
    referenceDay,
    latestSale,
    lastPeriodLeftOut: plan.lastPeriodLeftOut,
    totals,
    customers: results,
    others: otherResults,
    model: predictor.model,
    previousRunId: previous?.runId ?? null,
  };
}

/** A customer outside the window: its status at the reference date; overdue is its only possible signal. */
function otherCustomer(input: CustomerInput, f: CustomerFacts | null, plan: RunPlan, params: AnalysisParams): OtherRow {
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
    summary: f?.summary ?? null,
    history: f?.history ?? { revenue: 0, margin: null },
    actualPurchases90d: f?.actualPurchases90d ?? null,
  };
}
