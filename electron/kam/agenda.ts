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
//   What is kept is small (the overdue purchases come from one query: agenda-view.ts); the class,
//   P(alive) and cycle of an item are read for the page that shows it.
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
import { followedCustomers, lowChanceAccounts, overduePurchases, runRowsOfCodes } from './agenda-view';
import { keptAnswer } from './kept-answers';
import { teamMemberOfSeller } from './team-from-sellers';

const DEFAULT_DAYS = 7;
/** The whole agenda is built this far ahead at least (the screen's longest horizon), so that changing the horizon reads the same one. */
const KEPT_DAYS = 30;

type Kind = AgendaItem['kind'];
/**
 * An item of the whole agenda as it is kept: what orders, counts and filters it. Its class,
 * P(alive) and a purchase's cycle are read for the page shown (itemsOf): tens of thousands of
 * overdue purchases are counted and ordered, fifty are shown.
 */
type Entry = Omit<AgendaItem, 'abc' | 'pAlive' | 'likelyLosing' | 'purchase'> & {
  purchase: { expected: Day; lastPurchase: Day; snoozedUntil: Day | null } | null;
};
/** The agenda of a day and horizon, for every owner, split once (each list in its order); each losing account with its owner. */
type WholeAgenda = { runId: number | null; overdue: Entry[]; due: Entry[]; losing: { account: LosingAccount; ownerId: number | null }[] };

/** The first page of each list (of the losing accounts, at most LOSING_PAGE), their totals and the count of each kind. */
export function buildAgenda(db: Db, today: Day, filter: AgendaFilter, limit: number): Agenda {
  const { runId, overdue, due, losing } = narrowed(db, today, filter);
  // Counted before the kind's filter: the filter's options say how many of each there are.
  const mine = narrowed(db, today, { ...filter, kind: undefined });
  const kinds: Record<Kind, number> = { contact: 0, purchase: 0, action: 0 };
  for (const i of mine.overdue) kinds[i.kind] += 1;
  for (const i of mine.due) kinds[i.kind] += 1;
  return { today, overdue: itemsOf(db, runId, pageOf(overdue, 0, limit)), due: itemsOf(db, runId, pageOf(due, 0, limit)), losing: pageOf(losing, 0, Math.min(limit, LOSING_PAGE)), kinds };
}

/** A page of the overdue or the due items. */
export function agendaPage(db: Db, today: Day, filter: AgendaFilter, list: 'overdue' | 'due', offset: number, limit: number): Page<AgendaItem> {
  const whole = narrowed(db, today, filter);
  return itemsOf(db, whole.runId, pageOf(whole[list], offset, limit));
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
  const keep = (i: Entry) => (ownerId === undefined || i.ownerId === ownerId) && (kind === undefined || i.kind === kind);
  const all = ownerId === undefined && kind === undefined;
  // Every item is listed by its day (a contact's next date, a purchase's expected or snoozed-to day, an action's due day): a shorter horizon is a filter.
  const until = today + days;
  return {
    runId: whole.runId,
    overdue: all ? whole.overdue : whole.overdue.filter(keep),
    due: all && kept === days ? whole.due : whole.due.filter((i) => i.day <= until && keep(i)),
    losing: whole.losing.flatMap((a) => (ownerId === undefined || a.ownerId === ownerId ? [a.account] : [])),
  };
}

const wholeAgenda = (db: Db, today: Day, days: number): WholeAgenda => keptAnswer(db, `agenda|${today}|${days}`, () => buildWholeAgenda(db, today, days));

/** A page of entries as the screens show them: each customer's class and P(alive) in the run, a purchase's cycle and days without buying (its overdue signal). */
function itemsOf(db: Db, runId: number | null, page: Page<Entry>): Page<AgendaItem> {
  const rows = runRowsOfCodes(db, runId, page.rows.map((e) => e.code));
  return {
    ...page,
    rows: page.rows.map(({ purchase, ...e }) => {
      const row = rows.get(e.code);
      const abc = row?.abc ?? null;
      const pAlive = row?.pAlive ?? null;
      const signal = row?.signals.find((s) => s.kind === 'overdue');
      return {
        ...e,
        abc,
        pAlive,
        likelyLosing: isLikelyLosing(abc, pAlive),
        // Listed by its overdue signal, read in the same state of the workspace (kept-answers.ts).
        purchase: purchase && signal?.kind === 'overdue' ? { cycleDays: signal.cycleDays, recencyDays: signal.recencyDays, ...purchase } : null,
      };
    }),
  };
}

function buildWholeAgenda(db: Db, today: Day, days: number): WholeAgenda {
  const until = today + days;
  const { runId, purchases } = overduePurchases(db);
  const activities = latestActivities(db);
  const actions = openActionsDueBy(db, until);
  const followed = followedCustomers(db, [...activities.keys(), ...actions.map((a) => a.customerId)]);
  const sellerMember = teamMemberOfSeller(db);
  // An account's owner: its KAM, else its seller when the team has that person.
  const ownerOf = (p: CustomerNameRow): { id: number | null; via: AgendaItem['ownerVia'] } => {
    if (p.kam_id !== null) return { id: p.kam_id, via: 'kam' };
    const seller = sellerMember(effective(p.seller, p.seller_edit));
    return seller === null ? { id: null, via: null } : { id: seller, via: 'seller' };
  };
  const markOf = purchaseMarks(db);
  const entries: Entry[] = [];

  for (const [customerId, a] of activities) {
    const p = followed.get(customerId);
    if (!p || a.nextContactDay === null || a.nextContactDay > until) continue;
    entries.push({
      code: p.code,
      name: effective(p.name, p.name_edit),
      kind: 'contact',
      day: a.nextContactDay,
      overdue: a.nextContactDay < today,
      what: a.notes ?? '',
      purchase: null,
      ownerId: a.ownerId,
      ownerVia: null,
      activityKind: a.kind,
      sourceId: a.id,
    });
  }
  for (const { customer: p, expectedNext, lastPurchase } of purchases) {
    const place = placeOfPurchase(expectedNext, markOf(p.id, lastPurchase), today);
    if (place === null || place.day > until) continue;
    const owner = ownerOf(p);
    entries.push({
      code: p.code,
      name: effective(p.name, p.name_edit),
      kind: 'purchase',
      day: place.day,
      overdue: place.overdue,
      what: '',
      ownerId: owner.id,
      ownerVia: owner.via,
      activityKind: null,
      sourceId: null,
      purchase: { expected: expectedNext, lastPurchase, snoozedUntil: place.snoozedUntil },
    });
  }
  for (const a of actions) {
    const p = followed.get(a.customerId);
    if (!p || a.dueDay === null) continue;
    entries.push({
      code: p.code,
      name: effective(p.name, p.name_edit),
      kind: 'action',
      day: a.dueDay,
      overdue: a.dueDay < today,
      what: a.title,
      purchase: null,
      ownerId: a.ownerId,
      ownerVia: null,
      activityKind: null,
      sourceId: a.id,
    });
  }
  entries.sort((a, b) => a.day - b.day || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const losing: WholeAgenda['losing'] = [];
  for (const { customer: p, ...r } of runId === null ? [] : lowChanceAccounts(db, runId)) {
    if (!isLikelyLosing(r.abc, r.pAlive)) continue;
    losing.push({ account: { code: r.code, name: effective(p.name, p.name_edit), abc: r.abc, pAlive: r.pAlive, lastPurchase: r.lastPurchase }, ownerId: ownerOf(p).id });
  }
  losing.sort(({ account: a }, { account: b }) => a.pAlive - b.pAlive || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { runId, overdue: entries.filter((i) => i.overdue), due: entries.filter((i) => !i.overdue), losing };
}
