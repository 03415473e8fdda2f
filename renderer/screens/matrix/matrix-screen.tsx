// Screen "matrix": the run's KPIs, the ABC-XYZ matrix and its legend. A cell opens the
// customer grid filtered to it.
import type { MatrixCell } from '../../../shared/analysis/matrix-types';
import type { RunSummary } from '../../../shared/api/analysis-api';
import { invoke } from '../../api';
import { navigate } from '../../app/router';
import { useApiData } from '../../components/use-api-data';
import { LoadingNotice, WithRun } from '../../components/with-run';
import { useMessages, useSettings } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { slotFilter } from './matrix-layout';
import { MatrixGrid } from './matrix-grid';
import { MatrixLegend } from './matrix-legend';
import { matrixMessages } from './matrix-messages';
import { RunKpis } from './run-kpis';
import './matrix.css';

export function MatrixScreen(_props: ScreenProps) {
  const m = useMessages(matrixMessages);
  return (
    <section className="matrix-screen">
      <h1>{m.title}</h1>
      <WithRun>{(run) => <MatrixOfRun run={run} />}</WithRun>
    </section>
  );
}

function MatrixOfRun({ run }: { run: RunSummary }) {
  const m = useMessages(matrixMessages);
  const { data: cells, loading } = useApiData(`matrix|${run.id}|${run.createdAt}`, () => invoke('analysis/matrix', { runId: run.id }));
  if (loading) return <LoadingNotice />;
  if (!cells) return null;
  return (
    <>
      <RunKpis run={run} cells={cells} />
      {run.totals.customers === 0 && <p className="notice">{m.empty}</p>}
      <div className="matrix-layout">
        <MatrixGrid cells={cells} basis={run.params.basis} onOpen={(slot) => navigate('customers', { run: run.id, ...slotFilter(slot) })} />
        <MatrixLegend params={run.params} />
      </div>
      <MatrixNetNote run={run} cells={cells} />
    </>
  );
}

/**
 * Why the matrix's total is not the "Valor total" card: the cells add every customer's value, the
 * run's total only the positive ones (SPEC ABC 3). Shown only when they differ.
 */
function MatrixNetNote({ run, cells }: { run: RunSummary; cells: MatrixCell[] }) {
  const m = useMessages(matrixMessages);
  const { fmt } = useSettings();
  const gap = -cells.reduce((s, c) => s + c.nonPositiveValue, 0);
  if (gap <= 0) return null;
  const count = cells.reduce((s, c) => s + c.nonPositive, 0);
  const net = cells.reduce((s, c) => s + c.value, 0);
  const basis = run.params.basis;
  return (
    <p className="matrix-net-note muted" data-testid="matrix-net-note">
      {m.netNote(count, fmt.basis(net, basis), fmt.basis(run.totals.value, basis), fmt.basis(gap, basis), m.netReasons[basis])}
    </p>
  );
}
