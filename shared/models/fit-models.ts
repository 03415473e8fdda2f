// Fitting BG/NBD and then Gamma-Gamma to a run's customers (SPEC "Predicted purchases and
// value"): BG/NBD needs 30 customers with a repeat purchase and a verified maximum, else there is
// no model; Gamma-Gamma is fitted only where BG/NBD is, and without its own maximum the spend
// figures alone are empty.
import { bgnbdData, bgnbdObjective, bgnbdParameters, type BgNbdData, type BgNbdParameters } from './bgnbd-likelihood';
import type { CustomerSummary } from './customer-summary';
import {
  gammaGammaData,
  gammaGammaObjective,
  gammaGammaParameters,
  type GammaGammaData,
  type GammaGammaParameters,
} from './gamma-gamma-likelihood';
import { maximise, type NoMaximum } from './maximise';

export const MIN_REPEATERS = 30;

/**
 * Above this many groups, the starts climb on a systematic sample of about this many groups
 * (every k-th, its weight × k) before the best climbs on all of them (maximise.ts): the fit of
 * 200,000 customers in 140,000 groups took 1 s, most of it the four starts' climbs. The sample's
 * optimum lands within a Newton step or two of the whole data's; a smaller sample also leaves less
 * for the first evaluations, made before V8 optimises the likelihood (a run's fit is cold: at 1M
 * lines, 20,000 groups 0.41 s, 5,000 0.26–0.31 s, 2,000 no better).
 */
export const SAMPLE_GROUPS = 5_000;

/** Every k-th of `groups` groups, k so that about SAMPLE_GROUPS are kept; null when there are not more. */
function sampleEvery(groups: number): number | null {
  return groups > SAMPLE_GROUPS ? Math.ceil(groups / SAMPLE_GROUPS) : null;
}

/** Why a model is not fitted: a code, worded by whoever shows it. */
export type NotFitted = 'too-few-repeaters' | NoMaximum;

export type SpendModel = GammaGammaParameters & { logLikelihood: number; customers: number };

export type FittedModel = BgNbdParameters & {
  logLikelihood: number;
  /** Customers with a purchase date up to the reference date, and those with a repeat purchase. */
  customers: number;
  repeaters: number;
  /** Gamma-Gamma, or null with the reason. */
  spend: SpendModel | null;
  spendReason: NotFitted | null;
};

export type FitResult = { model: FittedModel; reason: null } | { model: null; reason: NotFitted };

/**
 * Fits both models to the summaries of every customer with a purchase date up to the reference
 * date. Read twice (an array, or an iterable that starts again: the writer thread's, which makes
 * each summary as it is read).
 */
export function fitModels(summaries: Iterable<CustomerSummary>): FitResult {
  const data = bgnbdData(summaries);
  if (data.repeaters < MIN_REPEATERS) return { model: null, reason: 'too-few-repeaters' };
  const every = sampleEvery(data.weight.length);
  const max = maximise(bgnbdObjective(data), bgnbdStarts(data), every === null ? null : bgnbdObjective(sampleBgnbd(data, every)));
  if (!max.found) return { model: null, reason: max.reason };
  const spendData = gammaGammaData(summaries);
  const spendEvery = sampleEvery(spendData.weight.length);
  const spend = maximise(
    gammaGammaObjective(spendData),
    gammaGammaStarts(spendData),
    spendEvery === null ? null : gammaGammaObjective(sampleGammaGamma(spendData, spendEvery)),
  );
  return {
    model: {
      ...bgnbdParameters(max.theta),
      logLikelihood: max.value,
      customers: data.customers,
      repeaters: data.repeaters,
      spend: spend.found ? { ...gammaGammaParameters(spend.theta), logLikelihood: spend.value, customers: spendData.customers } : null,
      spendReason: spend.found ? null : spend.reason,
    },
    reason: null,
  };
}

/** Every k-th group, weighted k times: its likelihood estimates the whole data's. */
function everyKth<T extends Int32Array | Float64Array>(column: T, k: number, scale = 1): T {
  const out = new (column.constructor as new (n: number) => T)(Math.ceil(column.length / k));
  for (let g = 0, i = 0; g < column.length; g += k, i++) out[i] = column[g]! * scale;
  return out;
}

function sampleBgnbd(data: BgNbdData, k: number): BgNbdData {
  return { ...data, xAt: everyKth(data.xAt, k), txAt: everyKth(data.txAt, k), tAt: everyKth(data.tAt, k), weight: everyKth(data.weight, k, k) };
}

function sampleGammaGamma(data: GammaGammaData, k: number): GammaGammaData {
  return { ...data, xAt: everyKth(data.xAt, k), x: everyKth(data.x, k), m: everyKth(data.m, k), weight: everyKth(data.weight, k, k) };
}

const logs = (...values: number[]) => Float64Array.from(values, Math.log);

/**
 * Four starts: three shapes of heterogeneity (few, published-like, many dropouts) with α set so
 * that the mean purchase rate r/α matches the data's repeat purchases per week of observation,
 * and the unit start (all parameters 1) that does not depend on the data.
 */
export function bgnbdStarts(data: BgNbdData): Float64Array[] {
  let purchases = 0;
  let weeks = 0;
  for (let g = 0; g < data.weight.length; g++) {
    purchases += data.weight[g]! * data.xs[data.xAt[g]!]!;
    weeks += data.weight[g]! * data.weeks[data.tAt[g]!]!;
  }
  const rate = purchases > 0 && weeks > 0 ? purchases / weeks : 1;
  return [logs(1, 1 / rate, 1, 1), logs(0.25, 0.25 / rate, 0.8, 2.5), logs(3, 3 / rate, 3, 10), logs(1, 1, 1, 1)];
}

/**
 * Four starts with p·v/(q − 1) equal to the mean spend per purchase: spend varying a lot, little
 * and in between across customers, and the unit start.
 */
export function gammaGammaStarts(data: GammaGammaData): Float64Array[] {
  let total = 0;
  let count = 0;
  for (let g = 0; g < data.weight.length; g++) {
    total += data.weight[g]! * data.m[g]!;
    count += data.weight[g]!;
  }
  const mean = count > 0 ? total / count : 1;
  return [logs(1, 2, mean), logs(6, 4, mean / 2), logs(2, 11, 5 * mean), logs(1, 1, 1)];
}
