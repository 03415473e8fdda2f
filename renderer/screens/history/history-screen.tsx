// Run history: the stored runs, export, delete, and the class migration between two of them
// with the customers behind each cell.
import { useEffect, useState } from 'react';
import type { MigrationTable as Migration } from '../../../shared/analysis/matrix-types';
import { paramsKey } from '../../../shared/analysis/params';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import { hrefFor } from '../../app/router';
import { useWorkspace } from '../../app/workspace-state';
import { useMessages } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { ExportPanel } from './export-panel';
import { historyMessages } from './history-messages';
import { MigrationCustomers } from './migration-customers';
import { MIGRATION_KEYS, MigrationTable, type MigrationKey } from './migration-table';
import { RunsHistoryTable } from './runs-history-table';
import './history.css';

type Cell = { from: MigrationKey; to: MigrationKey };

export function HistoryScreen({ route }: ScreenProps) {
  const m = useMessages(historyMessages);
  const { runs, run, loading, reload } = useWorkspace();
  const report = useReportError();
  const [selected, setSelected] = useState<number[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  // Forget runs that were deleted meanwhile.
  useEffect(() => setSelected((s) => s.filter((id) => runs.some((r) => r.id === id))), [runs]);

  const toggle = (runId: number) =>
    setSelected((s) => (s.includes(runId) ? s.filter((id) => id !== runId) : [...s, runId].slice(-2)));
  const makeCurrent = async (runId: number) => {
    try {
      await invoke('analysis/set-current', { runId });
      setNotice(m.madeCurrent(runId));
      await reload();
    } catch (e) {
      report(e);
    }
  };
  const remove = async (runId: number) => {
    try {
      await invoke('analysis/delete', { runId });
      setNotice(m.removed(runId));
      await reload();
    } catch (e) {
      report(e);
    }
  };

  if (loading) return <p className="muted">{m.loading}</p>;
  return (
    <div className="history">
      <h1>{m.title}</h1>
      {runs.length === 0 ? (
        <p className="notice">
          {m.empty} <a href={hrefFor('analysis')}>{m.newRun}</a>
        </p>
      ) : (
        <>
          <ExportPanel runs={runs} initialRunId={run?.id ?? null} highlighted={route.params.export === '1'} />
          <p className="muted">{m.intro}</p>
          {notice && (
            <p className="notice" role="status">
              {notice}
            </p>
          )}
          <RunsHistoryTable runs={runs} selected={selected} onToggle={toggle} onDelete={remove} onMakeCurrent={makeCurrent} onLabelSaved={reload} />
          <Comparison selected={selected} />
        </>
      )}
    </div>
  );
}

/** The migration between the two ticked runs, older → newer. */
function Comparison({ selected }: { selected: number[] }) {
  const m = useMessages(historyMessages);
  const { runs } = useWorkspace();
  const report = useReportError();
  const [table, setTable] = useState<Migration | null>(null);
  const [cell, setCell] = useState<Cell | null>(null);
  const [fromId, toId] = [...selected].sort((a, b) => a - b);
  const fromRun = runs.find((r) => r.id === fromId);
  const toRun = runs.find((r) => r.id === toId);

  useEffect(() => {
    setTable(null);
    setCell(null);
    if (fromId === undefined || toId === undefined) return;
    let current = true;
    invoke('analysis/migration', { fromRunId: fromId, toRunId: toId }).then(
      (t) => current && setTable(t),
      (e: unknown) => current && report(e),
    );
    return () => {
      current = false;
    };
  }, [fromId, toId, report]);

  if (selected.length < 2 || !fromRun || !toRun)
    return <p className="muted compare-hint">{selected.length === 1 ? m.pickOneMore : m.pickTwo}</p>;
  if (!table) return <p className="muted">{m.loading}</p>;

  const rank = (k: MigrationKey) => MIGRATION_KEYS.indexOf(k);
  let up = 0;
  let down = 0;
  let entered = 0;
  let left = 0;
  for (const c of table.cells) {
    const n = c.customers;
    if (c.from === '-') entered += n;
    else if (c.to === '-') left += n;
    else if (rank(c.to) < rank(c.from)) up += n;
    else if (rank(c.to) > rank(c.from)) down += n;
  }
  const comparable =
    paramsKey(fromRun.params) === paramsKey(toRun.params) && fromRun.window.from === toRun.window.from && fromRun.window.to === toRun.window.to;
  const count = cell ? (table.cells.find((c) => c.from === cell.from && c.to === cell.to)?.customers ?? 0) : 0;

  return (
    <section className="comparison" aria-labelledby="migration-title">
      <h2 id="migration-title">{m.migrationTitle(fromRun.id, toRun.id)}</h2>
      <p className="muted">{m.migrationHint}</p>
      {!comparable && <p className="notice">{m.differentParams}</p>}
      <div className="row">
        <MigrationTable table={table} selected={cell} onSelect={(from, to) => setCell({ from, to })} />
        <p className="moves" data-testid="migration-moves">
          {m.moves(up, down, entered, left)}
        </p>
      </div>
      {cell && <MigrationCustomers count={count} from={cell.from} to={cell.to} fromRun={fromRun} toRun={toRun} onClose={() => setCell(null)} />}
    </section>
  );
}
