import { describe, expect, it } from 'vitest';
import { digamma, logBeta, logGamma, logSumExp, trigamma } from '../../shared/models/special-functions';

// Reference values from mpmath at 40 digits (loggamma, digamma, psi(1, x)).
const REFERENCE: [x: number, lnGamma: number, psi: number, psi1: number][] = [
  [1e-9, 20.723265836369195492, -1000000000.5772156633, 1.0000000000000000016e18],
  [0.001, 6.9071788853838536825, -1000.5755719318103005, 1000001.642533195869],
  [0.243, 1.3180435846996698495, -4.351093864423210616, 18.141779787095828626],
  [0.5, 0.57236494292470008707, -1.9635100260214234794, 4.9348022005446793094],
  [1, 0, -0.57721566490153286061, 1.6449340668482264365],
  [1.5, -0.12078223763524522235, 0.036489973978576520559, 0.93480220054467930942],
  [2, 0, 0.42278433509846713939, 0.64493406684822643647],
  [2.426, 0.23400811688731612227, 0.66620791496879617878, 0.50847184848025801516],
  [7.5, 7.5343642367587329552, 1.9467574842460867881, 0.14261589669670379977],
  [10, 12.801827480081469611, 2.2517525890667211076, 0.10516633568168574612],
  [33.3, 82.603723581654952928, 3.4904672385202428639, 0.030485444095338885149],
  [1000.25, 5906.947268271117177, 6.9075052894144282581, 0.001000249979119793514],
  [1e7, 151180949.36947391394, 16.118095600958318955, 1.0000000500000016667e-7],
];

/** |got − want| within rel × |want|, or within abs where want is 0. */
function close(got: number, want: number, rel: number, abs = rel) {
  expect(Math.abs(got - want)).toBeLessThanOrEqual(Math.max(rel * Math.abs(want), abs));
}

describe('special functions', () => {
  it('log-gamma matches mpmath to 1e-14 relative (1e-14 absolute near its zeros at 1 and 2)', () => {
    for (const [x, want] of REFERENCE) close(logGamma(x), want, 1e-14);
    // ln Γ(n) = ln (n − 1)!
    close(logGamma(21), Math.log(2432902008176640000), 1e-15);
  });

  it('digamma and trigamma match mpmath to 1e-13 relative', () => {
    for (const [x, , psi, psi1] of REFERENCE) {
      close(digamma(x), psi, 1e-13);
      close(trigamma(x), psi1, 1e-13);
    }
  });

  it('log-beta is ln Γ(a) + ln Γ(b) − ln Γ(a + b): B(2, 3) = 1/12, B(0.5, 0.5) = π', () => {
    close(logBeta(2, 3), Math.log(1 / 12), 1e-14);
    close(logBeta(0.5, 0.5), Math.log(Math.PI), 1e-14);
  });

  it('log-sum-exp neither overflows nor underflows, and −∞ is an absent term', () => {
    expect(logSumExp(1000, 1000)).toBeCloseTo(1000 + Math.log(2), 12);
    expect(logSumExp(-1000, -1000)).toBeCloseTo(-1000 + Math.log(2), 12);
    expect(logSumExp(-Infinity, 3)).toBe(3);
    expect(logSumExp(5, -Infinity)).toBe(5);
    close(logSumExp(Math.log(2), Math.log(3)), Math.log(5), 1e-15);
  });
});
