// Every stored run with its window and parameters, a box to pick it for comparison, and the
// way to open or delete it.
import type { RunSummary } from '../../../shared/api/analysis-api';
import { dayOfIso } from '../../../shared/domain/calendar';
import { hrefFor } from '../../app/router';
import { ClassBadge } from '../../components/class-badge';
import { ConfirmButton } from '../../components/confirm-button';
import { formatTimestamp } from '../../components/format-timestamp';
import { useMessages, useSettings } from '../../i18n/settings';
import { historyMessages } from './history-messages';

type Props = { runs: RunSummary[]; selected: number[]; onToggle(runId: number): void; onDelete(runId: number): Promise<void> };

export function RunsHistoryTable({ runs, selected, onToggle, onDelete }: Props) {
  const m = useMessages(historyMessages);
  const { fmt, labels, locale } = useSettings();
  return (
    <div className="table-scroll">
      <table className="data" data-testid="history-runs">
        <thead>
          <tr>
            <th scope="col">{m.compare}</th>
            <th className="num" scope="col">{m.id}</th>
            <th scope="col">{labels.params.createdAt}</th>
            <th scope="col">{m.window}</th>
            <th scope="col">{labels.params.period}</th>
            <th scope="col">{labels.params.basis}</th>
            <th className="num" scope="col">{m.thresholds}</th>
            <th className="num" scope="col">{m.xyThresholds}</th>
            <th className="num" scope="col">{labels.params.customers}</th>
            {(['A', 'B', 'C'] as const).map((c) => (
              <th key={c} className="num" scope="col">
                <ClassBadge value={c} />
              </th>
            ))}
            <th scope="col">{m.actions}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const p = run.params;
            const isSelected = selected.includes(run.id);
            return (
              <tr key={run.id} className={isSelected ? 'selected' : undefined}>
                <td>
                  <input
                    type="checkbox"
                    checked={isSelected}
                    onChange={() => onToggle(run.id)}
                    aria-label={m.compareLabel(run.id)}
                    data-testid={`compare-${run.id}`}
                  />
                </td>
                <td className="num">{run.id}</td>
                <td>{formatTimestamp(run.createdAt, locale)}</td>
                <td>{m.windowText(fmt.day(dayOfIso(run.window.from)), fmt.day(dayOfIso(run.window.to)))}</td>
                <td>{labels.periods[run.window.period]}</td>
                <td>{labels.bases[p.basis]}</td>
                <td className="num">
                  {fmt.number(p.a, p.a % 1 === 0 ? 0 : 1)} / {fmt.number(p.b, p.b % 1 === 0 ? 0 : 1)}
                </td>
                <td className="num">
                  {fmt.number(p.x)} / {fmt.number(p.y)}
                </td>
                <td className="num">{fmt.integer(run.totals.customers)}</td>
                <td className="num">{fmt.integer(run.totals.A)}</td>
                <td className="num">{fmt.integer(run.totals.B)}</td>
                <td className="num">{fmt.integer(run.totals.C)}</td>
                <td className="actions-cell">
                  <a className="button" href={hrefFor('matrix', { run: run.id })} title={m.openTitle(run.id)}>
                    {m.open}
                  </a>{' '}
                  <ConfirmButton question={m.removeQuestion(run.id)} confirm={m.removeConfirm} onConfirm={() => onDelete(run.id)} testId={`delete-${run.id}`}>
                    {m.remove}
                  </ConfirmButton>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
