// The special functions the two likelihoods need, for positive real arguments: log-gamma,
// log-beta, digamma and trigamma (the first and second derivatives of log-gamma, for the exact
// gradient and Hessian), and a two-term log-sum-exp. No npm package fitted (see the commit that
// added this file): these are the textbook series, tested against values from mpmath.

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

// Lanczos approximation, g = 7, nine coefficients (relative error about 1e-15 for x ≥ 0.5).
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (NaN outside, which the callers never pass). */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  // Below 0.5 the recurrence Γ(x) = Γ(x + 1) / x keeps the Lanczos sum in its accurate range
  // (the reflection formula would need sin(πx), inaccurate for the tiny x a parameter can reach).
  if (x < 0.5) return logGamma(x + 1) - Math.log(x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0. */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

// Below this the asymptotic series is not used: the recurrence climbs to it first.
const ASYMPTOTIC_FROM = 10;

/** ψ(x) = d/dx ln Γ(x), for x > 0. */
export function digamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let shift = 0;
  while (x < ASYMPTOTIC_FROM) {
    shift -= 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  // ln x − 1/(2x) − Σ B₂ₖ / (2k x²ᵏ), k = 1..6
  const series =
    inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 * (1 / 132 - inv2 * (691 / 32760))))));
  return shift + Math.log(x) - 0.5 / x - series;
}

/** ψ₁(x) = d²/dx² ln Γ(x), for x > 0. */
export function trigamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  let shift = 0;
  while (x < ASYMPTOTIC_FROM) {
    shift += 1 / (x * x);
    x += 1;
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  // 1/x + 1/(2x²) + Σ B₂ₖ / x²ᵏ⁺¹, k = 1..6
  const series = inv * (1 + inv * (0.5 + inv * (1 / 6 - inv2 * (1 / 30 - inv2 * (1 / 42 - inv2 * (1 / 30 - inv2 * (5 / 66)))))));
  return shift + series;
}

/** ln(eᵘ + eᵛ) without overflow; −∞ stands for a term that is absent. */
export function logSumExp(u: number, v: number): number {
  if (u === Number.NEGATIVE_INFINITY) return v;
  if (v === Number.NEGATIVE_INFINITY) return u;
  return u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
}
