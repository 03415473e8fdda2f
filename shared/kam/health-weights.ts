// The health-score weights a user may edit: every factor, each a number from 0 to 100. Stored
// weights are read over the defaults, so a factor added later starts at its default.
import { apiError, type TypedError } from '../api/errors';
import { DEFAULT_HEALTH_WEIGHTS, HEALTH_FACTORS, type HealthWeights } from './kpi-types';

/** Problems with the weights, each a coded error naming the factor; empty when valid. */
export function healthWeightProblems(weights: unknown): TypedError[] {
  if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) return [apiError('kam/bad-health-weights')];
  const w = weights as Record<string, unknown>;
  const problems: TypedError[] = [];
  for (const factor of HEALTH_FACTORS) {
    const v = w[factor];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100) problems.push(apiError('kam/bad-health-weight', { factor, value: String(v) }));
  }
  for (const key of Object.keys(w)) if (!(HEALTH_FACTORS as string[]).includes(key)) problems.push(apiError('kam/unknown-health-factor', { factor: key }));
  return problems;
}

/** The weights, or the first problem with them. */
export function validateHealthWeights(weights: unknown): HealthWeights {
  const [first] = healthWeightProblems(weights);
  if (first) throw first;
  const w = weights as HealthWeights;
  return Object.fromEntries(HEALTH_FACTORS.map((f) => [f, w[f]])) as HealthWeights;
}

/** Stored weights over the defaults; anything unreadable falls back to the default. */
export function withDefaultWeights(stored: unknown): HealthWeights {
  const out: HealthWeights = { ...DEFAULT_HEALTH_WEIGHTS };
  if (typeof stored !== 'object' || stored === null) return out;
  for (const f of HEALTH_FACTORS) {
    const v = (stored as Record<string, unknown>)[f];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100) out[f] = v;
  }
  return out;
}
