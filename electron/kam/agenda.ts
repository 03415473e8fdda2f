// The follow-up agenda: contacts due, customers whose expected next purchase has passed, and
// action-plan items due. Decisions:
// - A customer's pending contact is the next contact date of its latest activity (logging a new
//   activity replaces it); listed when ≤ today + days, overdue when < today.
// - Purchases: the current run's customers, and its others, with SPEC's overdue signal, dated on
//   their expected next purchase and overdue (the signal means it has passed; see marks below); lost
//   customers are left to the win-back list.
// - Actions: open actions due ≤ today + days.
// - Deleted customers are left out. `ownerId` keeps the items of one person: the activity's
//   owner, the action's owner, and for purchases the account's owner: its KAM, else its seller
//   when the team has a member of that name (the team is offered from the sellers).
// - A purchase marked done leaves the agenda, one snoozed is due on the day it was put off to
//   (shared/kam/purchase-mark.ts); the mark is kept by the customer's last purchase.
// - Each list by day, then code. Each item says whether its customer is a key account probably
//   being lost (A or B with P(alive) under 50 %, shared/kam/likely-losing.ts); those accounts are
//   also listed on their own (`losing`, the lowest P(alive) first, deleted customers and the
//   owner's filter applied as for purchases).
// - Each list crosses the API a page at a time with its total (200,000 customers can have tens of
//   thousands of overdue purchases). The whole agenda of a day and horizon is built once, for
//   every owner, and kept until the workspace changes (kept-answers.ts): the owner's and kind's
//   filters, the next pages and the dashboard's overdue counts are read from it. It looks 30 days
//   ahead at least (the screen's longest horizon); a shorter horizon keeps the items up to its day.
//   Every item carries the owner it is filtered by (`ownerId`), so filtering the whole is the rule.
import { LOSING_PAGE, type Agenda, type AgendaFilter, type AgendaItem, type LosingAccount } from '../../shared/api/followup-api';
import { apiError } from '../../shared/api/errors';
import type { Page } from '../../shared/api/paging';
import type { Day } from '../../shared/domain/calendar';
import { effective } from '../../shared/kam/editable';
import { isLikelyLosing } from '../../shared/kam/likely-losing';
import { placeOfPurchase } from '../../shared/kam/purchase-mark';
import { openActionsDueBy } from '../db/actions-table';
import { latestActivities } from '../db/activities-table';
import type { CustomerNameRow } from '../db/customer-profiles-table';
import type { Db } from '../db/open-database';
import { purchaseMarks } from '../db/purchase-marks-table';
import { agendaProfiles, agendaRunView } from './agenda-view';
import { keptAnswer } from './kept-answers';
import { teamMemberOfSeller } from './team-from-sellers';

const DEFAULT_DAYS = 7;
/** The whole agenda is built this far ahead at least (the screen's longest horizon), so that changing the horizon reads the same one. */
const KEPT_DAYS = 30;

type Kind = AgendaItem['kind'];
/** The agenda of a day and horizon, for every owner, split once (each list in its order); each losing account with its owner. */
type WholeAgenda = { overdue: AgendaItem[]; due: AgendaItem[]; losing: { account: LosingAccount; ownerId: number | null }[] };

/** The first page of each list (of the losing accounts, at most LOSING_PAGE), their totals and the count of each kind. */
export function buildAgenda(db: Db, today: Day, filter: AgendaFilter, limit: number): Agenda {
  const { overdue, due, losing } = narrowed(db, today, filter);
  // Counted before the kind's filter: the filter's options say how many of each there are.
  const mine = narrowed(db, today, { ...filter, kind: undefined });
  const kinds: Record<Kind, number> = { contact: 0, purchase: 0, action: 0 };
  for (const i of mine.overdue) kinds[i.kind] += 1;
  for (const i of mine.due) kinds[i.kind] += 1;
  return { today, overdue: pageOf(overdue, 0, limit), due: pageOf(due, 0, limit), losing: pageOf(losing, 0, Math.min(limit, LOSING_PAGE)), kinds };
}

/** A page of the overdue or the due items. */
export function agendaPage(db: Db, today: Day, filter: AgendaFilter, list: 'overdue' | 'due', offset: number, limit: number): Page<AgendaItem> {
  return pageOf(narrowed(db, today, filter)[list], offset, limit);
}

/** A page of the key accounts probably being lost (they do not depend on the day). */
export function losingPage(db: Db, today: Day, ownerId: number | undefined, offset: number, limit: number): Page<LosingAccount> {
  return pageOf(narrowed(db, today, { ownerId }).losing, offset, limit);
}

/** The overdue items of each kind, everyone's: overdue items are the same whatever the horizon. */
export function overdueCounts(db: Db, today: Day): Record<Kind, number> {
  const counts: Record<Kind, number> = { contact: 0, purchase: 0, action: 0 };
  for (const i of wholeAgenda(db, today, KEPT_DAYS).overdue) counts[i.kind] += 1;
  return counts;
}

const pageOf = <T>(rows: T[], offset: number, limit: number): Page<T> => ({ rows: rows.slice(offset, offset + limit), offset, total: rows.length });

function narrowed(db: Db, today: Day, { days = DEFAULT_DAYS, ownerId, kind }: AgendaFilter) {
  if (!Number.isInteger(days) || days < 0 || days > 3660) throw apiError('kam/bad-days-ahead', { value: String(days) });
  if (ownerId !== undefined && !Number.isSafeInteger(ownerId)) throw apiError('kam/bad-owner');
  const kept = Math.max(days, KEPT_DAYS);
  const whole = wholeAgenda(db, today, kept);
  const keep = (i: AgendaItem) => (ownerId === undefined || i.ownerId === ownerId) && (kind === undefined || i.kind === kind);
  const all = ownerId === undefined && kind === undefined;
  // Every item is listed by its day (a contact's next date, a purchase's expected or snoozed-to day, an action's due day): a shorter horizon is a filter.
  const until = today + days;
  return {
    overdue: all ? whole.overdue : whole.overdue.filter(keep),
    due: all && kept === days ? whole.due : whole.due.filter((i) => i.day <= until && keep(i)),
    losing: whole.losing.flatMap((a) => (ownerId === undefined || a.ownerId === ownerId ? [a.account] : [])),
  };
}

const wholeAgenda = (db: Db, today: Day, days: number): WholeAgenda => keptAnswer(db, `agenda|${today}|${days}`, () => buildWholeAgenda(db, today, days));

function buildWholeAgenda(db: Db, today: Day, days: number): WholeAgenda {
  const view = agendaRunView(db);
  const until = today + days;
  const customers = new Map(agendaProfiles(db, view).map((p) => [p.id, p]));
  const byCode = new Map([...customers.values()].map((p) => [p.code, p]));
  const items: AgendaItem[] = [];
  const rowOf = new Map(view.map((r) => [r.code, r]));
  const base = (customerId: number) => {
    const p = customers.get(customerId)!;
    const row = rowOf.get(p.code);
    const abc = row?.abc ?? null;
    const pAlive = row?.pAlive ?? null;
    return {
      code: p.code,
      name: effective(p.name, p.name_edit),
      abc,
      pAlive,
      likelyLosing: isLikelyLosing(abc, pAlive),
      ownerVia: null,
    };
  };
  const sellerMember = teamMemberOfSeller(db);
  // An account's owner: its KAM, else its seller when the team has that person.
  const ownerOf = (p: CustomerNameRow): { id: number | null; via: AgendaItem['ownerVia'] } => {
    if (p.kam_id !== null) return { id: p.kam_id, via: 'kam' };
    const seller = sellerMember(effective(p.seller, p.seller_edit));
    return seller === null ? { id: null, via: null } : { id: seller, via: 'seller' };
  };
  const markOf = purchaseMarks(db);

  for (const [customerId, a] of latestActivities(db)) {
    if (!customers.has(customerId) || a.nextContactDay === null || a.nextContactDay > until) continue;
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
  for (const r of view) {
    const p = byCode.get(r.code);
    const signal = r.signals.find((s) => s.kind === 'overdue');
    if (!p || !signal || signal.kind !== 'overdue' || r.status === 'lost' || r.expectedNext === null || r.lastPurchase === null) continue;
    const owner = ownerOf(p);
    const place = placeOfPurchase(r.expectedNext, markOf(p.id, r.lastPurchase), today);
    if (place === null || place.day > until) continue;
    items.push({
      ...base(p.id),
      kind: 'purchase',
      day: place.day,
      overdue: place.overdue,
      what: '',
      ownerId: owner.id,
      ownerVia: owner.via,
      activityKind: null,
      sourceId: null,
      purchase: {
        cycleDays: signal.cycleDays,
        recencyDays: signal.recencyDays,
        expected: r.expectedNext,
        lastPurchase: r.lastPurchase,
        snoozedUntil: place.snoozedUntil,
      },
    });
  }
  for (const a of openActionsDueBy(db, until)) {
    if (!customers.has(a.customerId) || a.dueDay === null) continue;
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
  const losing: WholeAgenda['losing'] = [];
  for (const r of view) {
    const p = byCode.get(r.code);
    if (!p || r.abc === null || !isLikelyLosing(r.abc, r.pAlive)) continue;
    losing.push({ account: { code: r.code, name: effective(p.name, p.name_edit), abc: r.abc, pAlive: r.pAlive!, lastPurchase: r.lastPurchase }, ownerId: ownerOf(p).id });
  }
  losing.sort(({ account: a }, { account: b }) => a.pAlive - b.pAlive || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { overdue: items.filter((i) => i.overdue), due: items.filter((i) => !i.overdue), losing };
}
