// Customers drawn from BG/NBD and Gamma-Gamma with chosen parameters, so that a fit can be
// checked against the truth. Each customer: λ ~ Gamma(r, rate α) purchases a week, a dropout
// probability π ~ Beta(a, b) taken after each repeat purchase; spend per purchase ~
// Gamma(p, rate ν) with ν ~ Gamma(q, rate v) (major units). Purchases land on whole days.
import type { Day } from '../../shared/domain/calendar';
import type { CustomerSummary, Order } from '../../shared/models/customer-summary';
import { seededRandom } from '../../shared/sample/generate-sales';

export type Truth = { r: number; alpha: number; a: number; b: number; p: number; q: number; v: number };

export type Population = {
  truth: Truth;
  customers: number;
  seed: number;
  /** First purchase days are drawn evenly from this range. */
  firstFrom: Day;
  firstTo: Day;
  /** Purchases are drawn up to this day (past the reference date, for a backtest). */
  until: Day;
};

export type Sampler = { uniform(): number; gamma(shape: number, rate: number): number; beta(a: number, b: number): number };

export function sampler(seed: number): Sampler {
  const uniform = seededRandom(seed);
  const open = () => {
    let u = uniform();
    while (u === 0) u = uniform();
    return u;
  };
  const normal = () => Math.sqrt(-2 * Math.log(open())) * Math.cos(2 * Math.PI * uniform());
  // Marsaglia and Tsang; a shape below 1 through Gamma(k) = Gamma(k + 1) · U^(1/k).
  const standardGamma = (k: number): number => {
    if (k < 1) return standardGamma(k + 1) * Math.pow(open(), 1 / k);
    const d = k - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const z = normal();
      const v = Math.pow(1 + c * z, 3);
      if (v <= 0) continue;
      if (Math.log(open()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  return {
    uniform,
    gamma: (shape, rate) => standardGamma(shape) / rate,
    beta: (a, b) => {
      const x = standardGamma(a);
      return x / (x + standardGamma(b));
    },
  };
}

/** One customer's purchases: weeks after the first purchase (0 first) and the spend of each. */
function drawCustomer(draw: Sampler, truth: Truth, horizonWeeks: number): { times: number[]; spends: number[] } {
  const lambda = draw.gamma(truth.r, truth.alpha);
  const dropout = draw.beta(truth.a, truth.b);
  const nu = draw.gamma(truth.q, truth.v);
  const times = [0];
  const spends = [draw.gamma(truth.p, nu)];
  let t = 0;
  for (;;) {
    t += -Math.log(1 - draw.uniform()) / lambda;
    if (!(t <= horizonWeeks)) break;
    times.push(t);
    spends.push(draw.gamma(truth.p, nu));
    if (draw.uniform() < dropout) break;
  }
  return { times, spends };
}

/**
 * Summaries straight from the model, in continuous time (T drawn evenly between the two limits,
 * in weeks): the fit's own test, with no rounding of purchases to days.
 */
export function simulateSummaries(population: { truth: Truth; customers: number; seed: number; minT: number; maxT: number }): CustomerSummary[] {
  const draw = sampler(population.seed);
  const out: CustomerSummary[] = [];
  for (let i = 0; i < population.customers; i++) {
    const T = population.minT + draw.uniform() * (population.maxT - population.minT);
    const { times, spends } = drawCustomer(draw, population.truth, T);
    const x = times.length - 1;
    const repeatSpend = spends.slice(1).reduce((a, b) => a + b, 0);
    out.push({ x, tx: times[x]!, T, m: x > 0 ? repeatSpend / x : null });
  }
  return out;
}

/** Each customer's orders (one per purchase, in cents, on the day it falls on). */
export function simulateOrders(population: Population): Order[][] {
  const { truth, firstFrom, firstTo, until } = population;
  const draw = sampler(population.seed);
  const out: Order[][] = [];
  for (let i = 0; i < population.customers; i++) {
    const first = firstFrom + Math.floor(draw.uniform() * (firstTo - firstFrom + 1));
    const { times, spends } = drawCustomer(draw, truth, (until - first) / 7);
    out.push(times.map((t, k) => ({ day: first + Math.floor(t * 7), total: Math.max(1, Math.round(spends[k]! * 100)) })));
  }
  return out;
}
