// Screen "pareto": the Pareto chart of the run, and beside it the concentration panel and the
// threshold sensitivity.
import { useMemo, useState } from 'react';
import type { RunSummary } from '../../../shared/api/analysis-api';
import { ABC_CLASSES, type CustomerResult } from '../../../shared/analysis/result-types';
import { invoke } from '../../api';
import { ClassBadge } from '../../components/class-badge';
import { useRunResults } from '../../components/run-results';
import { useApiData } from '../../components/use-api-data';
import { LoadingNotice, WithRun } from '../../components/with-run';
import { useMessages, useSettings } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { ConcentrationPanel } from './concentration-panel';
import { ParetoChart } from './pareto-chart';
import { paretoMessages } from './pareto-messages';
import { allPoints, headPoints, rankedCustomers } from './pareto-points';
import { SensitivityPanel } from './sensitivity-panel';
import './pareto.css';

const MAX_BARS = 400;
const HEAD = 200;

export function ParetoScreen(_props: ScreenProps) {
  const m = useMessages(paretoMessages);
  return (
    <section className="pareto-screen">
      <h1>{m.title}</h1>
      <WithRun>{(run) => <ParetoOfRun run={run} />}</WithRun>
    </section>
  );
}

function ParetoOfRun({ run }: { run: RunSummary }) {
  const key = `${run.id}|${run.createdAt}`;
  const results = useRunResults(run);
  const concentration = useApiData(`concentration|${key}`, () => invoke('analysis/concentration', { runId: run.id }));
  const sensitivity = useApiData(`sensitivity|${key}`, () => invoke('analysis/sensitivity', { runId: run.id }));
  return (
    <div className="pareto-layout">
      <div className="pareto-main panel">
        {results.loading ? <LoadingNotice /> : results.data && <ParetoView run={run} customers={results.data} />}
      </div>
      <div className="pareto-side">
        {concentration.loading ? <LoadingNotice /> : concentration.data && <ConcentrationPanel data={concentration.data} basis={run.params.basis} />}
        {sensitivity.loading ? <LoadingNotice /> : sensitivity.data && <SensitivityPanel data={sensitivity.data} run={run} />}
      </div>
    </div>
  );
}

function ParetoView({ run, customers }: { run: RunSummary; customers: CustomerResult[] }) {
  const m = useMessages(paretoMessages);
  const { fmt } = useSettings();
  const [view, setView] = useState<'all' | 'top'>('all');
  const ranked = useMemo(() => rankedCustomers(customers), [customers]);
  const grouped = ranked.length > MAX_BARS;
  const points = useMemo(
    () => (grouped && view === 'top' ? headPoints(ranked, HEAD) : allPoints(ranked, MAX_BARS)),
    [ranked, grouped, view],
  );
  const nonPositive = customers.length - ranked.length;
  if (points.length === 0) return <p className="notice">{m.empty}</p>;
  return (
    <>
      <div className="pareto-toolbar">
        <div className="pareto-legend" aria-hidden="true">
          {ABC_CLASSES.map((cls) => (
            <ClassBadge key={cls} value={cls} />
          ))}
          <span>{m.bars}</span>
          <span className="line-sample" /> {m.cumulative}
        </div>
        {grouped && (
          <fieldset className="pareto-view">
            <legend className="visually-hidden">{m.view}</legend>
            {(['all', 'top'] as const).map((v) => (
              <label key={v} className={view === v ? 'on' : undefined}>
                <input type="radio" name="pareto-view" value={v} checked={view === v} onChange={() => setView(v)} />
                {v === 'all' ? m.viewAll(ranked.length) : m.viewTop(HEAD)}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      <ParetoChart points={points} params={run.params} customers={view === 'top' && grouped ? HEAD : ranked.length} />
      {grouped && view === 'all' && <p className="muted note">{m.grouped(fmt.integer(Math.ceil(ranked.length / MAX_BARS)))}</p>}
      {nonPositive > 0 && <p className="muted note">{m.nonPositive(nonPositive)}</p>}
    </>
  );
}
