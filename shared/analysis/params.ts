// Analysis parameters (SPEC "Analysis run"): defaults, the "classic" XYZ preset, validation.
import { fromApiError, type ApiError } from '../api/errors';
import type { ErrorCode, ErrorParamsOf } from '../messages/error-catalogue';
import type { MessageParams } from '../messages/wording';
import { DEFAULT_MONTHLY_DISCOUNT } from '../models';

export type PeriodKind = 'month' | 'week' | 'quarter';
export type Basis = 'revenue' | 'margin' | 'quantity' | 'orders';
export type XyzMeasure = 'revenue' | 'quantity' | 'orders';

export type AnalysisParams = {
  period: PeriodKind;
  basis: Basis;
  /** Cumulative thresholds in percent (A = 80 means "until 80 % of the total"). */
  a: number;
  b: number;
  xyzMeasure: XyzMeasure;
  /** Coefficient-of-variation thresholds: X if CV ≤ x, Y if CV ≤ y, else Z. */
  x: number;
  y: number;
  minPeriods: number;
  inactiveDays: number;
  lostDays: number;
  /** Monthly discount rate of the predicted revenue and CLV (0.01 = 1 % a month). */
  discount: number;
};

export const DEFAULT_PARAMS: AnalysisParams = {
  period: 'month',
  basis: 'revenue',
  a: 80,
  b: 95,
  xyzMeasure: 'revenue',
  x: 0.5,
  y: 1.0,
  minPeriods: 3,
  inactiveDays: 180,
  lostDays: 365,
  discount: DEFAULT_MONTHLY_DISCOUNT,
};

/** A monthly discount rate at or above this is refused: 1 would halve next month's revenue (0.01 is 1 %). */
export const MAX_DISCOUNT = 1;

/** The textbook thresholds for very regular demand (SPEC: preset "classic"). */
export const CLASSIC_XYZ = { x: 0.1, y: 0.25 } as const;

export const PERIODS: PeriodKind[] = ['month', 'week', 'quarter'];
export const BASES: Basis[] = ['revenue', 'margin', 'quantity', 'orders'];
export const XYZ_MEASURES: XyzMeasure[] = ['revenue', 'quantity', 'orders'];

/** A problem with the parameters: a message code of the analysis catalogue, and the fields it is about. */
export type ParamProblem = ApiError & { fields: (keyof AnalysisParams)[] };

function problem<C extends ErrorCode>(code: C, params: ErrorParamsOf<C>, fields: (keyof AnalysisParams)[]): ParamProblem {
  return { type: 'bad-option', code, params: params as MessageParams, fields };
}

/** Problems with the parameters, each a message a user can act on; empty when valid. */
export function paramProblems(p: AnalysisParams): ParamProblem[] {
  const problems: ParamProblem[] = [];
  const finite = (v: number) => typeof v === 'number' && Number.isFinite(v);
  if (!PERIODS.includes(p.period)) problems.push(problem('analysis/bad-period', { value: String(p.period) }, ['period']));
  if (!BASES.includes(p.basis)) problems.push(problem('analysis/bad-basis', { value: String(p.basis) }, ['basis']));
  if (!XYZ_MEASURES.includes(p.xyzMeasure))
    problems.push(problem('analysis/bad-xyz-measure', { value: String(p.xyzMeasure) }, ['xyzMeasure']));
  if (!finite(p.a) || !finite(p.b) || !(p.a > 0 && p.a < p.b && p.b <= 100))
    problems.push(problem('analysis/bad-abc-limits', { a: p.a, b: p.b }, ['a', 'b']));
  if (!finite(p.x) || !finite(p.y) || !(p.x > 0 && p.x < p.y))
    problems.push(problem('analysis/bad-xyz-limits', { x: p.x, y: p.y }, ['x', 'y']));
  if (!Number.isInteger(p.minPeriods) || p.minPeriods < 2 || p.minPeriods > 520)
    problems.push(problem('analysis/bad-min-periods', { value: p.minPeriods }, ['minPeriods']));
  if (!Number.isInteger(p.inactiveDays) || p.inactiveDays < 1)
    problems.push(problem('analysis/bad-inactive-days', { value: p.inactiveDays }, ['inactiveDays']));
  if (!Number.isInteger(p.lostDays) || !(p.lostDays > p.inactiveDays))
    problems.push(problem('analysis/bad-lost-days', { value: p.lostDays, inactive: p.inactiveDays }, ['lostDays', 'inactiveDays']));
  if (!finite(p.discount) || p.discount < 0 || p.discount >= MAX_DISCOUNT)
    problems.push(problem('analysis/bad-discount', { value: String(p.discount) }, ['discount']));
  return problems;
}

/** The parameters, or the first problem with them as a `bad-option` error. */
export function validateParams(p: AnalysisParams): AnalysisParams {
  const [first] = paramProblems(p);
  if (first) throw fromApiError(first);
  return p;
}

/** The parameters SPEC gives when the user gives none (the window aside). */
export function areDefaultParams(p: AnalysisParams): boolean {
  return paramsKey(p) === paramsKey(DEFAULT_PARAMS) && p.discount === DEFAULT_PARAMS.discount;
}

/**
 * Canonical text of the parameters that decide the classes: two runs with the same key are
 * comparable ("dropped class", migration). The discount changes no class: it is not in the key.
 */
export function paramsKey(p: AnalysisParams): string {
  return [p.period, p.basis, p.a, p.b, p.xyzMeasure, p.x, p.y, p.minPeriods, p.inactiveDays, p.lostDays].join('|');
}
