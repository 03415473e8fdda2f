// The current analysis as the agenda reads it (agenda.ts), narrowed to the customers it can name:
// those whose signals hold an overdue purchase, its key accounts probably being lost, and the
// customers with a contact logged or an open action. A run of 200,000 customers is otherwise read
// whole (every figure of every row) for a few thousand items.
import { LIKELY_LOSING_BELOW } from '../../shared/kam/likely-losing';
import { openActionsDueBy } from '../db/actions-table';
import { latestActivities } from '../db/activities-table';
import { listCustomerProfiles } from '../db/customer-profiles-table';
import type { Db } from '../db/open-database';
import { lowChanceCodes, overdueCandidateCodes } from '../db/run-results-kam-reads';
import { listRunOthers, listRunResults } from '../db/run-results-table';
import { currentRun, viewOf, type RunView } from './current-run';

export function agendaRunView(db: Db): RunView | null {
  const run = currentRun(db);
  if (!run) return null;
  const codes = new Set([...overdueCandidateCodes(db, run.id), ...lowChanceCodes(db, run.id, ['A', 'B'], LIKELY_LOSING_BELOW)]);
  const ids = new Set([...latestActivities(db).keys(), ...openActionsDueBy(db, Number.MAX_SAFE_INTEGER).map((a) => a.customerId)]);
  for (const p of listCustomerProfiles(db, { ids: [...ids], includeDeleted: true })) codes.add(p.code);
  const list = [...codes];
  return viewOf(run, listRunResults(db, run.id, { codes: list }), listRunOthers(db, run.id, { codes: list }));
}
