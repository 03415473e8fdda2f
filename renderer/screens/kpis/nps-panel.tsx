// Satisfaction ('kpi/nps'): NPS and CSAT overall, NPS per ABC class, both per month, an answer
// typed in, and the import of survey answers.
import type { NpsReport, NpsSummary } from '../../../shared/kam/kpi-types';
import { ClassBadge } from '../../components/class-badge';
import { useMessages, useSettings } from '../../i18n/settings';
import { kpisMessages } from './kpis-messages';
import { NpsChart } from './nps-chart';
import { SurveyAnswerForm } from './survey-answer-form';
import { SurveyImport } from './survey-import';

export function NpsPanel({ report, onImported }: { report: NpsReport; onImported(): void }) {
  const m = useMessages(kpisMessages);
  const { fmt } = useSettings();
  const o = report.overall;
  const share = (n: number, s: NpsSummary) => (s.answers === 0 ? null : n / s.answers);
  const hasAnswers = o.answers > 0 || report.csat.answers > 0;
  return (
    <section className="panel kpi-section" aria-labelledby="nps-title">
      <h2 id="nps-title">{m.npsTitle}</h2>
      <p className="muted">{m.npsHint}</p>
      {!hasAnswers ? (
        <p className="muted">{m.noAnswers}</p>
      ) : (
        <>
          <div className="kpis">
            <div className="kpi">
              <div className="label">{m.nps}</div>
              <div className="value" data-testid="nps-overall">
                {o.nps === null ? '—' : fmt.integer(o.nps)}
              </div>
              <div className="hint">{m.answers(o.answers)}</div>
            </div>
            {([
              [m.promoters, o.promoters],
              [m.passives, o.passives],
              [m.detractors, o.detractors],
            ] as const).map(([label, count]) => (
              <div className="kpi" key={label}>
                <div className="label">{label}</div>
                <div className="value">{fmt.percent(share(count, o), 0)}</div>
                <div className="hint">{fmt.integer(count)}</div>
              </div>
            ))}
            <div className="kpi">
              <div className="label">{m.csat}</div>
              <div className="value" data-testid="csat-overall">
                {fmt.percent(report.csat.csat)}
              </div>
              <div className="hint">{m.answers(report.csat.answers)}</div>
            </div>
          </div>
          <div className="row nps-details">
            <div>
              <h3>{m.byClass}</h3>
              <table className="data by-class" data-testid="nps-by-class">
                <thead>
                  <tr>
                    <th>{m.abc}</th>
                    <th className="num">{m.nps}</th>
                    <th className="num">{m.promoters}</th>
                    <th className="num">{m.passives}</th>
                    <th className="num">{m.detractors}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.byClass.map((c) => (
                    <tr key={c.abc}>
                      <td>{c.abc === 'none' ? <span className="muted">{m.noClass}</span> : <ClassBadge value={c.abc} />}</td>
                      <td className="num">{c.nps.nps === null ? '—' : fmt.integer(c.nps.nps)}</td>
                      <td className="num">{fmt.integer(c.nps.promoters)}</td>
                      <td className="num">{fmt.integer(c.nps.passives)}</td>
                      <td className="num">{fmt.integer(c.nps.detractors)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="grow">
              <h3>{m.overTime}</h3>
              <NpsChart overTime={report.overTime} />
            </div>
          </div>
        </>
      )}
      <SurveyAnswerForm onSaved={onImported} />
      <SurveyImport onImported={onImported} />
    </section>
  );
}
