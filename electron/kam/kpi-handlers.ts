// Handlers of 'surveys/import' and 'kpi/*': satisfaction, churn, CLV, health and the dashboard.
import { apiError } from '../../shared/api/errors';
import type { KpiHandlers } from '../../shared/api/kpi-api';
import { PERIODS } from '../../shared/analysis/params';
import { churnReport } from '../../shared/kam/churn';
import { validateHealthWeights } from '../../shared/kam/health-weights';
import { npsReport } from '../../shared/kam/satisfaction';
import type { Context } from '../api/context';
import { listCustomerProfiles } from '../db/customer-profiles-table';
import { setSetting } from '../db/settings-table';
import { allSurveyAnswers } from '../db/survey-answers-table';
import { loadChurnData } from './churn-data';
import { keptAnswer } from './kept-answers';
import { effectiveAttributes, requireCustomer } from './customer-record';
import { buildDashboard } from './dashboard';
import { HEALTH_WEIGHTS_KEY, loadHealthContext, loadHealthWeights } from './health-context';
import { classesOfCodes } from '../db/run-results-kam-reads';
import type { AbcClass } from '../../shared/analysis/result-types';
import { clvOf, currentRun, customerRunView, figuresOf } from './current-run';
import { importSurveys } from './surveys-import';
import { localToday } from './today';

const DEFAULT_CHURN_PERIODS = 12;

export function kpiHandlers(ctx: Context) {
  return {
    'surveys/import': async ({ fileId, kind }) => importSurveys(ctx.db, ctx.files.get(fileId), kind),
    'kpi/nps': async () => {
      // Only the customers who answered are read (not every customer of the workspace).
      const answers = allSurveyAnswers(ctx.db);
      const profiles = listCustomerProfiles(ctx.db, { ids: [...new Set(answers.map((a) => a.customerId))] });
      const run = currentRun(ctx.db);
      const classes = run ? classesOfCodes(ctx.db, run.id, profiles.map((p) => p.code)) : new Map<string, AbcClass | null>();
      const customers = profiles.map((p) => ({ id: p.id, code: p.code, name: effectiveAttributes(p).name, abc: classes.get(p.code) ?? null }));
      return npsReport(answers, customers, localToday());
    },
    'kpi/churn': async ({ period, periods }) => {
      const kind = period ?? 'month';
      if (!PERIODS.includes(kind)) throw apiError('analysis/bad-period', { value: String(period) });
      const n = periods ?? DEFAULT_CHURN_PERIODS;
      if (!Number.isInteger(n) || n < 1 || n > 520) throw apiError('kam/bad-periods', { value: String(periods) });
      return keptAnswer(ctx.db, `churn|${kind}|${n}`, () => {
        const data = loadChurnData(ctx.db);
        if (data.referenceDay === null)
          return { lostDays: data.lostDays, overall: [], byClass: (['A', 'B', 'C'] as const).map((abc) => ({ abc, periods: [], yearlyRate: null })), yearlyRate: null };
        return churnReport(data.customers, { lostDays: data.lostDays, period: kind, periods: n, referenceDay: data.referenceDay });
      });
    },
    'kpi/clv': async ({ code }) => {
      const c = requireCustomer(ctx.db, code);
      return clvOf(customerRunView(ctx.db, c.id), c.code);
    },
    'kpi/health': async ({ code }) => {
      const c = requireCustomer(ctx.db, code);
      return loadHealthContext(ctx.db, localToday()).scoreOf(c.id, figuresOf(customerRunView(ctx.db, c.id), c.code));
    },
    'kpi/health-weights': async () => loadHealthWeights(ctx.db),
    'kpi/set-health-weights': async ({ weights }) => {
      const checked = validateHealthWeights(weights);
      setSetting(ctx.db, HEALTH_WEIGHTS_KEY, checked);
      return checked;
    },
    'kpi/dashboard': async ({ atRiskLimit }) => {
      if (atRiskLimit !== undefined && !(Number.isSafeInteger(atRiskLimit) && atRiskLimit >= 0)) {
        throw apiError('bad-request', { call: 'kpi/dashboard', field: 'atRiskLimit' });
      }
      const today = localToday();
      const whole = keptAnswer(ctx.db, `dashboard|${today}`, () => buildDashboard(ctx.db, today));
      return atRiskLimit === undefined ? whole : { ...whole, keyAccountsAtRisk: whole.keyAccountsAtRisk.slice(0, atRiskLimit) };
    },
  } satisfies KpiHandlers;
}
