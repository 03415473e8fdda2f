// The stored runs as a table: when, over which window and parameters, how many A/B/C, and a way
// into the matrix. The start screen adds the exports; the history adds a box to pick runs for
// comparison, the X/Y thresholds and deletion.
import type { ReactNode } from 'react';
import type { RunSummary } from '../../shared/api/analysis-api';
import { dayOfIso } from '../../shared/domain/calendar';
import { hrefFor } from '../app/router';
import { useMessages, useSettings } from '../i18n/settings';
import { ClassBadge } from './class-badge';
import { formatTimestamp } from './format-timestamp';
import { runTableMessages } from './run-table-messages';

type Props = {
  runs: RunSummary[];
  testId: string;
  /** A first column: its header and its cell for each run. */
  lead?: { header: ReactNode; cell: (run: RunSummary) => ReactNode };
  /** Shows the XYZ thresholds too. */
  xyz?: boolean;
  /** What follows "Abrir" in the actions cell. */
  actions: (run: RunSummary) => ReactNode;
  rowClass?: (run: RunSummary) => string | undefined;
  /** The label's cell (the history edits it there); default: the label as text. */
  labelCell?: (run: RunSummary) => ReactNode;
};

export function RunTable({ runs, testId, lead, xyz = false, actions, rowClass, labelCell }: Props) {
  const m = useMessages(runTableMessages);
  const { fmt, labels, locale } = useSettings();
  const percent = (n: number) => fmt.number(n, n % 1 === 0 ? 0 : 1);
  return (
    <table className="data" data-testid={testId}>
      <thead>
        <tr>
          {lead && <th scope="col">{lead.header}</th>}
          <th className="num" scope="col">{m.id}</th>
          <th scope="col">{m.label}</th>
          <th scope="col">{labels.params.createdAt}</th>
          <th scope="col">{m.window}</th>
          <th scope="col">{labels.params.period}</th>
          <th scope="col">{labels.params.basis}</th>
          <th className="num" scope="col" title={m.thresholdsTitle}>
            {m.thresholds}
          </th>
          {xyz && (
            <th className="num" scope="col" title={m.xyThresholdsTitle}>
              {m.xyThresholds}
            </th>
          )}
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
          return (
            <tr key={run.id} className={[rowClass?.(run), run.current ? 'current-run' : undefined].filter(Boolean).join(' ') || undefined}>
              {lead && <td>{lead.cell(run)}</td>}
              <td className="num">{run.id}</td>
              <td className="label-cell">{labelCell ? labelCell(run) : (run.label ?? '')}</td>
              <td>{formatTimestamp(run.createdAt, locale)}</td>
              <td>{m.windowText(fmt.day(dayOfIso(run.window.from)), fmt.day(dayOfIso(run.window.to)))}</td>
              <td>{labels.periods[run.window.period]}</td>
              <td>{labels.bases[p.basis]}</td>
              <td className="num">
                {percent(p.a)} / {percent(p.b)}
              </td>
              {xyz && (
                <td className="num">
                  {fmt.number(p.x)} / {fmt.number(p.y)}
                </td>
              )}
              <td className="num">{fmt.integer(run.totals.customers)}</td>
              <td className="num">{fmt.integer(run.totals.A)}</td>
              <td className="num">{fmt.integer(run.totals.B)}</td>
              <td className="num">{fmt.integer(run.totals.C)}</td>
              <td className="actions-cell">
                {run.current && (
                  <>
                    <span className="current-badge" title={m.currentTitle} data-testid={`current-${run.id}`}>
                      {m.current}
                    </span>{' '}
                  </>
                )}
                <a className="button" href={hrefFor('matrix', { run: run.id })} title={m.openTitle(run.id)}>
                  {m.open}
                </a>{' '}
                {actions(run)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
