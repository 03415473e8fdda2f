// KPIs and the dashboard (seed 001): the key accounts at a glance, satisfaction (NPS, CSAT),
// churn, one customer's CLV and health explained, and the health weights.
import { useState } from 'react';
import { invoke } from '../../api';
import { hrefFor } from '../../app/router';
import { useWorkspace } from '../../app/workspace-state';
import { useApiData } from '../../components/use-api-data';
import { useMessages } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { ChurnPanel } from './churn-panel';
import { CustomerKpis } from './customer-kpis';
import { DashboardPanel, FIRST_AT_RISK } from './dashboard-panel';
import { HealthWeightsEditor } from './health-weights-editor';
import { kpisMessages } from './kpis-messages';
import { NpsPanel } from './nps-panel';
import { useKept } from './use-kept';
import './kpis.css';

export function KpisScreen({ route }: ScreenProps) {
  const m = useMessages(kpisMessages);
  const { runs, loading } = useWorkspace();
  // Surveys change NPS, the dashboard and health; weights change health and the dashboard.
  const [surveys, setSurveys] = useState(0);
  const [weightsVersion, setWeightsVersion] = useState(0);
  const version = `${surveys}.${weightsVersion}.${runs[0]?.id ?? 0}`;
  const dashboard = useKept(useApiData(`dash/${version}`, () => invoke('kpi/dashboard', { atRiskLimit: FIRST_AT_RISK })).data);
  const nps = useKept(useApiData(`nps/${surveys}/${runs[0]?.id ?? 0}`, () => invoke('kpi/nps', {})).data);
  // Loaded once: the editor keeps what it saved.
  const weights = useApiData('weights', () => invoke('kpi/health-weights', {})).data;

  if (loading) return <p className="muted">{m.loading}</p>;
  return (
    <div className="kpis-screen">
      <h1>{m.title}</h1>
      {runs.length === 0 && (
        <p className="notice">
          <a href={hrefFor('analysis')}>{m.noRun}</a>
        </p>
      )}
      {dashboard ? <DashboardPanel data={dashboard} /> : <p className="muted">{m.loading}</p>}
      {nps && <NpsPanel report={nps} onImported={() => setSurveys((v) => v + 1)} />}
      {/* Asked with the dashboard: each is answered on a read worker of its own (read-calls.ts). */}
      <ChurnPanel version={String(runs[0]?.id ?? 0)} />
      <CustomerKpis code={route.params.code ?? null} version={version} ready={dashboard !== null} />
      {weights && <HealthWeightsEditor initial={weights} onSaved={() => setWeightsVersion((v) => v + 1)} />}
    </div>
  );
}
