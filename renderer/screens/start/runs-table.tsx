// The stored runs on the start screen: when, over which window and basis, how many A/B/C,
// with a way into the matrix and the exports.
import type { RunSummary } from '../../../shared/api/analysis-api';
import { dayOfIso } from '../../../shared/domain/calendar';
import { hrefFor } from '../../app/router';
import { ClassBadge } from '../../components/class-badge';
import { ExportRunButtons } from '../../components/export-run-buttons';
import { formatTimestamp } from '../../components/format-timestamp';
import { useMessages, useSettings } from '../../i18n/settings';
import { startMessages } from './start-messages';

export function RunsTable({ runs }: { runs: RunSummary[] }) {
  const m = useMessages(startMessages);
  const { fmt, labels, locale } = useSettings();
  return (
    <table className="data" data-testid="start-runs">
      <thead>
        <tr>
          <th className="num" scope="col">{m.id}</th>
          <th scope="col">{labels.params.createdAt}</th>
          <th scope="col">{m.window}</th>
          <th scope="col">{labels.params.period}</th>
          <th scope="col">{labels.params.basis}</th>
          <th className="num" scope="col">{m.thresholds}</th>
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
        {runs.map((run) => (
          <tr key={run.id}>
            <td className="num">{run.id}</td>
            <td>{formatTimestamp(run.createdAt, locale)}</td>
            <td>{m.windowText(fmt.day(dayOfIso(run.window.from)), fmt.day(dayOfIso(run.window.to)))}</td>
            <td>{labels.periods[run.window.period]}</td>
            <td>{labels.bases[run.params.basis]}</td>
            <td className="num">
              {fmt.number(run.params.a, run.params.a % 1 === 0 ? 0 : 1)} / {fmt.number(run.params.b, run.params.b % 1 === 0 ? 0 : 1)}
            </td>
            <td className="num">{fmt.integer(run.totals.customers)}</td>
            <td className="num">{fmt.integer(run.totals.A)}</td>
            <td className="num">{fmt.integer(run.totals.B)}</td>
            <td className="num">{fmt.integer(run.totals.C)}</td>
            <td className="actions-cell">
              <a className="button" href={hrefFor('matrix', { run: run.id })} title={m.openTitle(run.id)}>
                {m.open}
              </a>{' '}
              <ExportRunButtons run={run} compact />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
