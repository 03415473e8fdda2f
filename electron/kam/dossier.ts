// A customer's dossier (seed 002): general information, the relationship history (automatic
// from the sales and the stored runs, and entered by hand), the decision-making map,
// competitors, the action plan, follow-up, satisfaction, win-back, health and CLV.
import type { Dossier, DossierHistory } from '../../shared/api/customers-api';
import type { RunSummary } from '../../shared/api/analysis-api';
import type { Day } from '../../shared/domain/calendar';
import { latestSaleDay } from '../analysis/load-sales';
import { listRuns } from '../db/analysis-runs-table';
import { listCustomerProfiles, type CustomerProfileRow } from '../db/customer-profiles-table';
import { tagsOfCustomer } from '../db/customer-tags-table';
import type { Db } from '../db/open-database';
import { listRunResults } from '../db/run-results-table';
import { getTeamMember } from '../db/team-members-table';
import { getWinbackCase } from '../db/winback-cases-table';
import { clvCalculator, type ClvCalculator } from './churn-data';
import { toCustomerRecord } from './customer-record';
import { loadHealthContext, type HealthContext } from './health-context';
import { runView, type RunView } from './newest-run';
import { customerRecords } from './records';
import { salesHistory } from './sales-history';

/** What every dossier of one request shares, read once (the key accounts' PDF makes many). */
export type DossierContext = {
  view: RunView | null;
  /** Every stored run, oldest window first. */
  runs: RunSummary[];
  latestSale: Day | null;
  health: HealthContext;
  clv: ClvCalculator;
};

export function loadDossierContext(db: Db, today: Day, view: RunView | null = runView(db)): DossierContext {
  const runs = listRuns(db).sort((a, b) => (a.window.to < b.window.to ? -1 : a.window.to > b.window.to ? 1 : a.id - b.id));
  return {
    view,
    runs,
    latestSale: latestSaleDay(db),
    health: loadHealthContext(db, today),
    clv: clvCalculator(db, view),
  };
}

export function buildDossier(db: Db, c: CustomerProfileRow, dc: DossierContext): Dossier {
  // The customer's class in each stored run (null where the run does not include it).
  const inRuns = dc.runs.map((run) => ({ run, result: listRunResults(db, run.id, { codes: [c.code] })[0] ?? null }));
  const classes: DossierHistory['classes'] = inRuns.map(({ run, result }) => ({
    runId: run.id,
    windowTo: run.window.to,
    abc: result?.abc ?? null,
    xyz: result?.xyz ?? null,
    status: result?.status ?? null,
  }));
  const latest = [...inRuns].reverse().find((r) => r.result !== null) ?? null;
  const kam = c.kam_id === null ? null : getTeamMember(db, c.kam_id);
  const newest = dc.view?.byCode.get(c.code) ?? null;
  return {
    record: toCustomerRecord(c, tagsOfCustomer(db, c.id)),
    kam: kam && { id: kam.id, name: kam.name, role: kam.role, email: kam.email },
    history: { ...salesHistory(db, c.id, dc.latestSale), classes },
    ...customerRecords(db, c.id),
    winback: getWinbackCase(db, c.id),
    latest: latest && {
      runId: latest.run.id,
      abc: latest.result!.abc,
      xyz: latest.result!.xyz,
      status: latest.result!.status,
      share: latest.result!.share,
      signals: latest.result!.signals,
      types: latest.result!.types,
    },
    health: dc.health.scoreOf(c.id, newest),
    clv: dc.clv({ id: c.id, code: c.code }),
  };
}

/**
 * The dossiers of a run's A customers (default: the newest run), in ABC order, deleted customers
 * left out: the printed PDF of the key accounts, and the dossier fields of the workbook export.
 */
export function keyAccountDossiers(db: Db, today: Day, runId?: number): Dossier[] {
  const view = runView(db, runId);
  if (!view) return [];
  const dc = loadDossierContext(db, today, runId === undefined ? view : runView(db));
  const live = new Map(listCustomerProfiles(db).map((p) => [p.code, p]));
  return view.results.filter((r) => r.abc === 'A' && live.has(r.code)).map((r) => buildDossier(db, live.get(r.code)!, dc));
}
