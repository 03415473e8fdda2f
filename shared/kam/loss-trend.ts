// How many customers were lost per month and why (win-back, seed 002). Decisions:
// - A loss is counted in the month of its loss day (last purchase + lostDays + 1, loss-events.ts),
//   over the `months` calendar months ending with the reference day's month.
// - Its reason is the one recorded on the customer's win-back case, which is about its latest
//   loss; an earlier loss (the customer came back since) and a customer without a case or
//   without a reason count as 'unknown'.
import type { Day } from '../domain/calendar';
import { periodLabel, periodOf } from '../analysis/periods';
import { lossDays } from './loss-events';
import { WINBACK_REASONS, type WinbackReason } from './kam-types';
import type { LossTrend } from '../api/followup-api';

export type LossTrendCustomer = { purchaseDays: readonly Day[]; reason: WinbackReason | null };

export function lossTrend(customers: readonly LossTrendCustomer[], lostDays: number, referenceDay: Day, months: number): LossTrend {
  const last = periodOf('month', referenceDay);
  const first = last - months + 1;
  const periods = Array.from({ length: months }, (_, k) => ({
    period: periodLabel('month', first + k),
    lost: 0,
    byReason: {} as Partial<Record<WinbackReason | 'unknown', number>>,
  }));
  const totals = new Map<WinbackReason | 'unknown', number>();
  for (const c of customers) {
    const losses = lossDays(c.purchaseDays, lostDays, referenceDay);
    losses.forEach((day, k) => {
      const m = periodOf('month', day);
      if (m < first || m > last) return;
      const reason: WinbackReason | 'unknown' = k === losses.length - 1 && c.reason ? c.reason : 'unknown';
      const p = periods[m - first]!;
      p.lost++;
      p.byReason[reason] = (p.byReason[reason] ?? 0) + 1;
      totals.set(reason, (totals.get(reason) ?? 0) + 1);
    });
  }
  const order: (WinbackReason | 'unknown')[] = [...WINBACK_REASONS, 'unknown'];
  return {
    periods,
    byReason: order.filter((r) => totals.has(r)).map((reason) => ({ reason, lost: totals.get(reason)! })),
  };
}
