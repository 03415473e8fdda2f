// The account health score (0–100): 100 minus what each factor takes off, each between 0 and its
// weight, every contribution returned with the figures behind it. Decisions:
// - overdue: against the customer's own purchase cycle, from the newest run (recency at its
//   reference day): 0 at recency ≤ cycle, rising linearly to the full weight at recency ≥ 3 ×
//   cycle. Without a cycle (fewer than 3 purchase days) it takes nothing off.
// - declining, dropped class: the full weight when the newest run raised the signal.
// - satisfaction: the customer's most recent answer, NPS or CSAT (NPS on the same day): NPS
//   detractor (0–6) full weight, passive (7–8) half, promoter 0; CSAT 1–2 full, 3 half, 4–5 0;
//   no answer at all: a quarter (not knowing is a small risk).
// - last contact: days from the latest logged activity to today: 0 up to 30 days, the full weight
//   at ≥ 120, linear between; never contacted: the full weight.
// - decision map: no decision maker among the people: half the weight; no sponsor: half.
// - open actions: an overdue open action: the full weight; an A customer with no open action
//   planned: half.
// - still buying: the probability that the customer still buys, P(alive), from the current
//   analysis' model: nothing at ≥ 90 %, the full weight at ≤ 30 %, linear between; without a
//   model (or a purchase) it takes nothing off.
// Points are rounded to one decimal; the score is 100 − their sum, rounded, never below 0.
import type { AbcClass } from '../analysis/result-types';
import type { Day } from '../domain/calendar';
import type { SurveyKind } from './kam-types';
import { HEALTH_FACTORS, type HealthContribution, type HealthFactor, type HealthScore, type HealthWeights } from './kpi-types';
import { npsCategory } from './satisfaction';

export type HealthInputs = {
  abc: AbcClass | null;
  recencyDays: number | null;
  cycleDays: number | null;
  declining: { recentMean: number; earlierMean: number } | null;
  droppedClass: { from: AbcClass; to: AbcClass } | null;
  latestAnswer: { kind: SurveyKind; score: number; day: Day } | null;
  /** Days since the latest activity (≥ 0), null when none was ever logged. */
  daysSinceContact: number | null;
  decisionMakers: number;
  sponsors: number;
  openActions: number;
  overdueActions: number;
  /** P(alive) in the current analysis; null without a model or a purchase. */
  pAlive: number | null;
};

export const CONTACT_GRACE_DAYS = 30;
export const CONTACT_FULL_DAYS = 120;
/** P(alive) at or above this takes nothing off; at or below ALIVE_FULL, the whole weight. */
export const ALIVE_GRACE = 0.9;
export const ALIVE_FULL = 0.3;

const round1 = (n: number) => Math.round(n * 10) / 10;
const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

/** The share of the weight each factor takes off, with its inputs. */
function fractions(i: HealthInputs): Record<HealthFactor, { fraction: number; inputs: HealthContribution['inputs'] }> {
  const overdue =
    i.recencyDays === null || i.cycleDays === null || i.cycleDays <= 0
      ? 0
      : clamp01((i.recencyDays - i.cycleDays) / (2 * i.cycleDays));
  let satisfaction = 0.25;
  let category: string | null = null;
  if (i.latestAnswer) {
    const { kind, score } = i.latestAnswer;
    if (kind === 'nps') {
      category = npsCategory(score);
      satisfaction = category === 'detractor' ? 1 : category === 'passive' ? 0.5 : 0;
    } else {
      category = score <= 2 ? 'unsatisfied' : score === 3 ? 'neutral' : 'satisfied';
      satisfaction = score <= 2 ? 1 : score === 3 ? 0.5 : 0;
    }
  }
  const contact =
    i.daysSinceContact === null
      ? 1
      : clamp01((i.daysSinceContact - CONTACT_GRACE_DAYS) / (CONTACT_FULL_DAYS - CONTACT_GRACE_DAYS));
  const noPlan = i.abc === 'A' && i.openActions === 0;
  return {
    overdue: { fraction: overdue, inputs: { recencyDays: i.recencyDays, cycleDays: i.cycleDays } },
    declining: {
      fraction: i.declining ? 1 : 0,
      inputs: { recentMean: i.declining?.recentMean ?? null, earlierMean: i.declining?.earlierMean ?? null },
    },
    droppedClass: {
      fraction: i.droppedClass ? 1 : 0,
      inputs: { from: i.droppedClass?.from ?? null, to: i.droppedClass?.to ?? null },
    },
    satisfaction: {
      fraction: satisfaction,
      inputs: {
        kind: i.latestAnswer?.kind ?? null,
        score: i.latestAnswer?.score ?? null,
        day: i.latestAnswer?.day ?? null,
        category,
      },
    },
    lastContact: { fraction: contact, inputs: { daysSinceContact: i.daysSinceContact } },
    decisionMap: {
      fraction: (i.decisionMakers === 0 ? 0.5 : 0) + (i.sponsors === 0 ? 0.5 : 0),
      inputs: { decisionMakers: i.decisionMakers, sponsors: i.sponsors },
    },
    openActions: {
      fraction: i.overdueActions > 0 ? 1 : noPlan ? 0.5 : 0,
      inputs: { openActions: i.openActions, overdueActions: i.overdueActions, abc: i.abc },
    },
    alive: {
      fraction: i.pAlive === null ? 0 : clamp01((ALIVE_GRACE - i.pAlive) / (ALIVE_GRACE - ALIVE_FULL)),
      inputs: { pAlive: i.pAlive },
    },
  };
}

export function healthScore(inputs: HealthInputs, weights: HealthWeights): HealthScore {
  const parts = fractions(inputs);
  const contributions = HEALTH_FACTORS.map((factor): HealthContribution => {
    const weight = weights[factor];
    return { factor, points: round1(weight * parts[factor].fraction), weight, inputs: parts[factor].inputs };
  });
  const taken = contributions.reduce((s, c) => s + c.points, 0);
  return { score: Math.max(0, Math.round(100 - taken)), contributions };
}
