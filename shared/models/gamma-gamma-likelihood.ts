// The Gamma-Gamma log-likelihood of the mean spend per repeat purchase (SPEC "Predicted
// purchases and value"), over the customers with x > 0 grouped by equal (x, m), with its exact
// gradient and Hessian in the log-parameters ln p, ln q, ln v:
//   ln L = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln v + (px−1) ln m + px ln x − (px+q) ln(xm + v).
import type { CustomerSummary } from './customer-summary';
import { groupIndex } from './group-index';
import { inLogParameters, type Evaluation, type Objective } from './maximise';
import { digamma, logGamma, trigamma } from './special-functions';

export type GammaGammaParameters = { p: number; q: number; v: number };

export type GammaGammaData = {
  customers: number;
  /** The distinct x; per group its index there, x, m and the number of customers. */
  xs: Float64Array;
  xAt: Int32Array;
  x: Float64Array;
  m: Float64Array;
  weight: Float64Array;
};

/** The customers with x > 0 (and so a mean spend m > 0); the others are left out. */
export function gammaGammaData(summaries: Iterable<CustomerSummary>): GammaGammaData {
  const xIndex = new Map<number, number>();
  const groups = groupIndex();
  const xAt: number[] = [];
  const x: number[] = [];
  const m: number[] = [];
  const weight: number[] = [];
  let customers = 0;
  for (const s of summaries) {
    if (s.x === 0 || s.m === null || !(s.m > 0)) continue;
    customers++;
    const group = groups.indexOf(s.x, s.m, 0);
    if (group >= 0) {
      weight[group]! += 1;
      continue;
    }
    let i = xIndex.get(s.x);
    if (i === undefined) xIndex.set(s.x, (i = xIndex.size));
    xAt.push(i);
    x.push(s.x);
    m.push(s.m);
    weight.push(1);
  }
  return {
    customers,
    xs: Float64Array.from(xIndex.keys()),
    xAt: Int32Array.from(xAt),
    x: Float64Array.from(x),
    m: Float64Array.from(m),
    weight: Float64Array.from(weight),
  };
}

export const gammaGammaParameters = (theta: ArrayLike<number>): GammaGammaParameters => ({
  p: Math.exp(theta[0]!),
  q: Math.exp(theta[1]!),
  v: Math.exp(theta[2]!),
});

export const gammaGammaTheta = (g: GammaGammaParameters) => Float64Array.of(Math.log(g.p), Math.log(g.q), Math.log(g.v));

export function gammaGammaLogLikelihood(data: GammaGammaData, g: GammaGammaParameters): number {
  return gammaGammaObjective(data)(gammaGammaTheta(g), false).value;
}

const N = 3;

/** ln L as a function of θ = (ln p, ln q, ln v), for the maximiser. */
export function gammaGammaObjective(data: GammaGammaData): Objective {
  const { xs, xAt, x: xOf, m: mOf, weight } = data;
  const nx = xs.length;
  // Per group, the terms that do not depend on the parameters: ln m and ln x.
  const logM = mOf.map(Math.log);
  const logX = xOf.map(Math.log);
  const lgRatio = new Float64Array(nx); // ln Γ(px+q) − ln Γ(px)
  const psiPXQ = new Float64Array(nx);
  const psiPX = new Float64Array(nx);
  const psi1PXQ = new Float64Array(nx);
  const psi1PX = new Float64Array(nx);

  return (theta: Float64Array, derivatives: boolean): Evaluation => {
    const { p, q, v } = gammaGammaParameters(theta);
    if (![p, q, v].every((t) => t > 0 && Number.isFinite(t))) return { value: Number.NaN, gradient: new Float64Array(N), hessian: new Float64Array(N * N) };
    for (let i = 0; i < nx; i++) {
      const px = p * xs[i]!;
      lgRatio[i] = logGamma(px + q) - logGamma(px);
      if (derivatives) {
        psiPXQ[i] = digamma(px + q);
        psiPX[i] = digamma(px);
        psi1PXQ[i] = trigamma(px + q);
        psi1PX[i] = trigamma(px);
      }
    }
    const lgQ = logGamma(q);
    const logV = Math.log(v);
    const psiQ = derivatives ? digamma(q) : 0;
    const psi1Q = derivatives ? trigamma(q) : 0;
    let value = 0;
    let gp = 0, gq = 0, gv = 0;
    let hpp = 0, hpq = 0, hpv = 0, hqq = 0, hqv = 0, hvv = 0;
    for (let g = 0; g < xAt.length; g++) {
      const i = xAt[g]!;
      const x = xOf[g]!;
      const w = weight[g]!;
      const px = p * x;
      const sum = x * mOf[g]! + v;
      const logSum = Math.log(sum);
      value += w * (lgRatio[i]! - lgQ + q * logV + (px - 1) * logM[g]! + px * logX[g]! - (px + q) * logSum);
      if (!derivatives) continue;
      const inv = 1 / sum;
      gp += w * x * (psiPXQ[i]! - psiPX[i]! + logM[g]! + logX[g]! - logSum);
      gq += w * (psiPXQ[i]! - psiQ + logV - logSum);
      gv += w * (q / v - (px + q) * inv);
      hpp += w * x * x * (psi1PXQ[i]! - psi1PX[i]!);
      hpq += w * x * psi1PXQ[i]!;
      hpv += w * -x * inv;
      hqq += w * (psi1PXQ[i]! - psi1Q);
      hqv += w * (1 / v - inv);
      hvv += w * (-q / (v * v) + (px + q) * inv * inv);
    }
    if (!derivatives) return { value, gradient: new Float64Array(N), hessian: new Float64Array(N * N) };
    // prettier-ignore
    return { value, ...inLogParameters([p, q, v], [gp, gq, gv], [
      hpp, hpq, hpv,
      hpq, hqq, hqv,
      hpv, hqv, hvv,
    ]) };
  };
}
