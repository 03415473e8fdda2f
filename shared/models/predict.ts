// A customer's figures from the fitted models (SPEC "Predicted purchases and value"):
// P(alive), expected purchases in the next 90 days, expected spend per purchase E[M], predicted
// revenue and CLV for the next 12 months. Each is a finite number or null with the reason.
import type { Cents } from '../domain/money';
import type { BgNbdParameters } from './bgnbd-likelihood';
import type { CustomerSummary } from './customer-summary';
import type { FittedModel, SpendModel } from './fit-models';
import { hyp2f1, hyp2f1Slope } from './hypergeometric';

export const DEFAULT_MONTHLY_DISCOUNT = 0.01;
/** 90 days and one average month, in weeks. */
export const NEXT_90_DAYS_WEEKS = 90 / 7;
export const MONTH_WEEKS = 365.25 / 12 / 7;
export const MONTHS_AHEAD = 12;

/** Why a figure is empty: a code, worded by whoever shows it. */
export const PREDICTION_REASONS = [
  'no-model', // BG/NBD is not fitted (the run says why)
  'no-purchase', // the customer has no purchase date up to the reference date
  'not-computable', // a series did not converge: see hypergeometric.ts
  'no-spend-model', // Gamma-Gamma is not fitted (the model says why)
  'spend-undefined', // E[M] needs px + q > 1 (q > 1 for x = 0)
  'invalid-discount', // the monthly discount is not a number ≥ 0
  'margin-unknown', // no line of the customer's history has a known margin
  'revenue-not-positive', // the customer's revenue up to the reference date is ≤ 0
] as const;

export type PredictionReason = (typeof PREDICTION_REASONS)[number];

export type CustomerPrediction = {
  pAlive: number | null;
  expectedPurchases90d: number | null;
  /** Expected purchases in the next 12 months, undiscounted (for the explanation). */
  expectedPurchases12m: number | null;
  /** E[M], cents per purchase. */
  expectedSpend: number | null;
  /** Cents. */
  predictedRevenue12m: number | null;
  /** margin / revenue of the customer's history up to the reference date. */
  marginRate: number | null;
  /** Cents. */
  clv12m: number | null;
  /** Why each empty figure is empty. */
  reasons: Partial<Record<PredictedFigure, PredictionReason>>;
};

export type PredictedFigure = Exclude<keyof CustomerPrediction, 'reasons'>;

/** Every figure of a prediction, in a fixed order (how a store encodes the reasons). */
export const PREDICTED_FIGURES: PredictedFigure[] = [
  'pAlive',
  'expectedPurchases90d',
  'expectedPurchases12m',
  'expectedSpend',
  'predictedRevenue12m',
  'marginRate',
  'clv12m',
];

/** The customer's revenue and margin (cents) over its history up to the reference date. */
export type CustomerHistory = { revenue: Cents; margin: Cents | null };

export type PredictOptions = { monthlyDiscount?: number };

const finiteOrNull = (v: number) => (Number.isFinite(v) ? v : null);

/** ln((α+T)/(α+t_x))^(r+x) · a/(b+x−1): P(alive) = 1 / (1 + e^this), for x > 0. */
function logOddsDead({ r, alpha, a, b }: BgNbdParameters, s: CustomerSummary): number {
  return Math.log(a) - Math.log(b + s.x - 1) + (r + s.x) * (Math.log(alpha + s.T) - Math.log(alpha + s.tx));
}

export function pAlive(model: BgNbdParameters, s: CustomerSummary): number {
  // e^(large) is +∞ and 1 / (1 + ∞) = 0: the limit, finite.
  return s.x === 0 ? 1 : 1 / (1 + Math.exp(logOddsDead(model, s)));
}

/** expm1(ε·y) / ε, with its limit y at ε = 0. */
const expm1Over = (eps: number, y: number) => (eps === 0 ? y : Math.expm1(eps * y) / eps);

/**
 * Expected purchases in the next t weeks:
 *   (a+b+x−1)/(a−1) · [1 − (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; c; z)] / (1 + [x > 0] e^logOddsDead),
 * with c = a+b+x−1 and z = t/(α+T+t) (SPEC's Euler form), that is `perAlive` × P(alive).
 */
export function expectedPurchases(model: BgNbdParameters, s: CustomerSummary, t: number): number | null {
  return expectedOf(perAlive(model, s.x, s.T, t), pAlive(model, s));
}

function expectedOf(perAliveValue: number | null, alive: number): number | null {
  if (perAliveValue === null) return null;
  const e = finiteOrNull(perAliveValue * alive);
  return e !== null && e >= 0 ? e : null;
}

/**
 * Expected purchases in the next t weeks divided by P(alive): c times the bracket over a − 1,
 * which depends on x and T only (so customers with equal x and T share it). The bracket is
 *   −expm1((a−1) ln(1−z))/(a−1) − (1−z)^(a−1) · hyp2f1Slope(a+b−1−r, a−1; c; z),
 * free of 0/0 at a = 1; where that series fails, the untransformed ₂F₁(r+x, b+x; c; z) is tried.
 */
function perAlive({ r, alpha, a, b }: BgNbdParameters, x: number, T: number, t: number): number | null {
  if (t === 0) return 0;
  const c = a + b + x - 1;
  const z = t / (alpha + T + t);
  const eps = a - 1;
  const log1mz = Math.log1p(-z);
  let bracket: number | null = null;
  const slope = hyp2f1Slope(a + b - 1 - r, eps, c, z);
  if (slope !== null) bracket = -expm1Over(eps, log1mz) - Math.exp(eps * log1mz) * slope;
  else if (Math.abs(eps) > 1e-3) {
    const f = hyp2f1(r + x, b + x, c, z);
    if (f !== null) bracket = -Math.expm1((r + x) * log1mz + Math.log(f)) / eps;
  }
  return bracket === null ? null : c * bracket;
}

/** The horizons a customer's figures need, in weeks: 90 days, then the end of each of the 12 months ahead. */
const HORIZONS = [NEXT_90_DAYS_WEEKS, ...Array.from({ length: MONTHS_AHEAD }, (_, k) => (k + 1) * MONTH_WEEKS)];

/**
 * Expected purchases over P(alive) at every horizon, kept per (x, T) for one model: a run's
 * customers with equal x and T (many, in a large workspace) need the series once.
 */
export type PredictionCache = { model: BgNbdParameters; byX: Map<number, Map<number, (number | null)[]>> };

export function predictionCache(model: BgNbdParameters): PredictionCache {
  return { model, byX: new Map() };
}

/** Expected purchases in the next 90 days, through the cache (the backtest's figure). */
export function expectedPurchases90d(model: BgNbdParameters, s: CustomerSummary, cache: PredictionCache | null): number | null {
  return expectedOf(perAliveAtHorizons(model, s, cache)[0]!, pAlive(model, s));
}

function perAliveAtHorizons(model: BgNbdParameters, s: CustomerSummary, cache: PredictionCache | null): (number | null)[] {
  const compute = () => HORIZONS.map((t) => perAlive(model, s.x, s.T, t));
  if (cache === null || cache.model !== model) return compute();
  let byT = cache.byX.get(s.x);
  if (byT === undefined) cache.byX.set(s.x, (byT = new Map()));
  let values = byT.get(s.T);
  if (values === undefined) byT.set(s.T, (values = compute()));
  return values;
}

/** E[M] in the summary's money unit; null where SPEC's condition fails. */
export function expectedSpend({ p, q, v }: SpendModel, s: CustomerSummary): number | null {
  if (s.x === 0 || s.m === null) return q > 1 ? finiteOrNull((p * v) / (q - 1)) : null;
  const denominator = p * s.x + q - 1;
  return denominator > 0 ? finiteOrNull((p * (v + s.x * s.m)) / denominator) : null;
}

/**
 * Every figure of one customer. `summary` is null for a customer with no purchase date up to the
 * reference date; `model` null when BG/NBD is not fitted.
 */
export function predictCustomer(
  model: FittedModel | null,
  summary: CustomerSummary | null,
  history: CustomerHistory,
  options: PredictOptions = {},
  cache: PredictionCache | null = null,
): CustomerPrediction {
  const out: CustomerPrediction = {
    pAlive: null,
    expectedPurchases90d: null,
    expectedPurchases12m: null,
    expectedSpend: null,
    predictedRevenue12m: null,
    marginRate: null,
    clv12m: null,
    reasons: {},
  };
  const why = out.reasons;
  const margin = marginRate(history);
  if (typeof margin === 'number') out.marginRate = margin;
  else why.marginRate = margin.reason;
  if (summary === null) return empty(out, 'no-purchase', MODEL_FIGURES);
  if (model === null) return empty(out, 'no-model', MODEL_FIGURES);

  const alive = pAlive(model, summary);
  const horizons = perAliveAtHorizons(model, summary, cache);
  out.pAlive = alive;
  out.expectedPurchases90d = expectedOf(horizons[0]!, alive);
  if (out.expectedPurchases90d === null) why.expectedPurchases90d = 'not-computable';

  // Cumulative expected purchases at the end of each month ahead (cumulative[0] = 0).
  const cumulative = monthly;
  let months = true;
  for (let k = 1; k <= MONTHS_AHEAD && months; k++) {
    const e = expectedOf(horizons[k]!, alive);
    if (e === null) months = false;
    else cumulative[k] = e;
  }
  if (months) out.expectedPurchases12m = cumulative[MONTHS_AHEAD]!;
  else why.expectedPurchases12m = 'not-computable';

  if (model.spend === null) return empty(out, 'no-spend-model', SPEND_FIGURES);
  const spend = expectedSpend(model.spend, summary);
  if (spend === null) return empty(out, 'spend-undefined', SPEND_FIGURES);
  // The summary's m is in major units: E[M] too.
  out.expectedSpend = Math.round(spend * 100);
  if (!months) return empty(out, 'not-computable', REVENUE_FIGURES);
  const d = options.monthlyDiscount ?? DEFAULT_MONTHLY_DISCOUNT;
  if (!(Number.isFinite(d) && d >= 0)) return empty(out, 'invalid-discount', REVENUE_FIGURES);
  const discount = discountFactors(d);
  let revenue = 0;
  for (let k = 1; k <= MONTHS_AHEAD; k++) revenue += (spend * 100 * (cumulative[k]! - cumulative[k - 1]!)) / discount[k]!;
  if (!Number.isFinite(revenue)) return empty(out, 'not-computable', REVENUE_FIGURES);
  out.predictedRevenue12m = Math.round(revenue);
  if (typeof margin !== 'number') return empty(out, margin.reason, CLV_FIGURE);
  out.clv12m = Math.round(revenue * margin);
  return out;
}

// The figures each kind of emptiness empties (module constants: a run predicts for hundreds of
// thousands of customers, and these would otherwise be made for each).
type Figure = keyof CustomerPrediction['reasons'];
const MODEL_FIGURES: Figure[] = ['pAlive', 'expectedPurchases90d', 'expectedPurchases12m', 'expectedSpend', 'predictedRevenue12m', 'clv12m'];
const SPEND_FIGURES: Figure[] = ['expectedSpend', 'predictedRevenue12m', 'clv12m'];
const REVENUE_FIGURES: Figure[] = ['predictedRevenue12m', 'clv12m'];
const CLV_FIGURE: Figure[] = ['clv12m'];

/** Gives each of `fields` the reason, unless it has one already. */
function empty(out: CustomerPrediction, reason: PredictionReason, fields: readonly Figure[]): CustomerPrediction {
  for (const f of fields) out.reasons[f] ??= reason;
  return out;
}

/** Reused by every call: the cumulative expected purchases at each month's end (read before the next call). */
const monthly = new Float64Array(MONTHS_AHEAD + 1);

/** (1 + d)^k for k = 0 … 12, kept for the last rate asked (a run uses one). */
let lastRate = Number.NaN;
let lastFactors = new Float64Array(MONTHS_AHEAD + 1);
function discountFactors(d: number): Float64Array {
  if (d !== lastRate) {
    lastFactors = Float64Array.from({ length: MONTHS_AHEAD + 1 }, (_, k) => Math.pow(1 + d, k));
    lastRate = d;
  }
  return lastFactors;
}

function marginRate({ revenue, margin }: CustomerHistory): number | { reason: PredictionReason } {
  if (margin === null) return { reason: 'margin-unknown' };
  if (!(revenue > 0)) return { reason: 'revenue-not-positive' };
  return margin / revenue;
}
