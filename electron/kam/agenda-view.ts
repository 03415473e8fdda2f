// The current analysis and the customers as the agenda reads them (agenda.ts), narrowed to the
// customers it can name: those whose signals hold an overdue purchase, its key accounts probably
// being lost, and the customers with a contact logged or an open action. A workspace of 200,000
// customers is otherwise read whole (every figure of every row, every profile) for a few items.
import { LIKELY_LOSING_BELOW } from '../../shared/kam/likely-losing';
import { openActionsDueBy } from '../db/actions-table';
import { latestActivities } from '../db/activities-table';
import { listCustomerProfiles, type CustomerProfileRow } from '../db/customer-profiles-table';
import type { Db } from '../db/open-database';
import { lowChanceCodes, overdueCandidateCodes } from '../db/run-results-kam-reads';
import { listRunOthers, listRunResults } from '../db/run-results-table';
import { currentRun, viewOf, type RunView } from './current-run';

/** Customers with a contact logged or an open action. */
const followedIds = (db: Db) => [...new Set([...latestActivities(db).keys(), ...openActionsDueBy(db, Number.MAX_SAFE_INTEGER).map((a) => a.customerId)])];

export function agendaRunView(db: Db): RunView | null {
  const run = currentRun(db);
  if (!run) return null;
  const codes = new Set([...overdueCandidateCodes(db, run.id), ...lowChanceCodes(db, run.id, ['A', 'B'], LIKELY_LOSING_BELOW)]);
  for (const p of listCustomerProfiles(db, { ids: followedIds(db), includeDeleted: true })) codes.add(p.code);
  const list = [...codes];
  return viewOf(run, listRunResults(db, run.id, { codes: list }), listRunOthers(db, run.id, { codes: list }));
}

/** The customers (not deleted) the agenda can name: those of the view, and those followed. */
export function agendaProfiles(db: Db, view: RunView | null): CustomerProfileRow[] {
  const listed = view ? [...view.results, ...view.others].map((r) => r.code) : [];
  const byId = new Map(listCustomerProfiles(db, { ids: followedIds(db) }).map((p) => [p.id, p]));
  for (const p of listCustomerProfiles(db, { codes: listed })) byId.set(p.id, p);
  return [...byId.values()];
}
