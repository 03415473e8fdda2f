// What moving the A or B threshold by 5 points would do to the classes.
import type { RunSummary } from '../../../shared/api/analysis-api';
import type { Sensitivity } from '../../../shared/analysis/matrix-types';
import { ClassBadge } from '../../components/class-badge';
import { useMessages, useSettings } from '../../i18n/settings';
import { paretoMessages } from './pareto-messages';

export function SensitivityPanel({ data, run }: { data: Sensitivity; run: RunSummary }) {
  const m = useMessages(paretoMessages).sensitivity;
  const { fmt } = useSettings();
  const pct = (n: number) => fmt.percent(n / 100, 0);
  const { a, b } = run.params;
  return (
    <section className="panel pareto-panel" aria-labelledby="sensitivity-title" data-testid="sensitivity">
      <h2 id="sensitivity-title">{m.title}</h2>
      <p className="muted">{m.intro}</p>
      {data.rows.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>{m.threshold}</th>
              <th className="num">{m.changed}</th>
              {(['A', 'B', 'C'] as const).map((cls) => (
                <th className="num" key={cls}>
                  <ClassBadge value={cls} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr className="current">
              <td>{m.current(pct(a), pct(b))}</td>
              <td className="num">—</td>
              <td className="num">{fmt.integer(run.totals.A)}</td>
              <td className="num">{fmt.integer(run.totals.B)}</td>
              <td className="num">{fmt.integer(run.totals.C)}</td>
            </tr>
            {data.rows.map((r) => (
              <tr key={`${r.threshold}${r.delta}`}>
                <td>{m.moved(r.threshold.toUpperCase(), pct(r.threshold === 'a' ? a : b), pct(r.value))}</td>
                <td className="num">
                  <strong>{fmt.integer(r.changed)}</strong>
                </td>
                <td className="num">{fmt.integer(r.A)}</td>
                <td className="num">{fmt.integer(r.B)}</td>
                <td className="num">{fmt.integer(r.C)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
