// The two log-likelihoods: each customer's term as SPEC writes it, the grouping of equal
// customers, and the exact derivatives the maximiser and SPEC's maximum check rely on.
import { describe, expect, it } from 'vitest';
import { bgnbdData, bgnbdLogLikelihood, bgnbdObjective, bgnbdTheta } from '../../shared/models/bgnbd-likelihood';
import type { CustomerSummary } from '../../shared/models/customer-summary';
import { gammaGammaData, gammaGammaLogLikelihood, gammaGammaObjective, gammaGammaTheta } from '../../shared/models/gamma-gamma-likelihood';
import type { Objective } from '../../shared/models/maximise';
import { logBeta, logGamma } from '../../shared/models/special-functions';
import { simulateSummaries } from './simulate';

const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const SPEND = { p: 6.25, q: 3.74, v: 15.44 };

/** SPEC's L for one customer, written out plainly (no log-sum-exp: these values do not overflow). */
function plainBgNbd({ r, alpha, a, b }: typeof PUBLISHED, { x, tx, T }: CustomerSummary): number {
  const front = Math.exp(logGamma(r + x) - logGamma(r)) * Math.pow(alpha, r);
  const alive = Math.exp(logBeta(a, b + x) - logBeta(a, b)) * Math.pow(alpha + T, -(r + x));
  const gone = x > 0 ? Math.exp(logBeta(a + 1, b + x - 1) - logBeta(a, b)) * Math.pow(alpha + tx, -(r + x)) : 0;
  return Math.log(front * (alive + gone));
}

function plainGammaGamma({ p, q, v }: typeof SPEND, { x, m }: CustomerSummary): number {
  const px = p * x;
  return logGamma(px + q) - logGamma(px) - logGamma(q) + q * Math.log(v) + (px - 1) * Math.log(m!) + px * Math.log(x) - (px + q) * Math.log(x * m! + v);
}

const customers: CustomerSummary[] = [
  { x: 0, tx: 0, T: 38.86, m: null },
  { x: 0, tx: 0, T: 38.86, m: null },
  { x: 2, tx: 30.43, T: 38.86, m: 22.35 },
  { x: 2, tx: 30.43, T: 38.86, m: 22.35 },
  { x: 2, tx: 30.43, T: 38.86, m: 40.1 },
  { x: 7, tx: 12, T: 33.5, m: 15 },
  { x: 1, tx: 0.14, T: 0.14, m: 9.99 },
];

describe('log-likelihoods', () => {
  it('BG/NBD: the sum of each customer’s ln L as SPEC writes it; equal (x, t_x, T) grouped with weights', () => {
    const data = bgnbdData(customers);
    expect(data.customers).toBe(7);
    expect(data.repeaters).toBe(5);
    expect(data.weight.length).toBe(4); // two pairs of equal customers, and m does not matter here
    const want = customers.reduce((sum, c) => sum + plainBgNbd(PUBLISHED, c), 0);
    expect(bgnbdLogLikelihood(data, PUBLISHED)).toBeCloseTo(want, 10);
  });

  it('Gamma-Gamma: the sum over the customers with x > 0; equal (x, m) grouped', () => {
    const data = gammaGammaData(customers);
    expect(data.customers).toBe(5);
    expect(data.weight.length).toBe(4);
    const want = customers.filter((c) => c.x > 0).reduce((sum, c) => sum + plainGammaGamma(SPEND, c), 0);
    expect(gammaGammaLogLikelihood(data, SPEND)).toBeCloseTo(want, 10);
  });

  it('BG/NBD stays finite where the plain formula under- or overflows: x = 5,000, T = 5,000 weeks', () => {
    const data = bgnbdData([{ x: 5000, tx: 4999, T: 5000, m: 1 }, ...customers]);
    expect(Number.isFinite(bgnbdLogLikelihood(data, PUBLISHED))).toBe(true);
  });

  // Central differences of the value (gradient) and of the exact gradient (Hessian), in θ = ln(parameters).
  function checkDerivatives(objective: Objective, theta: Float64Array) {
    const n = theta.length;
    const at = objective(theta, true);
    const h = 1e-5;
    for (let i = 0; i < n; i++) {
      const up = Float64Array.from(theta);
      const down = Float64Array.from(theta);
      up[i] += h;
      down[i] -= h;
      const fu = objective(up, true);
      const fd = objective(down, true);
      const slope = (fu.value - fd.value) / (2 * h);
      expect(Math.abs(at.gradient[i]! - slope)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(slope)));
      for (let j = 0; j < n; j++) {
        const curvature = (fu.gradient[j]! - fd.gradient[j]!) / (2 * h);
        expect(Math.abs(at.hessian[i * n + j]! - curvature)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(curvature)));
        expect(at.hessian[i * n + j]).toBe(at.hessian[j * n + i]);
      }
    }
  }

  it('BG/NBD: the exact gradient and Hessian agree with finite differences', () => {
    const sample = simulateSummaries({ truth: { ...PUBLISHED, ...SPEND }, customers: 300, seed: 5, minT: 1, maxT: 60 });
    const objective = bgnbdObjective(bgnbdData(sample));
    checkDerivatives(objective, bgnbdTheta(PUBLISHED));
    checkDerivatives(objective, bgnbdTheta({ r: 2, alpha: 0.5, a: 3, b: 0.4 }));
  });

  it('Gamma-Gamma: the exact gradient and Hessian agree with finite differences', () => {
    const sample = simulateSummaries({ truth: { ...PUBLISHED, ...SPEND }, customers: 300, seed: 6, minT: 1, maxT: 60 });
    const objective = gammaGammaObjective(gammaGammaData(sample));
    checkDerivatives(objective, gammaGammaTheta(SPEND));
    checkDerivatives(objective, gammaGammaTheta({ p: 0.5, q: 0.8, v: 200 }));
  });
});
