// A stored run made by hand for the export tests: synthetic per-customer results (every class,
// status, signal and type, empty figures, names that look like formulas), written to a real
// SQLite workspace through the database modules, as the analysis engine would store them.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classifyAbc } from '../../shared/analysis/abc';
import { DEFAULT_PARAMS, paramsKey, type AnalysisParams } from '../../shared/analysis/params';
import type { CustomerResult, KeyAccountType, Prediction, RunTotals, Signal, Status, XyzClass } from '../../shared/analysis/result-types';
import type { RunModel } from '../../shared/analysis/run-model';
import { dayOfIso } from '../../shared/domain/calendar';
import { insertRun } from '../../electron/db/analysis-runs-table';
import { customerStatements } from '../../electron/db/customers-table';
import { finishBatch, insertBatch } from '../../electron/db/import-batches-table';
import { openDatabase, type Db } from '../../electron/db/open-database';
import { insertRunResults } from '../../electron/db/run-results-table';

/** Names a spreadsheet could take for formulas or that break naive CSV: they must stay text. */
export const HOSTILE_NAMES = [
  '=HYPERLINK("http://x","y")',
  '+5511987654321',
  '-x',
  '@SUM(1)',
  '\tTabulado',
  '\rRetorno',
  'Acme; "Aspas", Ltda',
  'Duas\nlinhas',
  '＝1+1',
];

export const WINDOW = { from: '2025-11-01', to: '2026-10-31' };
const TO = dayOfIso(WINDOW.to)!;

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUSES: Status[] = ['active', 'at risk', 'inactive', 'lost', 'active'];
const XYZ: (XyzClass | null)[] = ['X', 'Y', 'Z', null, 'X', 'Y'];

/** `n` customers in ABC order; the last two have value 0 and a negative value (returns). */
export function syntheticCustomers(n: number, params: AnalysisParams = DEFAULT_PARAMS, seed = 7): CustomerResult[] {
  const rnd = random(seed);
  const raw = Array.from({ length: n }, (_, i) => {
    const code = i === 5 ? '=2+3' : `C${String(i + 1).padStart(6, '0')}`;
    const value = i === n - 1 ? -12_345 : i === n - 2 ? 0 : Math.round(500_000_000 / (i + 1) ** 1.2) + Math.floor(rnd() * 100);
    return { code, value };
  });
  const abc = classifyAbc(raw, params.a, params.b);
  return abc.map((a, i): CustomerResult => {
    const hostile = i >= 3 && i < 3 + HOSTILE_NAMES.length ? HOSTILE_NAMES[i - 3]! : null;
    const orders = i % 17 === 16 ? 0 : 1 + Math.floor(rnd() * 40);
    const revenue = a.value;
    const margin = i % 11 === 10 ? null : Math.round(revenue * (0.1 + rnd() * 0.3)) - (i === 1 ? revenue : 0);
    const lastPurchase = orders === 0 ? null : TO - Math.floor(rnd() * 400);
    const firstPurchase = lastPurchase === null ? null : lastPurchase - Math.floor(rnd() * 700);
    const cycleDays = orders < 3 || lastPurchase === null ? null : i % 2 === 0 ? 14.5 : 30;
    const recencyDays = lastPurchase === null ? null : TO - lastPurchase;
    const xyz = XYZ[i % XYZ.length]!;
    const signals: Signal[] = [];
    if (i % 4 === 1) signals.push({ kind: 'overdue', recencyDays: recencyDays ?? 90, cycleDays: cycleDays ?? 30 });
    if (i % 6 === 2) signals.push({ kind: 'declining', recentMean: 123_456.5, earlierMean: 987_654 });
    if (i % 9 === 4) signals.push({ kind: 'dropped class', from: 'A', to: 'B', previousRunId: 1 });
    const types: KeyAccountType[] = i === 0 ? ['breadwinner'] : i === 7 ? ['rising', 'expert'] : [];
    return {
      code: a.code,
      name: hostile ?? (i % 13 === 12 ? null : `Cliente ${i + 1} Comércio Ltda`),
      seller: i === 4 ? '@vendedor' : `Vendedor ${(i % 5) + 1}`,
      segment: i % 3 === 0 ? 'Varejo' : 'Atacado',
      region: i % 7 === 0 ? null : 'Sudeste',
      value: a.value,
      share: a.share,
      cumulativeShare: a.cumulativeShare,
      abc: a.abc,
      nonPositive: a.nonPositive,
      abcRevenue: a.abc,
      abcMargin: margin === null ? null : i === 1 ? 'C' : a.abc,
      bigButUnprofitable: a.abc === 'A' && i === 1,
      xyz,
      cv: xyz === null ? null : xyz === 'Z' && i % 2 === 0 ? null : rnd() * 1.5,
      xyzPeriods: xyz === null ? 2 : 12,
      revenue,
      margin,
      marginPct: margin !== null && revenue > 0 ? margin / revenue : null,
      quantity: Math.round(rnd() * 5_000_000),
      orders,
      averageTicket: orders > 0 ? Math.round(revenue / orders) : null,
      firstPurchase,
      lastPurchase,
      recencyDays,
      cycleDays,
      expectedNext: lastPurchase === null || cycleDays === null ? null : lastPurchase + Math.round(cycleDays),
      status: orders === 0 ? 'prospect' : STATUSES[i % STATUSES.length]!,
      signals,
      types,
      trailingRevenue: revenue,
      ...syntheticPrediction(i, revenue, margin, rnd),
    };
  });
}

/** Predicted figures: every fifth customer has none (no purchase before), CLV none without a margin. */
function syntheticPrediction(i: number, revenue: number, margin: number | null, rnd: () => number): Prediction {
  if (i % 5 === 4) {
    const reasons = { pAlive: 'no-purchase', expectedPurchases90d: 'no-purchase', predictedRevenue12m: 'no-purchase', clv12m: 'no-purchase' } as const;
    return { pAlive: null, expectedPurchases90d: null, predictedRevenue12m: null, clv12m: null, actualPurchases90d: null,
      clvSteps: { repeatPurchases: null, expectedPurchases12m: null, expectedSpend: null, marginRate: null, reasons } };
  }
  const predicted = Math.round(Math.max(0, revenue) * rnd() * 0.8);
  const marginRate = margin !== null && revenue > 0 ? margin / revenue : null;
  return {
    pAlive: rnd(),
    expectedPurchases90d: rnd() * 3,
    predictedRevenue12m: predicted,
    clv12m: marginRate === null ? null : Math.round(predicted * marginRate),
    actualPurchases90d: null,
    clvSteps: {
      repeatPurchases: 1 + (i % 9),
      expectedPurchases12m: rnd() * 10,
      expectedSpend: 12_345 + i,
      marginRate,
      reasons: marginRate === null ? { clv12m: 'margin-unknown', marginRate: 'margin-unknown' } : {},
    },
  };
}

/** The stored model of the synthetic runs: too few repeat customers to fit one. */
export const SYNTHETIC_MODEL: RunModel = { fitted: null, reason: 'too-few-repeaters', customers: 20, repeaters: 3, backtest: null };

export function totalsOf(customers: CustomerResult[]): RunTotals {
  const count = (c: string) => customers.filter((r) => r.abc === c).length;
  return {
    customers: customers.length,
    value: customers.reduce((s, c) => s + (c.value > 0 ? c.value : 0), 0),
    A: count('A'),
    B: count('B'),
    C: count('C'),
    revenue: customers.reduce((s, c) => s + c.revenue, 0),
    margin: customers.reduce((s, c) => s + (c.margin ?? 0), 0),
  };
}

export type Workspace = { dir: string; dbPath: string; db: Db };

export function openWorkspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), 'clave-'));
  const dbPath = join(dir, 'workspace.clave');
  return { dir, dbPath, db: openDatabase(dbPath) };
}

/** Stores the customers as a run of one imported batch, in one transaction; returns the run id. */
export function storeRun(db: Db, customers: CustomerResult[], params: AnalysisParams = DEFAULT_PARAMS): { runId: number; batchId: number } {
  return db.transaction(() => {
    const batchId = insertBatch(db, { fileName: 'vendas-2026.xlsx', contentHash: `hash-${Date.now()}-${Math.random()}`, sheet: 'Vendas', mapping: {}, locale: 'pt-BR' });
    finishBatch(db, batchId, { rowsRead: 10, imported: 10, rejected: 0, firstLineId: null, lastLineId: null });
    const statements = customerStatements(db);
    const ids = new Map<string, number>();
    for (const c of customers) ids.set(c.code, (statements.find(c.code) ?? statements.create(c.code, batchId)).id);
    const runId = insertRun(db, {
      window: { from: dayOfIso(WINDOW.from)!, to: TO },
      referenceDay: TO,
      latestSale: TO,
      lastPeriodLeftOut: false,
      params,
      paramsKey: paramsKey(params),
      totals: totalsOf(customers),
      model: SYNTHETIC_MODEL,
      sources: [{ batchId, fileName: 'vendas-2026.xlsx' }],
      previousRunId: null,
      appVersion: '0.1.0',
    });
    insertRunResults(db, runId, customers, [], ids);
    return { runId, batchId };
  })();
}
