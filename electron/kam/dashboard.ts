// The key-account dashboard (seed 001). Decisions:
// - Key accounts are the newest run's A customers; their share is of the run's total value.
// - Top customer share: the first customer's share; HHI as the analysis computes it.
// - At risk: A customers (not deleted) whose status is not 'active' or whose health is below 50,
//   the least healthy first.
// - NPS of the key accounts: their NPS answers of the last 12 months up to today.
// - Overdue contacts and purchases: the agenda's overdue items of each kind; open win-backs:
//   cases whose outcome is still 'open'.
import type { Day } from '../../shared/domain/calendar';
import { npsSummary, twelveMonthsTo } from '../../shared/kam/satisfaction';
import type { Dashboard } from '../../shared/kam/kpi-types';
import { listCustomerProfiles } from '../db/customer-profiles-table';
import type { Db } from '../db/open-database';
import { allSurveyAnswers } from '../db/survey-answers-table';
import { allWinbackCases } from '../db/winback-cases-table';
import { overdueCounts } from './agenda';
import { loadHealthContext } from './health-context';
import { currentRun } from './current-run';
import { herfindahl } from '../../shared/analysis/concentration';
import { effective } from '../../shared/kam/editable';
import { keyAccountRunRows, positiveValues } from '../db/run-results-kam-reads';
import { runResultsSlice } from '../db/run-results-table';

export const AT_RISK_HEALTH = 50;

export function buildDashboard(db: Db, today: Day): Dashboard {
  const run = currentRun(db);
  // The agenda's own rule, built once and kept: the agenda screen and the dashboard share it.
  const overdue = overdueCounts(db, today);
  const cases = allWinbackCases(db);
  // Only the customers the dashboard names are read: those with a case, the run's A customers.
  const withCase = new Set(listCustomerProfiles(db, { ids: [...cases.keys()] }).map((p) => p.id));
  const openWinbacks = [...cases].filter(([id, c]) => c.outcome === 'open' && withCase.has(id)).length;
  const overdueContacts = overdue.contact;
  const overduePurchases = overdue.purchase;
  if (!run) {
    return {
      runId: null,
      keyAccounts: 0,
      keyAccountsShare: null,
      topCustomerShare: null,
      hhi: null,
      keyAccountsAtRisk: [],
      keyAccountsAtRiskCount: 0,
      keyAccountsNps: npsSummary([]),
      overdueContacts,
      overduePurchases,
      openWinbacks,
    };
  }
  const total = run.totals.value;
  const a = keyAccountRunRows(db, run.id);
  const health = loadHealthContext(db, today);
  const atRisk = a
    .flatMap((r) => {
      if (r.customerId === null) return [];
      const score = health.scoreOf(r.customerId, r).score;
      if (r.status === 'active' && score >= AT_RISK_HEALTH) return [];
      return [{ code: r.code, name: effective(r.name, r.nameEdit), status: r.status, health: score, signals: r.signals.map((s) => s.kind) }];
    })
    .sort((x, y) => x.health - y.health || (x.code < y.code ? -1 : 1));
  const aIds = new Set(a.flatMap((r) => (r.customerId === null ? [] : [r.customerId])));
  const window = twelveMonthsTo(today);
  const aScores = allSurveyAnswers(db)
    .filter((x) => x.kind === 'nps' && aIds.has(x.customerId) && x.day >= window.from && x.day <= window.to)
    .map((x) => x.score);
  const customers = run.totals.customers;
  return {
    runId: run.id,
    keyAccounts: a.length,
    keyAccountsShare: total > 0 ? a.reduce((s, r) => s + Math.max(0, r.value), 0) / total : null,
    topCustomerShare: runResultsSlice(db, run.id, 0, 1)[0]?.share ?? null,
    // The Pareto screen's concentration index, from the values alone.
    hhi: customers > 0 ? herfindahl(positiveValues(db, run.id), total) : null,
    keyAccountsAtRisk: atRisk,
    keyAccountsAtRiskCount: atRisk.length,
    keyAccountsNps: npsSummary(aScores),
    overdueContacts,
    overduePurchases,
    openWinbacks,
  };
}
