// Gauss's hypergeometric function ₂F₁(a, b; c; z) for 0 ≤ z < 1, as its power series with a
// convergence guard, and Euler's transformation
//   ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) · ₂F₁(c − a, c − b; c; z)
// where the plain series is slow or overflows (a customer with hundreds of repeat purchases
// makes a and b of the expected-purchases formula large: its series climbs to e^(x·z) before it
// falls). Every result is a finite number or null ("cannot be computed"), never NaN or ∞.

/** Relative size of the last term (and the estimated rest) at which a series stops. */
const EPS = 1e-16;
/** Terms tried first by each form, then by each again with the large budget. */
const QUICK_TERMS = 1_000;
const MAX_TERMS = 100_000;
/** A series whose largest term exceeds its sum by more than this lost too many digits to cancellation. */
const MAX_CANCELLATION = 1e6;
/** Partial sums are rescaled past this size, so that a long climb does not overflow. */
const RESCALE_AT = 1e250;
const LOG_RESCALE = Math.log(RESCALE_AT);

/** value × e^logScale */
type Scaled = { value: number; logScale: number };

/**
 * Σₖ≥k0 tₖ with t_k0 = first and tₖ₊₁ = tₖ · (a+k)(b+k) z / ((c+k)(k+1)); null when it does not
 * converge within maxTerms, a term is not finite, or cancellation ate the digits.
 */
function gaussSeries(a: number, b: number, c: number, z: number, k0: number, first: number, maxTerms: number): Scaled | null {
  // Beyond kStable every factor is positive and the ratio stays below 1 (it tends to z): only
  // there may a small term end the sum. The ratio < 1 ⇔ (1−z)k² + (c+1−z(a+b))k + c − zab > 0.
  const qa = 1 - z;
  const qb = c + 1 - z * (a + b);
  const qc = c - z * a * b;
  const disc = qb * qb - 4 * qa * qc;
  const root = disc >= 0 ? (-qb + Math.sqrt(disc)) / (2 * qa) : Number.NEGATIVE_INFINITY;
  const kStable = Math.max(root, -a, -b, -c, 0) + 1;
  // The terms cannot stop before kStable: a series that would need more than its budget to get
  // there fails at once instead of summing them all first (a fitted a of a million made every
  // customer's figures take milliseconds for nothing).
  if (kStable - k0 > maxTerms) return null;
  let term = first;
  let sum = first;
  let maxAbs = Math.abs(first);
  let logScale = 0;
  for (let k = k0; k < k0 + maxTerms; k++) {
    const ratio = ((a + k) * (b + k) * z) / ((c + k) * (k + 1));
    term *= ratio;
    sum += term;
    if (!Number.isFinite(sum) || !Number.isFinite(term)) return null;
    const abs = Math.abs(term);
    if (abs > maxAbs) maxAbs = abs;
    if (Math.abs(sum) > RESCALE_AT || maxAbs > RESCALE_AT) {
      term /= RESCALE_AT;
      sum /= RESCALE_AT;
      maxAbs /= RESCALE_AT;
      logScale += LOG_RESCALE;
    }
    if (k + 1 >= kStable && ratio < 1) {
      const rest = (abs * ratio) / (1 - Math.max(ratio, z));
      if (rest <= EPS * Math.abs(sum)) {
        if (maxAbs > MAX_CANCELLATION * Math.abs(sum)) return null;
        return { value: sum, logScale };
      }
    }
    // A terminating series (a or b a negative whole number): the sum is exact.
    if (term === 0) return maxAbs > MAX_CANCELLATION * Math.abs(sum) ? null : { value: sum, logScale };
  }
  return null;
}

const isPole = (c: number) => c <= 0 && Number.isInteger(c);

function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function plain(a: number, b: number, c: number, z: number, maxTerms: number): number | null {
  const s = gaussSeries(a, b, c, z, 0, 1, maxTerms);
  return s === null ? null : finite(s.value * Math.exp(s.logScale));
}

function euler(a: number, b: number, c: number, z: number, maxTerms: number): number | null {
  const s = gaussSeries(c - a, c - b, c, z, 0, 1, maxTerms);
  if (s === null) return null;
  if (s.value === 0) return 0;
  // The factor and the sum can be huge and tiny at once: multiply them as logarithms.
  const log = (c - a - b) * Math.log1p(-z) + s.logScale + Math.log(Math.abs(s.value));
  return finite(Math.sign(s.value) * Math.exp(log));
}

/**
 * ₂F₁(a, b; c; z) for 0 ≤ z < 1 and c not 0, −1, −2, …; null where it cannot be computed.
 * The plain series is tried first (so when both forms would do, the untransformed one is used),
 * then Euler's form, each with 1,000 terms, then each again with 100,000.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number | null {
  if (![a, b, c, z].every(Number.isFinite) || !(z >= 0 && z < 1) || isPole(c)) return null;
  if (z === 0 || a === 0 || b === 0) return 1;
  for (const terms of [QUICK_TERMS, MAX_TERMS]) {
    const value = plain(a, b, c, z, terms) ?? euler(a, b, c, z, terms);
    if (value !== null) return value;
  }
  return null;
}

/**
 * (₂F₁(a, b; c; z) − 1) / b, also at b = 0 (its limit): Σₖ≥₁ (a)ₖ (b+1)ₖ₋₁ zᵏ / ((c)ₖ k!).
 * The expected-purchases formula divides by a − 1, which is this function's b: written so, it
 * has no 0/0 when a fitted a is 1, and no cancellation near it.
 */
export function hyp2f1Slope(a: number, b: number, c: number, z: number): number | null {
  if (![a, b, c, z].every(Number.isFinite) || !(z >= 0 && z < 1) || isPole(c)) return null;
  if (z === 0 || a === 0) return 0;
  const s = gaussSeries(a, b, c, z, 1, (a * z) / c, MAX_TERMS);
  return s === null ? null : finite(s.value * Math.exp(s.logScale));
}
