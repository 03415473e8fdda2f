// What the letters mean, with this run's thresholds.
import type { AnalysisParams } from '../../../shared/analysis/params';
import { CLASS_COLORS } from '../../../shared/analysis/class-colors';
import { ClassBadge } from '../../components/class-badge';
import { useMessages, useSettings } from '../../i18n/settings';
import { matrixMessages } from './matrix-messages';

export function MatrixLegend({ params }: { params: AnalysisParams }) {
  const m = useMessages(matrixMessages);
  const { fmt, labels } = useSettings();
  const pct = (n: number) => fmt.percent(n / 100, 0);
  const cv = (n: number) => fmt.number(n, 2);
  const color = CLASS_COLORS.new!;
  const items: [string | null, string][] = [
    ['A', m.legend.a(pct(params.a))],
    ['B', m.legend.b(pct(params.a), pct(params.b))],
    ['C', m.legend.c(pct(params.b))],
    ['X', m.legend.x(cv(params.x))],
    ['Y', m.legend.y(cv(params.x), cv(params.y))],
    ['Z', m.legend.z(cv(params.y))],
    [null, m.legend.new(params.minPeriods, labels.periods[params.period].toLowerCase())],
  ];
  return (
    <aside className="panel matrix-legend" aria-labelledby="matrix-legend-title">
      <h2 id="matrix-legend-title">{m.legend.title}</h2>
      <dl>
        {items.map(([cls, text]) => (
          <div key={cls ?? 'new'} className="legend-item">
            <dt>
              {cls ? (
                <ClassBadge value={cls} />
              ) : (
                <span className="class-badge" style={{ background: color.fill, color: color.text, borderColor: color.strong }}>
                  {labels.xyzNew}
                </span>
              )}
            </dt>
            <dd>{text}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{m.hint}</p>
    </aside>
  );
}
