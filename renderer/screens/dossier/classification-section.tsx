// The customer's place in the latest run (ABC/XYZ, status, signals with their reasons, types),
// its health score with what each factor took off, and its lifetime value with the formula and
// the figures behind it — so every number on the dossier can be explained.
import type { Dossier } from '../../../shared/api/customers-api';
import type { HealthContribution } from '../../../shared/kam/kpi-types';
import { signalText } from '../../../shared/format/signal-text';
import { useWorkspace } from '../../app/workspace-state';
import { ClassBadge } from '../../components/class-badge';
import type { Formatters } from '../../i18n/format';
import { useMessages, useSettings } from '../../i18n/settings';
import { StatusPill } from '../portfolio/status-pill';
import { dossierMessages, type DossierMessages } from './dossier-messages';

const num = (v: number | string | null | undefined): number | null => (typeof v === 'number' ? v : null);

function healthDetail(c: HealthContribution, m: DossierMessages['classification'], fmt: Formatters): string {
  const i = c.inputs;
  switch (c.factor) {
    case 'overdue':
    {
      const recency = num(i.recencyDays);
      const cycle = num(i.cycleDays);
      return recency === null || cycle === null ? m.noCycle : m.overdueDetail(m.days(recency, fmt.integer(recency)), m.days(cycle, fmt.number(cycle, 0)));
    }
    case 'declining':
      // The means are of the run's XYZ measure; revenue is the default and the common case.
      return num(i.recentMean) === null ? m.notDeclining : m.decliningDetail(fmt.money(num(i.recentMean)), fmt.money(num(i.earlierMean)));
    case 'droppedClass':
      return i.from === null || i.from === undefined ? m.notDropped : m.droppedDetail(String(i.from), String(i.to));
    case 'satisfaction':
      return i.kind === null || i.kind === undefined ? m.noAnswer : m.satisfactionDetail(String(i.kind).toUpperCase(), String(i.score), fmt.day(num(i.day)));
    case 'lastContact':
    {
      const days = num(i.daysSinceContact);
      return days === null ? m.noContact : m.contactDetail(m.days(days, fmt.integer(days)));
    }
    case 'decisionMap':
      return m.mapDetail(fmt.integer(num(i.decisionMakers)), fmt.integer(num(i.sponsors)));
    case 'openActions':
      return m.actionsDetail(fmt.integer(num(i.openActions)), fmt.integer(num(i.overdueActions)));
  }
}

export function ClassificationSection({ dossier }: { dossier: Dossier }) {
  const m = useMessages(dossierMessages);
  const c = m.classification;
  const { fmt, labels, loc } = useSettings();
  const { runs } = useWorkspace();
  const latest = dossier.latest;
  const measure = runs.find((r) => r.id === latest?.runId)?.params.xyzMeasure ?? 'revenue';
  const { health, clv } = dossier;
  const years = (n: number | null) => (n === null ? c.undefinedValue : c.years(fmt.number(n, 2)));
  return (
    <section className="dossier-section panel" aria-labelledby="sec-classification">
      <h2 id="sec-classification">{m.sections.classification}</h2>
      {latest === null ? (
        <p className="muted">{c.outOfRuns}</p>
      ) : (
        <div className="class-line" data-testid="dossier-class">
          <span className="muted">{c.run(latest.runId)}</span> <ClassBadge value={latest.abc} title="ABC" /> <ClassBadge value={latest.xyz} title="XYZ" />{' '}
          <StatusPill status={latest.status} />{' '}
          <span className="muted">
            {c.share}: {fmt.percent(latest.share, 2)}
          </span>
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
        <div className="health grow">
          <h3>
            {c.health}: <span className="health-score" data-testid="health-score">{c.healthOf(fmt.integer(health.score))}</span>
          </h3>
          <table className="data compact">
            <thead>
              <tr>
                <th>{c.healthFactor}</th>
                <th className="num">{c.healthPoints}</th>
                <th>{c.healthDetail}</th>
              </tr>
            </thead>
            <tbody>
              {health.contributions.map((h) => (
                <tr key={h.factor} className={h.points > 0 ? 'lost-points' : undefined}>
                  <td>{c.factors[h.factor]}</td>
                  <td className="num">{c.pointsOf(h.points > 0 ? `−${fmt.number(h.points, h.points % 1 === 0 ? 0 : 1)}` : '0', fmt.integer(h.weight))}</td>
                  <td className="wrap">{healthDetail(h, c, fmt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="clv grow">
          <h3>
            {c.clv}: <span data-testid="clv">{clv.clv === null ? c.undefinedValue : fmt.money(clv.clv)}</span>
          </h3>
          <p className="muted">{c.clvFormula}</p>
          <p>
            {c.clvInputs(
              fmt.money(clv.averageYearlyMargin),
              fmt.number(clv.yearsOfHistory, 2),
              fmt.percent(clv.yearlyChurnRate, 1),
              years(clv.expectedLifetimeYears),
            )}
          </p>
        </div>
      </div>
    </section>
  );
}
