// The follow-up agenda: contacts due, customers whose expected next purchase has passed, and
// action-plan items due. Decisions:
// - A customer's pending contact is the next contact date of its latest activity (logging a new
//   activity replaces it); listed when ≤ today + days, overdue when < today.
// - Purchases: the current run's customers, and its others, with SPEC's overdue signal, dated on
//   their expected next purchase and always overdue (the signal means it has passed); lost
//   customers are left to the win-back list.
// - Actions: open actions due ≤ today + days.
// - Deleted customers are left out. `ownerId` keeps the items of one person: the activity's
//   owner, the action's owner, and for purchases the customer's KAM.
// - Each list by day, then code. Each item says whether its customer is a key account probably
//   being lost (A or B with P(alive) under 50 %, shared/kam/likely-losing.ts); those accounts are
//   also listed on their own (`losing`, the lowest P(alive) first, deleted customers and the
//   owner's filter applied as for purchases).
import type { Agenda, AgendaItem, LosingAccount } from '../../shared/api/followup-api';
import { apiError } from '../../shared/api/errors';
import type { Day } from '../../shared/domain/calendar';
import { isLikelyLosing } from '../../shared/kam/likely-losing';
import { openActionsDueBy } from '../db/actions-table';
import { latestActivities } from '../db/activities-table';
import type { Db } from '../db/open-database';
import { agendaProfiles } from './agenda-view';
import { effectiveAttributes } from './customer-record';
import { runView, type RunView } from './current-run';

const DEFAULT_DAYS = 7;

export function buildAgenda(db: Db, today: Day, days = DEFAULT_DAYS, ownerId?: number, view: RunView | null = runView(db)): Agenda {
  if (!Number.isInteger(days) || days < 0 || days > 3660) throw apiError('kam/bad-days-ahead', { value: String(days) });
  if (ownerId !== undefined && !Number.isSafeInteger(ownerId)) throw apiError('kam/bad-owner');
  const until = today + days;
  const customers = new Map(agendaProfiles(db, view).map((p) => [p.id, p]));
  const byCode = new Map([...customers.values()].map((p) => [p.code, p]));
  const items: AgendaItem[] = [];
  const base = (customerId: number) => {
    const p = customers.get(customerId)!;
    const result = view?.byCode.get(p.code) ?? null;
    const pAlive = result?.pAlive ?? view?.otherByCode.get(p.code)?.pAlive ?? null;
    return { code: p.code, name: effectiveAttributes(p).name, abc: result?.abc ?? null, pAlive, likelyLosing: isLikelyLosing(result?.abc ?? null, pAlive) };
  };

  for (const [customerId, a] of latestActivities(db)) {
    if (!customers.has(customerId) || a.nextContactDay === null || a.nextContactDay > until) continue;
    if (ownerId !== undefined && a.ownerId !== ownerId) continue;
    items.push({
      ...base(customerId),
      kind: 'contact',
      day: a.nextContactDay,
      overdue: a.nextContactDay < today,
      what: a.notes ?? '',
      purchase: null,
      ownerId: a.ownerId,
      activityKind: a.kind,
      sourceId: a.id,
    });
  }
  for (const r of [...(view?.results ?? []), ...(view?.others ?? [])]) {
    const p = byCode.get(r.code);
    const signal = r.signals.find((s) => s.kind === 'overdue');
    if (!p || !signal || signal.kind !== 'overdue' || r.status === 'lost' || r.expectedNext === null) continue;
    if (ownerId !== undefined && p.kam_id !== ownerId) continue;
    items.push({
      ...base(p.id),
      kind: 'purchase',
      day: r.expectedNext,
      overdue: true,
      what: '',
      purchase: { cycleDays: signal.cycleDays, recencyDays: signal.recencyDays },
      ownerId: p.kam_id,
      activityKind: null,
      sourceId: null,
    });
  }
  for (const a of openActionsDueBy(db, until)) {
    if (!customers.has(a.customerId) || a.dueDay === null) continue;
    if (ownerId !== undefined && a.ownerId !== ownerId) continue;
    items.push({
      ...base(a.customerId),
      kind: 'action',
      day: a.dueDay,
      overdue: a.dueDay < today,
      what: a.title,
      purchase: null,
      ownerId: a.ownerId,
      activityKind: null,
      sourceId: a.id,
    });
  }
  items.sort((a, b) => a.day - b.day || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const losing: LosingAccount[] = [];
  for (const r of view?.results ?? []) {
    const p = byCode.get(r.code);
    if (!p || !isLikelyLosing(r.abc, r.pAlive) || (ownerId !== undefined && p.kam_id !== ownerId)) continue;
    losing.push({ code: r.code, name: effectiveAttributes(p).name, abc: r.abc, pAlive: r.pAlive!, lastPurchase: r.lastPurchase });
  }
  losing.sort((a, b) => a.pAlive - b.pAlive || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { today, overdue: items.filter((i) => i.overdue), due: items.filter((i) => !i.overdue), losing };
}
