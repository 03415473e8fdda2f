// What the read workers answer (read-worker.ts, read-workers.ts): the calls that read much of a
// large workspace and never write, and what is read ahead for them. The backend answers one
// request at a time per thread: at 200,000 customers one of these took 1–5 s, and every quick
// request behind it waited that long. Each call has a lane, one worker thread per lane: what a
// call keeps in memory (an index, a kept answer) lives on its lane's thread, so every call that
// reads it is on the same lane; the lanes are the groups of calls that share what they keep, so
// that a slow call or a read ahead on one holds up no call of another.
import type { HandlerName } from '../../shared/api/handlers';
import { prepareRunClasses } from '../analysis/run-migration';
import { currentRunId, getRun, listRuns } from '../db/analysis-runs-table';
import type { Db } from '../db/open-database';
import { prepareResultsIndex, prepareResultsNumberOrders, prepareResultsNumbers, prepareResultsOrder } from '../analysis/results-page';
import { loadChurnData } from '../kam/churn-data';
import { preparePortfolioOrders, preparePortfolioSearch } from '../kam/portfolio-index';
import { localToday } from '../kam/today';
import { prepareWinbackOrder } from '../kam/winback';
import type { Workspace } from './open-workspace';

export type Lane = 'portfolio' | 'grid' | 'agenda' | 'purchases' | 'history';

/** The calls answered on a worker's read-only connection, by lane; every other call stays on the backend's thread. */
export const READ_CALLS: Partial<Record<HandlerName, Lane>> = {
  // The portfolio's kept index (portfolio-index.ts: 1.2 s to read at 200,000 customers) and the
  // seller × segment table made from it, read ahead after 'analysis/runs'; every call that reads them.
  'customers/page': 'portfolio',
  'customers/list': 'portfolio',
  'customers/seller-segment': 'portfolio',
  // The customer grid's kept search and sort index (results-page.ts), read ahead after 'analysis/runs' too.
  'analysis/results-page': 'grid',
  // The whole agenda, built once and kept (agenda.ts: 1.5 s), its pages, and the dashboard that
  // counts its overdue items (1.1–2.5 s). A dossier sums every line of a customer (0.9 s for the
  // largest), the key accounts' dossiers all of theirs: nothing kept, on a lane seldom busy.
  'agenda/list': 'agenda',
  'agenda/page': 'agenda',
  'agenda/losing': 'agenda',
  'kpi/dashboard': 'agenda',
  'dossier/get': 'agenda',
  'dossier/key-accounts': 'agenda',
  // The win-back list's page (the run's lost in order, kept: about a second at 5M lines the first
  // time): on the backend's thread it held up the loss trend asked with it, whose answer comes
  // back from its worker through that thread.
  'winback/page': 'agenda',
  // Every customer's purchase days (churn-data.ts, kept): the loss trend (4.7 s) and churn (2.3 s).
  'winback/trend': 'purchases',
  'kpi/churn': 'purchases',
  // The history's comparison of two runs and the customers of one of its cells, from the runs'
  // classes kept (run-migration.ts): a lane of their own, so that a comparison never waits for
  // the loss trend (decision #177).
  'analysis/migration': 'history',
  'analysis/migration-customers': 'history',
};

export const LANES: readonly Lane[] = [...new Set(Object.values(READ_CALLS))];

export function laneOf(name: string): Lane | undefined {
  return (READ_CALLS as Record<string, Lane | undefined>)[name];
}

/**
 * What a handler asks to be read ahead, while the user looks at its answer: what the portfolio
 * screen asks first (its seller × segment table and its first page: the index, the choices and
 * the table are then kept), or a run's grid index.
 */
export type ReadAhead =
  | { kind: 'portfolio' }
  // Then, each a step of its own (read aheads go one at a time, a call before any waiting), so
  // that a call that comes meanwhile waits for one step only: the names folded for the first
  // search, then the orders the portfolio is most often sorted by first.
  | { kind: 'portfolio-search' }
  | { kind: 'portfolio-orders' }
  | { kind: 'results-index'; runId: number }
  // Then the grid's order by name (a step of its own: the grid's first page waits for no sort).
  | { kind: 'results-order'; runId: number }
  // Then every number column of the grid, for its first sort by a figure (decision #188), then
  // their orders up (#190).
  | { kind: 'results-numbers'; runId: number }
  | { kind: 'results-number-orders'; runId: number }
  // The classes of the runs the history most likely compares (run-migration.ts keeps them).
  | { kind: 'run-classes'; runIds: number[] }
  // Every customer's purchase days as churn and the loss trend keep them (churn-data.ts: 3–5 s at
  // 5 million lines), last: the win-back and KPI screens are seldom the first opened.
  | { kind: 'churn-data' }
  // The win-back's lost customers in order, asked by its first page ('Mostrar mais' slices them).
  | { kind: 'winback-order' };

/** The lane whose calls read what `what` prepares. */
export const readAheadLane = (what: ReadAhead): Lane =>
  laneOf(
    what.kind === 'results-index' || what.kind === 'results-order' || what.kind === 'results-numbers' || what.kind === 'results-number-orders'
      ? 'analysis/results-page'
      : what.kind === 'run-classes'
        ? 'analysis/migration'
        : what.kind === 'churn-data'
          ? 'kpi/churn'
          : what.kind === 'winback-order'
            ? 'winback/page'
            : 'customers/page',
  )!;

/**
 * What is read ahead when the screens ask for the runs (the workspace opened, an import, a run
 * or a deletion ended): the portfolio and the current analysis's customer grid, each on its
 * lane, so that the first search of either answers from memory, and the orders each is most often
 * sorted by first (the grid's: by name, decision #186), the grid's number columns (#188) and
 * their orders (#190); then the classes of the two newest runs, which the history compares first
 * (0.25-0.65 s at 5M lines read when asked, 50 ms once read); last, the purchase days churn and
 * the loss trend count (decision #180). Nothing is read when nothing changed (all are kept).
 */
export function aheadOfScreens(db: Db): ReadAhead[] {
  const runId = currentRunId(db);
  const newest = listRuns(db).slice(0, 2).map((r) => r.id);
  return [
    { kind: 'portfolio' },
    ...(runId === null ? [] : [{ kind: 'results-index', runId } as const]),
    { kind: 'portfolio-search' },
    { kind: 'portfolio-orders' },
    ...(runId === null
      ? []
      : ([
          { kind: 'results-order', runId },
          { kind: 'results-numbers', runId },
          { kind: 'results-number-orders', runId },
        ] as const)),
    ...(newest.length === 2 ? [{ kind: 'run-classes', runIds: newest } as const] : []),
    { kind: 'churn-data' },
  ];
}

/** Reads `what` ahead in workspace `w`. A failure here is not the user's: the request that needs it reports it. */
export async function readAheadIn(w: Workspace, what: ReadAhead): Promise<void> {
  try {
    if (!w.ctx.db.open) return;
    // The screen's calls themselves, answered and dropped: what they need is then kept, their code compiled.
    if (what.kind === 'portfolio') {
      await w.api.dispatch('customers/seller-segment', {});
      await w.api.dispatch('customers/page', {});
    } else if (what.kind === 'portfolio-search') preparePortfolioSearch(w.ctx.db, localToday());
    else if (what.kind === 'portfolio-orders') preparePortfolioOrders(w.ctx.db, localToday());
    else if (what.kind === 'run-classes') prepareRunClasses(w.ctx.db, what.runIds);
    else if (what.kind === 'churn-data') loadChurnData(w.ctx.db);
    else if (what.kind === 'winback-order') prepareWinbackOrder(w.ctx.db);
    else {
      const run = getRun(w.ctx.db, what.runId);
      const prepare = {
        'results-index': prepareResultsIndex,
        'results-order': prepareResultsOrder,
        'results-numbers': prepareResultsNumbers,
        'results-number-orders': prepareResultsNumberOrders,
      }[what.kind];
      if (run) prepare(w.ctx.db, run);
    }
  } catch {
    // reported by the request that needs it
  }
}

/**
 * Where no worker reads: on this thread once the current request is answered. Not the purchase
 * days: seconds of one thread at 5 million lines, they would hold up the next request (or the
 * end of a command line) for what a screen may never ask.
 */
export function readAheadSoon(w: () => Workspace): (what: ReadAhead) => void {
  return (what) => {
    if (what.kind !== 'churn-data') setTimeout(() => void readAheadIn(w(), what), 0);
  };
}
