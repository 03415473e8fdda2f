// Customers drawn from chosen parameters: the fit must find them again.
//
// Tolerance: maximum likelihood estimates are asymptotically normal around the truth, with the
// covariance the inverse of −(Hessian of ln L) at the estimate. Each log-parameter is asserted
// within 4 of its standard errors (from the fit's own Hessian) of the truth: a correct fit
// misses that by chance with probability 6e-5 per parameter, and the seed is fixed anyway. So
// that this says something, the standard errors themselves must be small: 20,000 customers give
// about 0.015 to 0.075 on the log scale (1.5 % to 7.5 % on the parameter), and the test asks < 0.1.
// The customers are drawn in continuous time (simulateSummaries): rounding purchases to days
// merges a fast buyer's purchases of one day and biases r and α by a few standard errors at this
// size, which would test the rounding, not the fit.
import { beforeAll, describe, expect, it } from 'vitest';
import { bgnbdData, bgnbdObjective, bgnbdTheta } from '../../shared/models/bgnbd-likelihood';
import type { CustomerSummary } from '../../shared/models/customer-summary';
import { bgnbdStarts, fitModels, type FittedModel } from '../../shared/models/fit-models';
import { gammaGammaData, gammaGammaObjective, gammaGammaTheta } from '../../shared/models/gamma-gamma-likelihood';
import { maximise, type Objective } from '../../shared/models/maximise';
import { cholesky, choleskySolve } from '../../shared/models/small-matrix';
import { simulateSummaries, type Truth } from './simulate';

const TRUTH: Truth = { r: 0.5, alpha: 8, a: 0.8, b: 2.5, p: 6, q: 4, v: 15 };

/** Each fitted log-parameter within 4 standard errors (small ones) of the truth. */
function expectRecovered(objective: Objective, fitted: Float64Array, truth: Float64Array) {
  const n = fitted.length;
  const l = cholesky(objective(fitted, true).hessian.map((h) => -h), n)!;
  for (let i = 0; i < n; i++) {
    const unit = new Float64Array(n);
    unit[i] = 1;
    const se = Math.sqrt(choleskySolve(l, n, unit)[i]!);
    expect(se).toBeLessThan(0.1);
    expect(Math.abs(fitted[i]! - truth[i]!)).toBeLessThanOrEqual(4 * se);
  }
}

let sample: CustomerSummary[];
let model: FittedModel;

beforeAll(() => {
  // First purchases spread over a year, observed for half a year to a year and a half.
  sample = simulateSummaries({ truth: TRUTH, customers: 20_000, seed: 2026, minT: 26, maxT: 78 });
  const fit = fitModels(sample);
  expect(fit.reason).toBeNull();
  model = fit.model!;
});

describe('a history generated from known parameters', () => {
  it('gives back r, α, a, b within 4 standard errors', () => {
    expectRecovered(bgnbdObjective(bgnbdData(sample)), bgnbdTheta(model), bgnbdTheta(TRUTH));
  });

  it('gives back p, q, v within 4 standard errors', () => {
    expectRecovered(gammaGammaObjective(gammaGammaData(sample)), gammaGammaTheta(model.spend!), gammaGammaTheta(TRUTH));
  });

  it('has found the maximum: every start climbs to the same point, none higher, the gradient near zero', () => {
    const data = bgnbdData(sample);
    const objective = bgnbdObjective(data);
    for (const start of bgnbdStarts(data)) {
      const alone = maximise(objective, [start]);
      expect(alone.found).toBe(true);
      expect(alone.value!).toBeLessThanOrEqual(model.logLikelihood + 1e-9 * Math.abs(model.logLikelihood));
      expect(alone.value!).toBeGreaterThanOrEqual(model.logLikelihood - 1e-6);
    }
    const at = objective(bgnbdTheta(model), true);
    for (const g of at.gradient) expect(Math.abs(g)).toBeLessThan(1e-3);
  });
});
