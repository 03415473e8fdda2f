import { describe, expect, it } from 'vitest';
import { hyp2f1, hyp2f1Slope } from '../../shared/models/hypergeometric';

const close = (got: number | null, want: number, rel: number) => {
  expect(got).not.toBeNull();
  expect(Math.abs(got! - want)).toBeLessThanOrEqual(rel * Math.abs(want));
};

describe('₂F₁(a, b; c; z)', () => {
  it('matches closed forms: −ln(1−z)/z and arcsin(√z)/√z', () => {
    close(hyp2f1(1, 1, 2, 0.5), 2 * Math.log(2), 1e-14);
    close(hyp2f1(0.5, 0.5, 1.5, 0.25), Math.asin(0.5) / 0.5, 1e-14);
  });

  // Reference values from mpmath (hyp2f1 at 50 digits).
  it.each([
    ['BG/NBD-like parameters', 2.243, 4.426, 4.219, 0.5, 5.1616939013836138],
    ['a negative parameter, z = 0.9', -0.3, 0.5, 1.2, 0.9, 0.8398819780114713],
    ['an alternating series', 2.5, -1.5, 0.5, 0.7, -1.2415044636783765],
    ['c negative, not a whole number', 0.8, 1.3, -2.5, 0.4, -4.3047893762783666],
    ['z = 0.95', 1.5, 2.0, 3.5, 0.95, 6.5711770307643786],
    ['z = 0.999: tens of thousands of terms', 0.5, 0.5, 1, 0.999, 3.0819607086988163],
  ])('matches mpmath: %s', (_, a, b, c, z, want) => {
    close(hyp2f1(a, b, c, z), want, 1e-11);
  });

  it("takes Euler's form where the plain series is slow: a, b ≈ 500, z = 0.6", () => {
    // The plain series' terms grow until k ≈ 750 and it needs about 1,140 terms, more than the
    // 1,000 quick ones; (1 − z)^(c−a−b) ₂F₁(c−a, c−b; c; z) = 0.4^−499.4 · ₂F₁(3, 0.8; 503.2; 0.6)
    // converges in a few dozen.
    close(hyp2f1(500.2, 502.4, 503.2, 0.6), 5.4011558457584486e198, 1e-11);
  });

  it('is null, never ∞ or NaN, where it cannot be computed', () => {
    // The value is about 4e1193, beyond a double.
    expect(hyp2f1(3000.2, 3002.4, 3003.2, 0.6)).toBeNull();
    // z so close to 1 that neither form converges within 100,000 terms.
    expect(hyp2f1(0.5, 0.5, 1, 0.99999999)).toBeNull();
    // c = 0, −1, −2, … is a pole; z outside [0, 1) is not served.
    expect(hyp2f1(1, 1, -2, 0.5)).toBeNull();
    expect(hyp2f1(1, 1, 2, 1)).toBeNull();
    expect(hyp2f1(1, 1, 2, -0.5)).toBeNull();
    expect(hyp2f1(Number.NaN, 1, 2, 0.5)).toBeNull();
  });

  it('is 1 at z = 0, or with a or b = 0, and a polynomial when a is a negative whole number', () => {
    expect(hyp2f1(3, 4, 5, 0)).toBe(1);
    expect(hyp2f1(0, 4, 5, 0.7)).toBe(1);
    // ₂F₁(−2, b; c; z) = 1 − 2bz/c + b(b+1)z²/(c(c+1))
    close(hyp2f1(-2, 3, 4, 0.5), 1 - (2 * 3 * 0.5) / 4 + (3 * 4 * 0.25) / (4 * 5), 1e-15);
  });
});

describe('(₂F₁(a, b; c; z) − 1) / b', () => {
  it('is the derivative in b at b = 0 (mpmath), with no 0/0', () => {
    close(hyp2f1Slope(2, 0, 3.2, 0.6), 0.49547798932741078, 1e-12);
  });

  it('equals (₂F₁ − 1) / b elsewhere (mpmath)', () => {
    close(hyp2f1Slope(1.5, -0.4, 2.7, 0.55), 0.35024342424202017, 1e-12);
    const f = hyp2f1(1.5, -0.4, 2.7, 0.55)!;
    close(hyp2f1Slope(1.5, -0.4, 2.7, 0.55), (f - 1) / -0.4, 1e-12);
  });
});

describe('a series that cannot end within its budget', () => {
  it('is null at once when its terms keep growing past 100,000 (b in the millions): the caller tries another form', () => {
    // The terms grow until k ≈ b·z/(1 − z) = 3.3 million: no 100,000-term sum can end.
    expect(hyp2f1Slope(1.9e7, 3.3e6, 1.9e7, 0.5)).toBeNull();
    // The same customer's untransformed series ends within a few dozen terms.
    expect(hyp2f1(2.5, 1.56e7, 1.9e7, 0.5)).not.toBeNull();
  });
});
