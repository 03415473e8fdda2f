// The current analysis and the customers as the agenda reads them (agenda.ts), narrowed to the
// customers it can name: those whose signals hold an overdue purchase, its key accounts probably
// being lost, and the customers with a contact logged or an open action. A workspace of 200,000
// customers is otherwise read whole (every figure of every row, every profile) for a few items.
import { LIKELY_LOSING_BELOW } from '../../shared/kam/likely-losing';
import { openActionsDueBy } from '../db/actions-table';
import { latestActivities } from '../db/activities-table';
import { listCustomerNames, listCustomerProfiles, type CustomerNameRow } from '../db/customer-profiles-table';
import type { Db } from '../db/open-database';
import { agendaRunRows, lowChanceCodes, overdueCandidateCodes, type AgendaRunRow } from '../db/run-results-kam-reads';
import { currentRun } from './current-run';

/** Customers with a contact logged or an open action. */
const followedIds = (db: Db) => [...new Set([...latestActivities(db).keys(), ...openActionsDueBy(db, Number.MAX_SAFE_INTEGER).map((a) => a.customerId)])];

/** The current run's rows the agenda reads (only the columns it reads: 200,000 customers can have 40,000 of them), nearly in the agenda's order (agendaRunRows). */
export function agendaRunView(db: Db): AgendaRunRow[] {
  const run = currentRun(db);
  if (!run) return [];
  const codes = new Set([...overdueCandidateCodes(db, run.id), ...lowChanceCodes(db, run.id, ['A', 'B'], LIKELY_LOSING_BELOW)]);
  for (const p of listCustomerProfiles(db, { ids: followedIds(db), includeDeleted: true })) codes.add(p.code);
  return agendaRunRows(db, run.id, [...codes]);
}

/** The customers (not deleted) the agenda can name: those of the view, and those followed. */
export function agendaProfiles(db: Db, view: readonly AgendaRunRow[]): CustomerNameRow[] {
  const listed = view.map((r) => r.code);
  const byId = new Map(listCustomerNames(db, { ids: followedIds(db) }).map((p) => [p.id, p]));
  for (const p of listCustomerNames(db, { codes: listed })) byId.set(p.id, p);
  return [...byId.values()];
}
