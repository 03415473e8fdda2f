// Churn and the loss trend, as the screens ask them, against the rules applied to every purchase
// day as the decisions word them, one period and one customer at a time (loss-events.ts'
// notLostAt and lossDays: the path before churn kept only the days the loss rules read,
// lossRelevantDays, and counted them with pointers in one pass) on a generated workspace: 300 customers over three years with long and short gaps, orders on two
// days, returns, orders with no positive total, win-back reasons and a deleted customer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lossDays, notLostAt } from '../../shared/kam/loss-events';
import { periodEnd, periodLabel, periodOf, periodStart } from '../../shared/analysis/periods';
import { ABC_CLASSES, type AbcClass } from '../../shared/analysis/result-types';
import type { PeriodKind } from '../../shared/analysis/params';
import { lossTrend } from '../../shared/kam/loss-trend';
import { WINBACK_REASONS } from '../../shared/kam/kam-types';
import { addMonths, type Day } from '../../shared/domain/calendar';
import { purchaseDaysByCustomer } from '../../electron/kam/sales-history';
import { allWinbackCases } from '../../electron/db/winback-cases-table';
import { deletedCustomerIds } from '../../electron/db/customer-profiles-table';
import { classesByCustomerId } from '../../electron/db/run-results-kam-reads';
import { currentRun, kpiReferenceDayOf, statusLimitsOf } from '../../electron/kam/current-run';
import { kamWorkspace, type KamWorkspace } from './kam-fixture';
import { generatedSales } from './generated-sales';

type Customer = { purchaseDays: Day[]; abc: AbcClass | null };

/** Churn by its decisions (shared/kam/churn.ts' header), asked of each customer for each period. */
function churnByTheRule(customers: Customer[], lostDays: number, period: PeriodKind, periods: number, referenceDay: Day) {
  const count = (list: Customer[], from: Day, to: Day) => {
    const atStart = list.filter((c) => notLostAt(c.purchaseDays, lostDays, from - 1));
    const lost = atStart.filter((c) => lossDays(c.purchaseDays, lostDays, referenceDay).some((day) => day >= from && day <= to)).length;
    return { atStart: atStart.length, lost, rate: atStart.length === 0 ? null : lost / atStart.length };
  };
  const last = periodOf(period, referenceDay);
  const periodsOf = (list: Customer[]) =>
    Array.from({ length: periods }, (_, k) => {
      const p = last - periods + 1 + k;
      return { period: periodLabel(period, p), ...count(list, periodStart(period, p), Math.min(periodEnd(period, p), referenceDay)) };
    });
  const yearly = (list: Customer[]) => count(list, addMonths(referenceDay, -12) + 1, referenceDay).rate;
  return {
    lostDays,
    overall: periodsOf(customers),
    byClass: ABC_CLASSES.map((abc) => {
      const list = customers.filter((c) => c.abc === abc);
      return { abc, periods: periodsOf(list), yearlyRate: yearly(list) };
    }),
    yearlyRate: yearly(customers),
  };
}

describe('churn and the loss trend from the kept days', () => {
  let ws: KamWorkspace;
  beforeAll(async () => {
    ws = await kamWorkspace();
    await ws.api.call('import/run', { fileId: ws.file('geradas.csv', generatedSales()) });
    await ws.api.call('analysis/run', {});
    // Reasons on a third of the customers, and one deleted.
    for (let c = 3; c <= 300; c += 3) {
      const reason = WINBACK_REASONS[c % WINBACK_REASONS.length]!;
      await ws.api.call('winback/save', { code: `G${String(c).padStart(4, '0')}`, case: { reason, reasonText: null, offer: null, outcome: 'open' } });
    }
    await ws.api.call('customers/delete', { code: 'G0006' });
  }, 60_000);
  afterAll(() => ws.close());

  /** Every customer's purchase days and the rest of the rules' inputs, read as before. */
  function everyDay() {
    const run = currentRun(ws.ctx.db)!;
    const referenceDay = kpiReferenceDayOf(ws.ctx.db, run)!;
    const { lostDays } = statusLimitsOf(run);
    const days = purchaseDaysByCustomer(ws.ctx.db, referenceDay);
    const classes = classesByCustomerId(ws.ctx.db, run.id);
    const deleted = deletedCustomerIds(ws.ctx.db);
    const cases = allWinbackCases(ws.ctx.db);
    const customers = [...days].map(([id, purchaseDays]) => ({ id, purchaseDays, abc: classes.get(id) ?? null, deleted: deleted.has(id), reason: cases.get(id)?.reason ?? null }));
    return { referenceDay, lostDays, customers };
  }

  it('churn: the same report per month, quarter and week, for several spans', async () => {
    const { referenceDay, lostDays, customers } = everyDay();
    expect(lostDays).toBe(365);
    // Customers that came back after being lost: the case the kept days must get right.
    expect(customers.filter((c) => c.purchaseDays.some((day, k) => k > 0 && day - c.purchaseDays[k - 1]! > lostDays + 1)).length).toBeGreaterThan(20);
    for (const [period, periods] of [['month', 12], ['month', 36], ['quarter', 4], ['quarter', 12], ['week', 60]] as const) {
      const asked = await ws.api.call('kpi/churn', { period, periods });
      expect(asked).toEqual(churnByTheRule(customers, lostDays, period, periods, referenceDay));
    }
  });

  it('the loss trend: the same months and reasons, for 12 and 60 months', async () => {
    const { referenceDay, lostDays, customers } = everyDay();
    for (const months of [12, 60]) {
      const asked = await ws.api.call('winback/trend', { months });
      expect(asked).toEqual(lossTrend(customers.filter((c) => !c.deleted), lostDays, referenceDay, months));
      expect(asked.periods.reduce((sum, p) => sum + p.lost, 0)).toBeGreaterThan(months === 60 ? 100 : 20);
    }
  });
});
