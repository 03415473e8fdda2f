// Key-account management: the portfolio, the customer record and its dossier.
import type { Day } from '../domain/calendar';
import type { AbcClass, KeyAccountType, Signal, Status, XyzClass } from '../analysis/result-types';
import type { HealthScore, Clv } from '../kam/kpi-types';
import type { PortfolioGroup, PortfolioQuery, PortfolioSortKey } from '../kam/portfolio-query';
import type { Page, PageRequest } from './paging';
import type {
  CustomerPatch,
  CustomerRecord,
  PortfolioRow,
  RecordInput,
  RecordKind,
  RecordKinds,
  TeamMember,
  WinbackCase,
} from '../kam/kam-types';

export type PortfolioFilter = {
  status?: Status;
  kamId?: number;
  seller?: string;
  segment?: string;
  abc?: AbcClass;
  tag?: string;
  search?: string;
};

/** What 'customers/page' asks: the portfolio's filters, grouping, a slice, a sort and a quick search (code, name). */
export type PortfolioPageRequest = PortfolioQuery & PageRequest<PortfolioSortKey>;

/** The values the portfolio's filters offer, from every customer not deleted. */
export type PortfolioChoices = {
  sellers: string[];
  segments: string[];
  tags: string[];
  /** KAMs named on customers (a former team member included). */
  kams: { id: number; name: string }[];
};

export type PortfolioPage = Page<PortfolioRow> & {
  /** Customers not deleted, in all (before any filter). */
  all: number;
  /** Customers of each status under the other filters and the search: the status tabs. */
  counts: Record<Status, number>;
  /** With a grouping: every group of the listed rows, in order, with its first row's place in the list. */
  groups: PortfolioGroup[] | null;
  choices: PortfolioChoices;
};

export type SellerSegmentCell = {
  seller: string | null;
  segment: string | null;
  customers: number;
  revenue: number; // cents
  aCustomers: number;
  /** Share of the customers that are active (active or at risk). */
  activeShare: number;
};

export type DossierHistory = {
  firstPurchase: Day | null;
  lastPurchase: Day | null;
  yearly: { year: number; revenue: number; margin: number | null; orders: number; averageTicket: number | null }[];
  topProducts: { product: string; revenue: number; quantity: number }[];
  /** The customer's class in each stored run, oldest first. */
  classes: { runId: number; windowTo: string; abc: AbcClass | null; xyz: XyzClass | null; status: Status | null }[];
  /** Revenue per calendar month over the last 24 months (cents). */
  monthly: { month: string; revenue: number }[];
};

export type Dossier = {
  record: CustomerRecord;
  kam: TeamMember | null;
  history: DossierHistory;
  people: RecordKinds['person'][];
  competitors: RecordKinds['competitor'][];
  events: RecordKinds['event'][];
  objectives: RecordKinds['objective'][];
  actions: RecordKinds['action'][];
  activities: RecordKinds['activity'][];
  surveys: RecordKinds['survey'][];
  winback: WinbackCase | null;
  /** The customer in the current analysis (abc and xyz null when it is one of the run's others); null when the run does not list it. */
  current: {
    runId: number;
    abc: AbcClass | null;
    xyz: XyzClass | null;
    status: Status;
    share: number | null;
    signals: Signal[];
    types: KeyAccountType[];
  } | null;
  health: HealthScore;
  clv: Clv;
};

export type CustomersHandlers = {
  /** Every customer not deleted (a workspace of 200,000 customers answers 200,000 rows: screens use 'customers/page'). */
  'customers/list': (arg: { filter?: PortfolioFilter }) => Promise<PortfolioRow[]>;
  /** The portfolio a page at a time, with the status counts, the groups and the filters' choices. */
  'customers/page': (arg: PortfolioPageRequest) => Promise<PortfolioPage>;
  'customers/get': (arg: { code: string }) => Promise<CustomerRecord>;
  /** A prospect: a customer created by hand, with no sales. */
  'customers/create': (arg: { code: string; name: string; patch?: CustomerPatch }) => Promise<CustomerRecord>;
  /** Saved at once; returns the record as stored. */
  'customers/update': (arg: { code: string; patch: CustomerPatch }) => Promise<CustomerRecord>;
  /** Hides the customer (undoable with 'customers/restore'). */
  'customers/delete': (arg: { code: string }) => Promise<{ code: string }>;
  'customers/restore': (arg: { code: string }) => Promise<CustomerRecord>;
  'customers/seller-segment': (arg: { runId?: number }) => Promise<SellerSegmentCell[]>;
  'customers/tags': (arg: Record<string, never>) => Promise<string[]>;
  'dossier/get': (arg: { code: string }) => Promise<Dossier>;
  /** Dossiers of the A customers of a run (default: the current one), in ABC order, for one printed PDF. */
  'dossier/key-accounts': (arg: { runId?: number }) => Promise<Dossier[]>;
  /** Creates (no id) or updates (id) a record of the customer's dossier. */
  'records/save': <K extends RecordKind>(arg: { kind: K; code: string; record: RecordInput<K> }) => Promise<RecordKinds[K]>;
  /** Soft-deletes a record; 'records/restore' undoes it. */
  'records/delete': (arg: { kind: RecordKind; id: number }) => Promise<{ kind: RecordKind; id: number }>;
  'records/restore': (arg: { kind: RecordKind; id: number }) => Promise<{ kind: RecordKind; id: number }>;
  'team/list': (arg: Record<string, never>) => Promise<TeamMember[]>;
  'team/save': (arg: { member: Omit<TeamMember, 'id'> & { id?: number } }) => Promise<TeamMember>;
  'team/delete': (arg: { id: number }) => Promise<{ id: number }>;
  'team/restore': (arg: { id: number }) => Promise<TeamMember>;
  /** The sellers found in the sales (the customers' sellers) not yet in the team, most customers first. */
  'team/sellers': (arg: Record<string, never>) => Promise<{ name: string; customers: number }[]>;
  /** Adds these names as sellers, skipping any the team has (case and spaces aside); returns those added. */
  'team/add-sellers': (arg: { names: string[] }) => Promise<TeamMember[]>;
};
