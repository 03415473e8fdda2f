// The derived views of a stored run (the ABC-XYZ matrix, the Pareto chart, concentration,
// threshold sensitivity), computed from a narrow read of its customers (code, name, value,
// classes) rather than every figure of every customer, and kept per run: a stored run never
// changes, so moving between its screens does not compute them again.
import type { RunSummary } from '../../shared/api/analysis-api';
import { concentration } from '../../shared/analysis/concentration';
import { computeMatrix } from '../../shared/analysis/matrix';
import type { Concentration, MatrixCell, Sensitivity } from '../../shared/analysis/matrix-types';
import { paretoView, type ParetoView } from '../../shared/analysis/pareto-points';
import { sensitivity } from '../../shared/analysis/sensitivity';
import type { Db } from '../db/open-database';
import { runValueRows, type ValueRow } from '../db/run-results-table';

/** The Pareto chart's bars: one per customer up to this many, else groups of neighbours. */
export const PARETO_MAX_BARS = 400;
export const PARETO_HEAD = 200;

type Views = {
  key: string;
  rows: ValueRow[] | null;
  matrix?: MatrixCell[];
  pareto?: ParetoView;
  concentration?: Concentration;
  sensitivity?: Sensitivity;
};

/** The views of the last runs asked for (a run and the one compared with it). */
const KEPT = 2;
const cache = new WeakMap<Db, Views[]>();

function viewsOf(db: Db, run: RunSummary): Views {
  const key = `${run.id}|${run.createdAt}`;
  const list = cache.get(db) ?? [];
  let views = list.find((v) => v.key === key);
  if (views) list.splice(list.indexOf(views), 1);
  else views = { key, rows: null };
  list.push(views);
  while (list.length > KEPT) list.shift();
  cache.set(db, list);
  return views;
}

/** A view, computed from the rows the first time; the rows are let go once every view is made. */
function made<K extends 'matrix' | 'pareto' | 'concentration' | 'sensitivity'>(db: Db, run: RunSummary, kind: K, make: (rows: ValueRow[]) => NonNullable<Views[K]>): NonNullable<Views[K]> {
  const v = viewsOf(db, run);
  const found = v[kind];
  if (found !== undefined) return found as NonNullable<Views[K]>;
  const view = make((v.rows ??= runValueRows(db, run.id)));
  v[kind] = view;
  if (v.matrix && v.pareto && v.concentration && v.sensitivity) v.rows = null;
  return view;
}

export function runMatrix(db: Db, run: RunSummary): MatrixCell[] {
  return made(db, run, 'matrix', (rows) => computeMatrix(rows, run.totals.value));
}

export function runPareto(db: Db, run: RunSummary): ParetoView {
  return made(db, run, 'pareto', (rows) => paretoView(rows, PARETO_MAX_BARS, PARETO_HEAD));
}

/** Concentration with the first `aLimit` A customers (all when absent); `aCount` says how many there are. */
export function runConcentration(db: Db, run: RunSummary, aLimit?: number): Concentration {
  const full = made(db, run, 'concentration', (rows) => concentration(rows, run.totals.value));
  return aLimit === undefined ? full : { ...full, aCustomers: full.aCustomers.slice(0, aLimit) };
}

export function runSensitivity(db: Db, run: RunSummary): Sensitivity {
  return made(db, run, 'sensitivity', (rows) => sensitivity(rows, run.params.a, run.params.b));
}
