// Handlers of 'agenda/*' and 'winback/*': what to do next, and the customers to win back.
import { apiError } from '../../shared/api/errors';
import { checkPage } from '../../shared/api/paging';
import { AGENDA_PAGE, LOSING_PAGE, type AgendaFilter, type FollowupHandlers } from '../../shared/api/followup-api';
import { lossTrend } from '../../shared/kam/loss-trend';
import { checkLastPurchase, checkPurchaseMark } from '../../shared/kam/purchase-mark';
import { checkWinbackCase } from '../../shared/kam/record-input';
import type { Context } from '../api/context';
import { setPurchaseMark } from '../db/purchase-marks-table';
import { saveWinbackCase, allWinbackCases } from '../db/winback-cases-table';
import { agendaPage, buildAgenda, losingPage } from './agenda';
import { loadChurnData } from './churn-data';
import { keptAnswer } from './kept-answers';
import { requireLiveCustomer } from './customer-record';
import { localToday, todayOr } from './today';
import { winbackList, winbackPage, winbackRow } from './winback';

/** The agenda's filters as asked (a missing one is its default). */
const filterOf = ({ days, ownerId, kind }: AgendaFilter): AgendaFilter => ({
  ...(days !== undefined && days !== null ? { days } : {}),
  ...(ownerId !== undefined && ownerId !== null ? { ownerId } : {}),
  ...(kind !== undefined && kind !== null ? { kind } : {}),
});

export function followupHandlers(ctx: Context) {
  return {
    'agenda/list': async (arg) => {
      const { limit } = checkPage('agenda/list', { limit: arg.limit ?? AGENDA_PAGE }, () => false);
      return buildAgenda(ctx.db, todayOr(arg.today), filterOf(arg), limit);
    },
    'agenda/page': async (arg) => {
      const { offset, limit } = checkPage('agenda/page', { offset: arg.offset, limit: arg.limit ?? AGENDA_PAGE }, () => false);
      return agendaPage(ctx.db, todayOr(arg.today), filterOf(arg), arg.list, offset, limit);
    },
    'agenda/losing': async (arg) => {
      const { offset, limit } = checkPage('agenda/losing', { offset: arg.offset, limit: arg.limit ?? LOSING_PAGE }, () => false);
      return losingPage(ctx.db, localToday(), arg.ownerId ?? undefined, offset, limit);
    },
    'agenda/mark-purchase': async ({ code, lastPurchase, mark, today }) => {
      const day = todayOr(today);
      const checked = checkPurchaseMark(mark, day);
      const since = checkLastPurchase(lastPurchase);
      const customer = requireLiveCustomer(ctx.db, code);
      const previous = setPurchaseMark(ctx.db, customer.id, since, checked, day);
      // A snooze that has run out is no mark (and could not be set again to undo).
      return { previous: previous?.state === 'snoozed' && previous.until <= day ? null : previous };
    },
    'winback/list': async () => winbackList(ctx.db),
    'winback/page': async (request) => {
      const { offset, limit } = checkPage('winback/page', request ?? {}, () => false);
      return winbackPage(ctx.db, offset, limit, () => ctx.readAhead({ kind: 'winback-order' }));
    },
    'winback/save': async ({ code, case: input }) => {
      const checked = checkWinbackCase(input);
      const customer = requireLiveCustomer(ctx.db, code);
      saveWinbackCase(ctx.db, customer.id, { ...checked, updatedDay: localToday() });
      return winbackRow(ctx.db, customer);
    },
    'winback/trend': async ({ months }) => {
      const n = months ?? 12;
      if (!Number.isInteger(n) || n < 1 || n > 120) throw apiError('kam/bad-months', { value: String(months) });
      return keptAnswer(ctx.db, `loss-trend|${n}`, () => {
        const data = loadChurnData(ctx.db);
        if (data.referenceDay === null) return { periods: [], byReason: [] };
        const cases = allWinbackCases(ctx.db);
        return lossTrend(
          data.customers.filter((c) => !data.deleted.has(c.id)).map((c) => ({ purchaseDays: c.purchaseDays, reason: cases.get(c.id)?.reason ?? null })),
          data.lostDays,
          data.referenceDay,
          n,
        );
      });
    },
  } satisfies FollowupHandlers;
}
