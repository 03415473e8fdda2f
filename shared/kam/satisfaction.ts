// NPS and CSAT (seed 001). Decisions:
// - NPS = % promoters (9–10) − % detractors (0–6) over every NPS answer (not one per customer),
//   rounded to one decimal; CSAT = % of CSAT answers scoring 4 or 5.
// - The overall, per-class and per-customer figures count the answers of the last 12 months up to
//   today (`window`); "over time" shows each month of the last 24 up to today's month that is
//   not before the first answer.
// - The class of a customer is its ABC class in the newest stored run; 'none' when it is in no run.
import { addMonths, type Day } from '../domain/calendar';
import type { AbcClass } from '../analysis/result-types';
import { periodLabel, periodOf } from '../analysis/periods';
import type { SurveyKind } from './kam-types';
import type { CsatSummary, NpsReport, NpsSummary } from './kpi-types';

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

export const SCORE_RANGE: Record<SurveyKind, { min: number; max: number }> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
};

export function npsCategory(score: number): NpsCategory {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function npsSummary(scores: readonly number[]): NpsSummary {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const s of scores) {
    const c = npsCategory(s);
    if (c === 'promoter') promoters++;
    else if (c === 'passive') passives++;
    else detractors++;
  }
  const answers = scores.length;
  return {
    answers,
    promoters,
    passives,
    detractors,
    nps: answers === 0 ? null : round1(((promoters - detractors) / answers) * 100),
  };
}

export function csatSummary(scores: readonly number[]): CsatSummary {
  const satisfied = scores.filter((s) => s >= 4).length;
  return { answers: scores.length, satisfied, csat: scores.length === 0 ? null : round1((satisfied / scores.length) * 100) };
}

export type AnswerFact = { customerId: number; kind: SurveyKind; day: Day; score: number };
export type CustomerFact = { id: number; code: string; name: string | null; abc: AbcClass | null };

/** The last 12 months up to `today`: (today − 12 months, today]. */
export function twelveMonthsTo(today: Day): { from: Day; to: Day } {
  return { from: addMonths(today, -12) + 1, to: today };
}

const OVER_TIME_MONTHS = 24;

/** `answers` of every customer in `customers` (others are ignored), any order. */
export function npsReport(answers: readonly AnswerFact[], customers: readonly CustomerFact[], today: Day): NpsReport {
  const byId = new Map(customers.map((c) => [c.id, c]));
  const window = twelveMonthsTo(today);
  const known = answers.filter((a) => byId.has(a.customerId) && a.day <= today);
  const recent = known.filter((a) => a.day >= window.from);
  const npsScores = (list: readonly AnswerFact[]) => list.filter((a) => a.kind === 'nps').map((a) => a.score);

  const classes: (AbcClass | 'none')[] = ['A', 'B', 'C', 'none'];
  const byClass = classes.map((abc) => ({
    abc,
    nps: npsSummary(npsScores(recent.filter((a) => (byId.get(a.customerId)!.abc ?? 'none') === abc))),
  }));

  const perCustomer = new Map<number, AnswerFact[]>();
  for (const a of known) {
    if (a.kind !== 'nps') continue;
    let list = perCustomer.get(a.customerId);
    if (!list) perCustomer.set(a.customerId, (list = []));
    list.push(a);
  }
  const byCustomer = [...perCustomer].map(([id, list]) => {
    const c = byId.get(id)!;
    const last = list.reduce((l, a) => (a.day >= l.day ? a : l));
    return {
      code: c.code,
      name: c.name,
      abc: c.abc,
      nps: npsSummary(list.filter((a) => a.day >= window.from).map((a) => a.score)),
      lastScore: last.score,
      lastDay: last.day,
    };
  });
  byCustomer.sort((p, q) => (p.code < q.code ? -1 : p.code > q.code ? 1 : 0));

  const overTime: NpsReport['overTime'] = [];
  if (known.length > 0) {
    const lastMonth = periodOf('month', today);
    const firstAnswerMonth = Math.min(...known.map((a) => periodOf('month', a.day)));
    const months = new Map<number, AnswerFact[]>();
    for (const a of known) {
      const m = periodOf('month', a.day);
      let list = months.get(m);
      if (!list) months.set(m, (list = []));
      list.push(a);
    }
    for (let m = Math.max(firstAnswerMonth, lastMonth - OVER_TIME_MONTHS + 1); m <= lastMonth; m++) {
      const list = months.get(m) ?? [];
      overTime.push({
        period: periodLabel('month', m),
        nps: npsSummary(npsScores(list)),
        csat: csatSummary(list.filter((a) => a.kind === 'csat').map((a) => a.score)),
      });
    }
  }

  return {
    overall: npsSummary(npsScores(recent)),
    csat: csatSummary(recent.filter((a) => a.kind === 'csat').map((a) => a.score)),
    byClass,
    byCustomer,
    overTime,
  };
}
