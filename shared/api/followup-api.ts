// Follow-up: the agenda of contacts and purchases due, and the win-back list.
import type { Day } from '../domain/calendar';
import type { AbcClass, Status } from '../analysis/result-types';
import type { ActivityKind, WinbackCase, WinbackReason } from '../kam/kam-types';
import type { Page, PageRequest } from './paging';

export type AgendaItem = {
  code: string;
  name: string | null;
  abc: AbcClass | null;
  /** 'contact': an activity's next contact date; 'purchase': the expected next purchase has passed (SPEC's overdue signal); 'action': an action plan item due. */
  kind: 'contact' | 'purchase' | 'action';
  day: Day;
  overdue: boolean;
  /** What to do, as the user wrote it: the last activity's notes or the action's title; empty for a purchase. */
  what: string;
  /**
   * A purchase's facts (null for other kinds), which the screens word: its customer's purchase
   * cycle and days without buying, the expected day, the last purchase (what a mark is kept by),
   * and the day it is snoozed until (then `day`).
   */
  purchase: { cycleDays: number; recencyDays: number; expected: Day; lastPurchase: Day; snoozedUntil: Day | null } | null;
  ownerId: number | null;
  activityKind: ActivityKind | null;
  sourceId: number | null;
  /** P(alive) in the current analysis, and whether the customer is a key account probably being lost (A or B, under 50 %). */
  pAlive: number | null;
  likelyLosing: boolean;
  /** A purchase's owner: the account's KAM ('kam'), else its seller when a member of the team has that name ('seller'); null for other kinds or no owner. */
  ownerVia: 'kam' | 'seller' | null;
};

/** What was done with an overdue purchase: handled ('done': it leaves the agenda until the customer buys again), or put off until a day. */
export type PurchaseMark = { state: 'done' } | { state: 'snoozed'; until: Day };

/** A key account (A or B) of the current analysis whose P(alive) is under 50 %. */
export type LosingAccount = { code: string; name: string | null; abc: AbcClass; pAlive: number; lastPurchase: Day | null };

/** Items of an agenda list asked at first, and added by each 'Mostrar mais' ('agenda/page'). */
export const AGENDA_PAGE = 50;
/** Key accounts probably being lost listed at first, and added by each 'Mostrar mais': they sit above the agenda's lists. */
export const LOSING_PAGE = 10;

/** What narrows the agenda: how far ahead "due" looks (default 7 days), one person's items, one kind. */
export type AgendaFilter = { today?: Day; days?: number; ownerId?: number; kind?: AgendaItem['kind'] };

/**
 * The first page of each list (a large workspace has tens of thousands of overdue purchases), with
 * how many there are in all; 'agenda/page' and 'agenda/losing' give the rest.
 */
export type Agenda = {
  today: Day;
  overdue: Page<AgendaItem>;
  due: Page<AgendaItem>;
  /** The key accounts probably being lost, least likely to buy first (narrowed by owner, not by kind; the first LOSING_PAGE). */
  losing: Page<LosingAccount>;
  /** Items of each kind, overdue and due together, whatever `kind` asked for (the kind filter's options). */
  kinds: Record<AgendaItem['kind'], number>;
};

export type WinbackRow = {
  code: string;
  name: string | null;
  abc: AbcClass | null;
  status: Status; // 'lost' or 'inactive'
  /** Bought in the current run's window (one of its customers), or not (one of its others). */
  inWindow: boolean;
  lastPurchase: Day | null;
  /** Revenue of the 12 months up to the last purchase: what the business stops receiving each year. */
  valueLost: number; // cents
  /** What the customer used to buy: its top products by revenue over all its history. */
  topProducts: { product: string; revenue: number }[]; // revenue in cents
  case: WinbackCase | null;
};

/** A page of the win-back list; `valueLost`: of all its customers, in cents. */
export type WinbackPage = Page<WinbackRow> & { valueLost: number };

export type LossTrend = {
  /** Customers that became lost (crossed the lost-days limit) in each month, split by the recorded reason. */
  periods: { period: string; lost: number; byReason: Partial<Record<WinbackReason | 'unknown', number>> }[];
  byReason: { reason: WinbackReason | 'unknown'; lost: number }[];
};

export type FollowupHandlers = {
  /** `days`: how far ahead "due" looks (default 7); `ownerId` narrows to one person's items, `kind` to one kind; `limit`: each list's first page (default AGENDA_PAGE). */
  'agenda/list': (arg: AgendaFilter & { limit?: number }) => Promise<Agenda>;
  /** More of one list of the same agenda (the screen's 'Mostrar mais'). */
  'agenda/page': (arg: AgendaFilter & { list: 'overdue' | 'due' } & Pick<PageRequest, 'offset' | 'limit'>) => Promise<Page<AgendaItem>>;
  /** More of the key accounts probably being lost, narrowed to one owner's. */
  'agenda/losing': (arg: { ownerId?: number } & Pick<PageRequest, 'offset' | 'limit'>) => Promise<Page<LosingAccount>>;
  /**
   * Marks the customer's overdue purchase (the gap since `lastPurchase`) done or snoozed, or
   * clears its mark (`mark: null`); returns the mark it had, to undo with a second call.
   */
  'agenda/mark-purchase': (arg: { code: string; lastPurchase: Day; mark: PurchaseMark | null; today?: Day }) => Promise<{ previous: PurchaseMark | null }>;
  'winback/list': (arg: Record<string, never>) => Promise<WinbackRow[]>;
  /** The same a page at a time, largest value lost first (the screen's 'Mostrar mais'). */
  'winback/page': (arg: Pick<PageRequest, 'offset' | 'limit'>) => Promise<WinbackPage>;
  'winback/save': (arg: { code: string; case: Omit<WinbackCase, 'updatedDay'> }) => Promise<WinbackRow>;
  'winback/trend': (arg: { months?: number }) => Promise<LossTrend>;
};
