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
import { customerEntriesByRun } from '../db/run-results-table';
import { getTeamMember } from '../db/team-members-table';
import { getWinbackCase } from '../db/winback-cases-table';
import { toCustomerRecord } from './customer-record';
import { loadHealthContext, type HealthContext } from './health-context';
import { currentRunId } from '../db/analysis-runs-table';
import { clvOf, figuresOf, runView, type RunView } from './current-run';
import { customerRecords } from './records';
import { salesHistory } from './sales-history';

/** What every dossier of one request shares, read once (the key accounts' PDF makes many). */
export type DossierContext = {
  view: RunView | null;
  /** Every stored run, oldest window first. */
  runs: RunSummary[];
  latestSale: Day | null;
  health: HealthContext;
};

export function loadDossierContext(db: Db, today: Day, view: RunView | null = runView(db)): DossierContext {
  const runs = listRuns(db).sort((a, b) => (a.window.to < b.window.to ? -1 : a.window.to > b.window.to ? 1 : a.id - b.id));
  return {
    view,
    runs,
    latestSale: latestSaleDay(db),
    health: loadHealthContext(db, today),
  };
}

/** A dossier without its automatic sales history and its classes in the stored runs: what the workbook's dossier fields need. */
export type DossierCore = Omit<Dossier, 'history' | 'current'>;

function buildCore(db: Db, c: CustomerProfileRow, dc: DossierContext): DossierCore {
  const kam = c.kam_id === null ? null : getTeamMember(db, c.kam_id);
  return {
    record: toCustomerRecord(c, tagsOfCustomer(db, c.id)),
    kam: kam && { id: kam.id, name: kam.name, role: kam.role, email: kam.email },
    ...customerRecords(db, c.id),
    winback: getWinbackCase(db, c.id),
    health: dc.health.scoreOf(c.id, figuresOf(dc.view, c.code)),
    clv: clvOf(dc.view, c.code),
  };
}

export function buildDossier(db: Db, c: CustomerProfileRow, dc: DossierContext): Dossier {
  const byRun = customerEntriesByRun(db, c.id);
  const classes: DossierHistory['classes'] = dc.runs.map((run) => {
    const entry = byRun.get(run.id);
    return {
      runId: run.id,
      windowTo: run.window.to,
      abc: entry?.result?.abc ?? null,
      xyz: entry?.result?.xyz ?? null,
      status: entry?.result?.status ?? entry?.other?.status ?? null,
    };
  });
  const current = dc.view ? byRun.get(dc.view.run.id) : undefined;
  return {
    ...buildCore(db, c, dc),
    history: { ...salesHistory(db, c.id, dc.latestSale), classes },
    current:
      dc.view && current
        ? {
            runId: dc.view.run.id,
            abc: current.result?.abc ?? null,
            xyz: current.result?.xyz ?? null,
            status: current.result?.status ?? current.other!.status,
            share: current.result?.share ?? null,
            signals: current.result?.signals ?? current.other!.signals,
            types: current.result?.types ?? [],
          }
        : null,
  };
}

/** The customers whose dossiers a run's key accounts make (default: the current run): its A customers, in ABC order, deleted ones left out. */
function keyAccountProfiles(db: Db, today: Day, run?: number | RunView): { profiles: CustomerProfileRow[]; dc: DossierContext } | null {
  const runId = typeof run === 'object' ? run.run.id : run;
  const view = typeof run === 'object' ? run : runView(db, runId);
  if (!view) return null;
  // Health and CLV are judged by the current run, whichever run the key accounts come from.
  const current = currentRunId(db) === view.run.id ? view : runView(db);
  const dc = loadDossierContext(db, today, current);
  const codes = view.results.filter((r) => r.abc === 'A').map((r) => r.code);
  const live = new Map(listCustomerProfiles(db, { codes }).map((p) => [p.code, p]));
  const profiles = codes.filter((code) => live.has(code)).map((code) => live.get(code)!);
  return { profiles, dc };
}

/** The dossiers of a run's A customers: the printed PDF of the key accounts. */
export function keyAccountDossiers(db: Db, today: Day, runId?: number): Dossier[] {
  const found = keyAccountProfiles(db, today, runId);
  return found ? found.profiles.map((c) => buildDossier(db, c, found.dc)) : [];
}

/**
 * The same without the sales history (yearly figures, products, monthly chart) and the classes
 * in each run, which the workbook's dossier fields do not show: a run can have thousands of A customers.
 */
export function keyAccountCores(db: Db, today: Day, run?: number | RunView): DossierCore[] {
  const found = keyAccountProfiles(db, today, run);
  return found ? found.profiles.map((c) => buildCore(db, c, found.dc)) : [];
}
