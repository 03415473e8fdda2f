// Times the backend calls behind each screen, in process (no browser): what the screens bench's
// figures are made of. `node dist/screen-calls.js WORKSPACE [call…]`.
import { openWorkspace } from '../../electron/api/open-workspace';

const dbPath = process.argv[2]!;
const only = process.argv.slice(3);
const w = openWorkspace({ dbPath, tempDir: '/tmp' });
const api = w.api as unknown as { call(name: string, arg: unknown): Promise<unknown> };
const runs = (await api.call('analysis/runs', {})) as { id: number; current: boolean }[];
const oldest = [...runs].sort((a, b) => a.id - b.id);
const current = runs.find((r) => r.current)?.id;
const page = (await api.call('customers/page', { limit: 1 })) as { rows: { code: string }[] };
const code = page.rows[0]!.code;
// What the app reads ahead once the runs are asked (the portfolio's index and its folded names),
// as it does while the user looks at the start screen.
await new Promise((resolve) => setTimeout(resolve, 0));
const calls: [string, unknown][] = [
  ['analysis/runs', {}],
  ['import/batches', {}],
  ['winback/page', {}],
  ['customers/page', {}],
  // The portfolio's first search and sorts (the index was read by the call above).
  ['customers/page', { limit: 100, search: 'hotel guan' }],
  ['customers/page', { limit: 100, abc: 'B', sort: { key: 'name', desc: false } }],
  ['customers/page', { limit: 100, abc: 'B', sort: { key: 'pAlive', desc: false } }],
  // The customer grid (the current analysis): its search, filters and first sorts by a header.
  ...((current
    ? [
        ['analysis/results-page', { runId: current, limit: 100, search: 'hotel guan' }],
        ['analysis/results-page', { runId: current, limit: 100, filter: { abc: 'B' } }],
        ['analysis/results-page', { runId: current, limit: 100, filter: { abc: 'B', alive: 'unlikely' } }],
        ['analysis/results-page', { runId: current, limit: 100, filter: { abc: 'B', alive: 'unlikely' }, sort: { key: 'name', desc: false } }],
        ['analysis/results-page', { runId: current, limit: 100, filter: { abc: 'B', alive: 'unlikely' }, sort: { key: 'clv12m', desc: false } }],
        ['analysis/results-page', { runId: current, limit: 100, sort: { key: 'averageTicket', desc: true } }],
      ]
    : []) satisfies [string, unknown][]),
  ['dossier/get', { code }],
  ['agenda/list', { days: 7 }],
  ['agenda/page', { days: 7, list: 'overdue', offset: 50 }],
  ['agenda/list', { days: 7, ownerId: 1 }],
  ['winback/list', {}],
  ['winback/trend', { months: 12 }],
  ['kpi/dashboard', {}],
  // As the KPI screen asks it: the ten least healthy at risk and the count of all.
  ['kpi/dashboard', { atRiskLimit: 10 }],
  ['kpi/nps', {}],
  ['kpi/churn', {}],
  ['kpi/churn', { period: 'quarter' }],
  ['kpi/health-weights', {}],
  ['team/list', {}],
  // History compare: the two oldest runs, the older first.
  ...(runs.length >= 2
    ? ([
        ['analysis/migration', { fromRunId: oldest[0]!.id, toRunId: oldest[1]!.id }],
        // Its drill-down: the customers of the cell A→B, the first page.
        ['analysis/migration-customers', { fromRunId: oldest[0]!.id, toRunId: oldest[1]!.id, from: 'A', to: 'B', limit: 100 }],
      ] satisfies [string, unknown][])
    : []),
];
for (const [name, arg] of calls) {
  if (only.length && !only.includes(name)) continue;
  for (const pass of ['cold', 'warm']) {
    const t0 = performance.now();
    const r = await api.call(name, arg);
    const ms = performance.now() - t0;
    const size = JSON.stringify(r).length;
    const label = `${name}${arg && Object.keys(arg).length > 0 ? ` ${JSON.stringify(arg)}` : ''}`;
    console.log(`${label.padEnd(22)} ${pass} ${ms.toFixed(0).padStart(7)} ms  ${(size / 1024).toFixed(0)} KB`);
  }
}
console.log(`runs: ${runs.length}`);
w.close();
