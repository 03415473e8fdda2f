// Analysis parameters (SPEC "Analysis run"): defaults, the "classic" XYZ preset, validation.
import { legacyError } from '../api/errors';

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
};

/** The textbook thresholds for very regular demand (SPEC: preset "classic"). */
export const CLASSIC_XYZ = { x: 0.1, y: 0.25 } as const;

export const PERIODS: PeriodKind[] = ['month', 'week', 'quarter'];
export const BASES: Basis[] = ['revenue', 'margin', 'quantity', 'orders'];
export const XYZ_MEASURES: XyzMeasure[] = ['revenue', 'quantity', 'orders'];

/** Problems with the parameters, each a sentence a user can act on; empty when valid. */
export function paramProblems(p: AnalysisParams): string[] {
  const problems: string[] = [];
  const finite = (v: number) => typeof v === 'number' && Number.isFinite(v);
  if (!PERIODS.includes(p.period)) problems.push(`Período inválido "${p.period}": use month, week ou quarter.`);
  if (!BASES.includes(p.basis)) problems.push(`Base inválida "${p.basis}": use revenue, margin, quantity ou orders.`);
  if (!XYZ_MEASURES.includes(p.xyzMeasure))
    problems.push(`Medida XYZ inválida "${p.xyzMeasure}": use revenue, quantity ou orders.`);
  if (!finite(p.a) || !finite(p.b) || !(p.a > 0 && p.a < p.b && p.b <= 100))
    problems.push(`Limites ABC inválidos (A = ${p.a}, B = ${p.b}): é preciso 0 < A < B ≤ 100.`);
  if (!finite(p.x) || !finite(p.y) || !(p.x > 0 && p.x < p.y))
    problems.push(`Limites XYZ inválidos (X = ${p.x}, Y = ${p.y}): é preciso 0 < X < Y.`);
  if (!Number.isInteger(p.minPeriods) || p.minPeriods < 2 || p.minPeriods > 520)
    problems.push(`Histórico mínimo inválido (${p.minPeriods}): use um número inteiro de 2 a 520 períodos.`);
  if (!Number.isInteger(p.inactiveDays) || p.inactiveDays < 1)
    problems.push(`Dias para inativo inválidos (${p.inactiveDays}): use um número inteiro positivo.`);
  if (!Number.isInteger(p.lostDays) || !(p.lostDays > p.inactiveDays))
    problems.push(`Dias para perdido inválidos (${p.lostDays}): precisam ser mais que os dias para inativo (${p.inactiveDays}).`);
  return problems;
}

export function validateParams(p: AnalysisParams): AnalysisParams {
  const problems = paramProblems(p);
  if (problems.length > 0) throw legacyError('bad-option', problems.join(' '));
  return p;
}

/** Canonical text of the parameters: two runs with the same key are comparable. */
export function paramsKey(p: AnalysisParams): string {
  return [p.period, p.basis, p.a, p.b, p.xyzMeasure, p.x, p.y, p.minPeriods, p.inactiveDays, p.lostDays].join('|');
}
