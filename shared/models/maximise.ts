// Maximum likelihood over log-parameters: Newton's method on the exact Hessian (its diagonal
// shifted where it is not negative definite, with a backtracking line search) from several starts, and SPEC's test that the best point found is a maximum:
// no log-parameter beyond ±20, the Hessian negative definite, a full Newton step from it gaining
// less than 1e-9 × |ln L|, and the gradient near zero.
import { cholesky, choleskySolve } from './small-matrix';

/** ln L at θ, with its gradient and Hessian (row by row) when asked for. */
export type Objective = (theta: Float64Array, derivatives: boolean) => Evaluation;
export type Evaluation = { value: number; gradient: Float64Array; hessian: Float64Array };

/** Why the best point found is not accepted as the maximum. */
export type NoMaximum =
  | 'not-finite' // ln L is not finite at any start
  | 'parameter-unbounded' // a log-parameter beyond ±20: a parameter running off to 0 or ∞
  | 'not-negative-definite' // the Hessian is not negative definite there
  | 'not-converged'; // a Newton step still gains ≥ 1e-9 |ln L|, or the gradient is not near zero

export type Maximum =
  | { found: true; theta: Float64Array; value: number; gradient: Float64Array; hessian: Float64Array; starts: number }
  | { found: false; reason: NoMaximum; theta: Float64Array | null; value: number | null };

export const LOG_PARAMETER_LIMIT = 20;
export const NEWTON_GAIN_LIMIT = 1e-9;
export const GRADIENT_LIMIT = 1e-6;
/** A start is abandoned beyond this size: its parameter is running away. */
const RUNAWAY = 25;
/** The largest change of a log-parameter in one step (a factor of e² on the parameter). */
const MAX_STEP = 2;
/** How far a step off Newton's region may be stretched while ln L rises. */
const MAX_EXPANSION = 8;
const MAX_ITERATIONS = 200;
/** This many steps in a row gaining less than FLAT_GAIN × |ln L| end a start. */
const FLAT_STEPS = 5;
const FLAT_GAIN = 1e-10;
/** A Newton step promising less than this × |ln L| ends a start. */
const STOP_GAIN = 1e-13;
/** Two log-parameter points closer than this in every coordinate are the same point. */
const SAME_POINT = 1e-6;

type Point = { theta: Float64Array; at: Evaluation };

function climb(objective: Objective, start: Float64Array): Point | null {
  const n = start.length;
  let theta: Float64Array = Float64Array.from(start);
  let at = objective(theta, true);
  if (!Number.isFinite(at.value)) return null;
  let flatSteps = 0;
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    if (theta.some((t) => Math.abs(t) > RUNAWAY)) break;
    // Newton's direction; where the Hessian is not negative definite, the smallest shift of
    // its diagonal (doubling) that makes it so: a step between Newton's and the gradient's.
    let shift = 0;
    let l: Float64Array | null = null;
    const scale = Math.max(1e-10, ...Array.from({ length: n }, (_, i) => Math.abs(at.hessian[i * n + i]!)));
    for (let tries = 0; l === null && tries < 80; tries++) {
      const system = at.hessian.map((h) => -h);
      for (let i = 0; i < n; i++) system[i * n + i] += shift;
      l = cholesky(system, n);
      if (l === null) shift = shift === 0 ? 1e-3 * scale : shift * 2;
    }
    if (l === null) break;
    const step = choleskySolve(l, n, at.gradient);
    const largest = Math.max(...step.map(Math.abs));
    if (!Number.isFinite(largest)) break;
    if (largest > MAX_STEP) for (let i = 0; i < n; i++) step[i] *= MAX_STEP / largest;
    // Backtracking until ln L rises by at least a little of what the slope promises (Armijo).
    const slope = step.reduce((sum, d, i) => sum + d * at.gradient[i]!, 0);
    // A Newton step promises slope / 2: below the stop, ln L's rounding would only add noise.
    if (shift === 0 && largest <= MAX_STEP && slope / 2 <= STOP_GAIN * Math.abs(at.value)) break;
    let size = 1;
    let next: Float64Array | null = null;
    let value = at.value;
    for (let halvings = 0; halvings < 40; halvings++, size /= 2) {
      const trial = theta.map((t, i) => t + size * step[i]!);
      value = objective(trial, false).value;
      if (Number.isFinite(value) && value >= at.value + 1e-4 * size * slope) {
        next = trial;
        break;
      }
    }
    if (next === null) break;
    // Off Newton's region a whole step that succeeds may be timid: along a ridge running to a
    // parameter's 0 or ∞ it would crawl. Double it while ln L keeps rising.
    if (shift > 0 && size === 1) {
      const stepLength = Math.min(largest, MAX_STEP);
      for (let grow = 2; grow * stepLength <= MAX_EXPANSION; grow *= 2) {
        const trial = theta.map((t, i) => t + grow * step[i]!);
        const grown = objective(trial, false).value;
        if (!(Number.isFinite(grown) && grown > value)) break;
        next = trial;
        value = grown;
      }
    }
    // Crawling along a ridge towards a parameter's 0 or ∞ gains ever less: stop, and let the
    // check say that this is no maximum.
    flatSteps = value - at.value < FLAT_GAIN * Math.abs(at.value) ? flatSteps + 1 : 0;
    if (flatSteps >= FLAT_STEPS) break;
    theta = next;
    at = objective(theta, true);
  }
  return { theta, at };
}

/**
 * A likelihood's gradient and Hessian in its natural parameters, turned into the log-parameters
 * θᵢ = ln pᵢ the maximiser works in: ∂/∂θᵢ = pᵢ ∂/∂pᵢ, ∂²/∂θᵢ∂θⱼ = pᵢpⱼ ∂²/∂pᵢ∂pⱼ + [i = j] pᵢ ∂/∂pᵢ.
 */
export function inLogParameters(parameters: readonly number[], gradient: readonly number[], hessian: readonly number[]): Omit<Evaluation, 'value'> {
  const n = parameters.length;
  const g = new Float64Array(n);
  const h = new Float64Array(n * n);
  for (let i = 0; i < n; i++) g[i] = parameters[i]! * gradient[i]!;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) h[i * n + j] = parameters[i]! * parameters[j]! * hessian[i * n + j]! + (i === j ? g[i]! : 0);
  return { gradient: g, hessian: h };
}

/**
 * The best of the starts, checked as SPEC says. With `sample` (the likelihood of a systematic
 * sample of the data, weighted up to its size), each start climbs on the sample, the points
 * reached are ranked by the full likelihood, and the best climbs on to the full likelihood's
 * maximum: a large workspace's starts cost a fraction of their climbs on all of it.
 */
export function maximise(objective: Objective, starts: readonly Float64Array[], sample: Objective | null = null): Maximum {
  let best: Point | null = null;
  for (const start of starts) {
    let point = climb(sample ?? objective, start);
    if (point !== null && sample !== null) {
      // A start that reached the best point so far (they mostly do) needs no full evaluation.
      const theta = point.theta;
      if (best !== null && theta.every((t, i) => Math.abs(t - best!.theta[i]!) < SAME_POINT)) continue;
      const at = objective(theta, false);
      point = Number.isFinite(at.value) ? { theta, at } : null;
    }
    // A tie keeps the earlier start.
    if (point !== null && (best === null || point.at.value > best.at.value)) best = point;
  }
  if (best !== null && sample !== null) best = climb(objective, best.theta);
  if (best === null) return { found: false, reason: 'not-finite', theta: null, value: null };
  const reason = checkMaximum(objective, best);
  if (reason !== null) return { found: false, reason, theta: best.theta, value: best.at.value };
  const { theta, at } = best;
  return { found: true, theta, value: at.value, gradient: at.gradient, hessian: at.hessian, starts: starts.length };
}

function checkMaximum(objective: Objective, { theta, at }: Point): NoMaximum | null {
  const n = theta.length;
  if (theta.some((t) => Math.abs(t) > LOG_PARAMETER_LIMIT)) return 'parameter-unbounded';
  const l = cholesky(at.hessian.map((h) => -h), n);
  if (l === null) return 'not-negative-definite';
  const step = choleskySolve(l, n, at.gradient);
  const after = objective(theta.map((t, i) => t + step[i]!), false).value;
  const size = Math.abs(at.value);
  if (!Number.isFinite(after) || after - at.value >= NEWTON_GAIN_LIMIT * size) return 'not-converged';
  if (at.gradient.some((g) => !(Math.abs(g) <= GRADIENT_LIMIT * Math.max(1, size)))) return 'not-converged';
  return null;
}
