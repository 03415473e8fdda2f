// Everything the health score needs beyond the run, read once for all customers: the weights,
// each customer's latest survey answer and activity, its decision-map coverage and its open
// actions (shared/kam/health-score.ts explains the rules).
import type { Day } from '../../shared/domain/calendar';
import { healthScore, type HealthInputs } from '../../shared/kam/health-score';
import { withDefaultWeights } from '../../shared/kam/health-weights';
import type { Activity, SurveyKind } from '../../shared/kam/kam-types';
import type { HealthScore, HealthWeights } from '../../shared/kam/kpi-types';
import { openActionCounts } from '../db/actions-table';
import { latestActivities } from '../db/activities-table';
import { decisionMapCoverage } from '../db/customer-people-table';
import type { Db } from '../db/open-database';
import { getSetting } from '../db/settings-table';
import type { RunFigures } from './current-run';
import { allSurveyAnswers } from '../db/survey-answers-table';

export const HEALTH_WEIGHTS_KEY = 'health.weights';

export function loadHealthWeights(db: Db): HealthWeights {
  return withDefaultWeights(getSetting(db, HEALTH_WEIGHTS_KEY));
}

/** What the score reads of the customer's figures in the current run. */
export type HealthFigures = Pick<RunFigures, 'abc' | 'recencyDays' | 'cycleDays' | 'signals' | 'pAlive'>;

type LatestAnswer = { kind: SurveyKind; score: number; day: Day };

export type HealthContext = {
  today: Day;
  weights: HealthWeights;
  /** The customer's latest activity (its next contact date is the pending one). */
  latestActivity(customerId: number): Activity | undefined;
  /** The score from the customer's figures in the current run (null: the run does not list it). */
  scoreOf(customerId: number, result: HealthFigures | null): HealthScore;
};

export function loadHealthContext(db: Db, today: Day): HealthContext {
  const weights = loadHealthWeights(db);
  // The most recent answer up to today, NPS or CSAT; NPS wins on the same day.
  const latest = new Map<number, LatestAnswer>();
  for (const a of allSurveyAnswers(db)) {
    if (a.day > today) continue;
    const cur = latest.get(a.customerId);
    if (!cur || a.day > cur.day || (a.day === cur.day && (a.kind === 'nps' || cur.kind === 'csat')))
      latest.set(a.customerId, { kind: a.kind, score: a.score, day: a.day });
  }
  const activities = latestActivities(db);
  const coverage = decisionMapCoverage(db);
  const actions = openActionCounts(db, today);
  return {
    today,
    weights,
    latestActivity: (customerId) => activities.get(customerId),
    scoreOf(customerId, result) {
      const declining = result?.signals.find((s) => s.kind === 'declining');
      const dropped = result?.signals.find((s) => s.kind === 'dropped class');
      const activity = activities.get(customerId);
      const map = coverage.get(customerId);
      const open = actions.get(customerId);
      const inputs: HealthInputs = {
        abc: result?.abc ?? null,
        recencyDays: result?.recencyDays ?? null,
        cycleDays: result?.cycleDays ?? null,
        declining: declining?.kind === 'declining' ? { recentMean: declining.recentMean, earlierMean: declining.earlierMean } : null,
        droppedClass: dropped?.kind === 'dropped class' ? { from: dropped.from, to: dropped.to } : null,
        latestAnswer: latest.get(customerId) ?? null,
        daysSinceContact: activity ? Math.max(0, today - activity.day) : null,
        decisionMakers: map?.decisionMakers ?? 0,
        sponsors: map?.sponsors ?? 0,
        openActions: open?.open ?? 0,
        overdueActions: open?.overdue ?? 0,
        pAlive: result?.pAlive ?? null,
      };
      return healthScore(inputs, weights);
    },
  };
}
