// The customer's place in the current run (ABC/XYZ, status, signals with their reasons, types),
// its health score with what each factor took off, and its predicted lifetime value with the
// chance that it still buys and the steps behind it — so every number on the dossier can be
// explained.
import type { Dossier } from '../../../shared/api/customers-api';
import { signalText } from '../../../shared/format/signal-text';
import { useWorkspace } from '../../app/workspace-state';
import { ClassBadge } from '../../components/class-badge';
import { ClvExplained } from '../../components/clv-explained';
import { HealthExplained } from '../../components/health-explained';
import { LikelyLosingFlag } from '../../components/likely-losing-flag';
import { isLikelyLosing } from '../../../shared/kam/likely-losing';
import { useMessages, useSettings } from '../../i18n/settings';
import { StatusPill } from '../portfolio/status-pill';
import { dossierMessages } from './dossier-messages';

export function ClassificationSection({ dossier }: { dossier: Dossier }) {
  const m = useMessages(dossierMessages);
  const c = m.classification;
  const { fmt, labels, loc } = useSettings();
  const { runs } = useWorkspace();
  const latest = dossier.current;
  const measure = runs.find((r) => r.id === latest?.runId)?.params.xyzMeasure ?? 'revenue';
  return (
    <section className="dossier-section panel" aria-labelledby="sec-classification">
      <h2 id="sec-classification">{m.sections.classification}</h2>
      {latest === null ? (
        <p className="muted">{c.outOfRuns}</p>
      ) : (
        <div className="class-line" data-testid="dossier-class">
          <span className="muted">{c.run(latest.runId)}</span> <ClassBadge value={latest.abc} title="ABC" /> <ClassBadge value={latest.xyz} title="XYZ" />{' '}
          <StatusPill status={latest.status} /> <LikelyLosingFlag likelyLosing={isLikelyLosing(latest.abc, dossier.clv.pAlive)} pAlive={dossier.clv.pAlive} />{' '}
          <span className="muted">{latest.abc === null ? c.outsideWindow : `${c.share}: ${fmt.percent(latest.share, 2)}`}</span>
        </div>
      )}
      <div className="info-row">
        <div className="grow">
          <h3>{c.signals}</h3>
          {latest === null || latest.signals.length === 0 ? (
            <p className="muted">{c.noSignals}</p>
          ) : (
            <ul className="signals">
              {latest.signals.map((s) => (
                <li key={s.kind}>{signalText(s, measure, labels, loc)}</li>
              ))}
            </ul>
          )}
        </div>
        <div className="grow">
          <h3>{c.types}</h3>
          {latest === null || latest.types.length === 0 ? <p className="muted">{c.noTypes}</p> : <p>{latest.types.map((t) => labels.types[t]).join(', ')}</p>}
        </div>
      </div>
      <div className="info-row">
        {/* The declining reason's means are in the unit of the run's XYZ measure. */}
        <HealthExplained health={dossier.health} measure={measure} />
        <ClvExplained clv={dossier.clv} />
      </div>
    </section>
  );
}
