// The health-score weights a user may edit: every factor, each a number from 0 to 100. Stored
// weights are read over the defaults, so a factor added later starts at its default.
import { apiError, fromApiError, type ApiError } from '../api/errors';
import { DEFAULT_HEALTH_WEIGHTS, HEALTH_FACTORS, type HealthWeights } from './kpi-types';

/** Problems with the weights, each a message (code and parameters); empty when valid. */
export function healthWeightProblems(weights: unknown): ApiError[] {
  const problem = (e: ApiError): ApiError => ({ type: e.type, code: e.code, params: e.params });
  if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) return [problem(apiError('kam/bad-weights'))];
  const w = weights as Record<string, unknown>;
  const problems: ApiError[] = [];
  for (const factor of HEALTH_FACTORS) {
    const v = w[factor];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > 100)
      problems.push(problem(apiError('kam/bad-weight', { factor, value: typeof v === 'number' ? v : String(v).slice(0, 40) })));
  }
  for (const key of Object.keys(w)) if (!(HEALTH_FACTORS as string[]).includes(key)) problems.push(problem(apiError('kam/unknown-factor', { factor: key.slice(0, 80) })));
  return problems;
}

/** The weights, or the first problem with them as a `bad-option` error. */
export function validateHealthWeights(weights: unknown): HealthWeights {
  const [first] = healthWeightProblems(weights);
  if (first) throw fromApiError(first);
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
