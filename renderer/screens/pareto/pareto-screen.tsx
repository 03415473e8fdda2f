// Screen "pareto": the Pareto chart of the run, and beside it the concentration panel and the
// threshold sensitivity.
import { useState } from 'react';
import type { RunSummary } from '../../../shared/api/analysis-api';
import type { ParetoView as Points } from '../../../shared/analysis/pareto-points';
import { ABC_CLASSES } from '../../../shared/analysis/result-types';
import { invoke } from '../../api';
import { ClassBadge } from '../../components/class-badge';
import { useApiData } from '../../components/use-api-data';
import { LoadingNotice, WithRun } from '../../components/with-run';
import { useMessages, useSettings } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { ConcentrationPanel } from './concentration-panel';
import { ParetoChart } from './pareto-chart';
import { paretoMessages } from './pareto-messages';
import { SensitivityPanel } from './sensitivity-panel';
import './pareto.css';

/** The A customers the concentration panel lists before "show all". */
const FIRST_A = 10;

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
  const points = useApiData(`pareto|${key}`, () => invoke('analysis/pareto', { runId: run.id }));
  const concentration = useApiData(`concentration|${key}`, () => invoke('analysis/concentration', { runId: run.id, aLimit: FIRST_A }));
  const sensitivity = useApiData(`sensitivity|${key}`, () => invoke('analysis/sensitivity', { runId: run.id }));
  return (
    <div className="pareto-layout">
      <div className="pareto-main panel">
        {points.loading ? <LoadingNotice /> : points.data && <ParetoView run={run} points={points.data} />}
      </div>
      <div className="pareto-side">
        {concentration.loading ? <LoadingNotice /> : concentration.data && <ConcentrationPanel data={concentration.data} run={run} />}
        {sensitivity.loading ? <LoadingNotice /> : sensitivity.data && <SensitivityPanel data={sensitivity.data} run={run} />}
      </div>
    </div>
  );
}

function ParetoView({ run, points: view }: { run: RunSummary; points: Points }) {
  const m = useMessages(paretoMessages);
  const { fmt } = useSettings();
  const [shown, setView] = useState<'all' | 'top'>('all');
  const grouped = view.groupSize > 1;
  const points = grouped && shown === 'top' ? view.head : view.all;
  const { nonPositive, ranked } = view;
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
              <label key={v} className={shown === v ? 'on' : undefined}>
                <input type="radio" name="pareto-view" value={v} checked={shown === v} onChange={() => setView(v)} />
                {v === 'all' ? m.viewAll(ranked) : m.viewTop(view.head.length)}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      <ParetoChart points={points} params={run.params} customers={shown === 'top' && grouped ? view.head.length : ranked} />
      {grouped && shown === 'all' && <p className="muted note">{m.grouped(fmt.integer(view.groupSize))}</p>}
      {nonPositive > 0 && <p className="muted note">{m.nonPositive(nonPositive)}</p>}
    </>
  );
}
