// The parameters form as the user types it (text, in the user's decimal notation) and the
// AnalysisParams it stands for. Unreadable numbers are reported by field; everything else is
// judged by the engine's own rules (shared/analysis/params.ts `paramProblems`).
import type { RunRequest } from '../../../shared/api/analysis-api';
import type { AnalysisParams, Basis, PeriodKind, XyzMeasure } from '../../../shared/analysis/params';
import { dayOfIso, isoOfDay, type Day } from '../../../shared/domain/calendar';
import { isDayProblem, readDayText, type DayProblem } from '../../components/day-text';
import type { UiLocale } from '../../i18n/locales';

export const NUMBER_FIELDS = ['a', 'b', 'x', 'y', 'minPeriods', 'inactiveDays', 'lostDays', 'discount'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];
export type FormField = NumberField | 'from' | 'to';

export type ParamsForm = {
  /** The window's days as the user reads them (`31/12/2025` in pt-BR); '' = the default window. */
  from: string;
  to: string;
  period: PeriodKind;
  basis: Basis;
  xyzMeasure: XyzMeasure;
} & Record<NumberField, string>;

/** A number as the form shows it: the locale's decimal separator, thresholds with two decimals. */
export function numberText(n: number, decimal: ',' | '.', twoDecimals = false): string {
  const text = twoDecimals && Math.abs(n * 100 - Math.round(n * 100)) < 1e-9 ? n.toFixed(2) : String(n);
  return decimal === ',' ? text.replace('.', ',') : text;
}

/** Reads `0,25`, `0.25`, ` 80 `; anything else (empty, letters, `1.000,5`) is NaN. */
export function readNumber(text: string): number {
  const t = text.trim().replace(/\s/g, '');
  if (!/^-?\d+([.,]\d+)?$/.test(t)) return Number.NaN;
  return Number(t.replace(',', '.'));
}

/** How the form writes and reads numbers and days in the user's language. */
export type FormNotation = { decimal: ',' | '.'; dayText(day: Day): string };

export function formOf(params: AnalysisParams, window: { from: string; to: string } | null, notation: FormNotation): ParamsForm {
  const day = (iso: string | undefined) => {
    const d = iso === undefined ? null : dayOfIso(iso);
    return d === null ? '' : notation.dayText(d);
  };
  const decimal = notation.decimal;
  return {
    from: day(window?.from),
    to: day(window?.to),
    period: params.period,
    basis: params.basis,
    xyzMeasure: params.xyzMeasure,
    a: numberText(params.a, decimal),
    b: numberText(params.b, decimal),
    x: numberText(params.x, decimal, true),
    y: numberText(params.y, decimal, true),
    minPeriods: String(params.minPeriods),
    inactiveDays: String(params.inactiveDays),
    lostDays: String(params.lostDays),
    // The monthly discount is typed in percent: 1 is 1 % a month.
    discount: numberText(Math.round(params.discount * 100 * 1e6) / 1e6, decimal),
  };
}

export type ReadForm = {
  params: AnalysisParams;
  from: Day | null;
  to: Day | null;
  unreadable: FormField[];
  /** Why a window day is not one (components/day-text.ts). */
  dayProblems: Partial<Record<'from' | 'to', DayProblem>>;
};

/** The form's values; `from`/`to` null when left empty (the engine's default window). */
export function readForm(form: ParamsForm, locale: UiLocale): ReadForm {
  const unreadable: FormField[] = NUMBER_FIELDS.filter((f) => Number.isNaN(readNumber(form[f])));
  const dayProblems: ReadForm['dayProblems'] = {};
  const day = (field: 'from' | 'to') => {
    const r = readDayText(form[field], locale);
    if (r === null) return null;
    if (isDayProblem(r)) {
      unreadable.unshift(field);
      dayProblems[field] = r;
      return null;
    }
    return r.day;
  };
  const to = day('to');
  const from = day('from');
  const n = (f: NumberField) => readNumber(form[f]);
  return {
    from,
    to,
    params: {
      period: form.period,
      basis: form.basis,
      xyzMeasure: form.xyzMeasure,
      a: n('a'),
      b: n('b'),
      x: n('x'),
      y: n('y'),
      minPeriods: n('minPeriods'),
      inactiveDays: n('inactiveDays'),
      lostDays: n('lostDays'),
      discount: n('discount') / 100,
    },
    unreadable,
    dayProblems,
  };
}

export function runRequest({ params, from, to }: ReadForm): RunRequest {
  return { from: from === null ? undefined : isoOfDay(from), to: to === null ? undefined : isoOfDay(to), params };
}
