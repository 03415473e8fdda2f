// Win-back (seed 002, "Pèrdua d'un client clau"): the lost and inactive customers with what
// they were worth and the case to win them back, and the losses per month and reason.
import { useState } from 'react';
import type { WinbackRow as Row } from '../../../shared/api/followup-api';
import { invoke } from '../../api';
import { hrefFor } from '../../app/router';
import { useWorkspace } from '../../app/workspace-state';
import { ShowMore } from '../../components/show-more';
import { useApiData } from '../../components/use-api-data';
import { usePagedList } from '../../components/use-paged-list';
import { useMessages, useSettings } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { winbackMessages } from './winback-messages';
import { WinbackRow } from './winback-row';
import { WinbackTrend } from './winback-trend';
import './winback.css';

export function WinbackScreen(_props: ScreenProps) {
  const m = useMessages(winbackMessages);
  const { fmt } = useSettings();
  const { runs, loading } = useWorkspace();
  // Bumped after a case is saved: the trend splits losses by the recorded reason.
  const [version, setVersion] = useState(0);
  // Asked with the list's first page: each is answered on a read worker of its own (read-calls.ts),
  // the trend from every customer's purchase days read ahead there when the screens asked for the
  // runs (decisions #180, #181).
  const trend = useApiData(`trend/${version}`, () => invoke('winback/trend', { months: 12 }));
  // A page at a time, largest value lost first: a large workspace has tens of thousands.
  const list = usePagedList<Row, { valueLost: number }>(`winback/${runs[0]?.id ?? 0}`, (offset, limit) => invoke('winback/page', { offset, limit }));

  if (loading) return <p className="muted">{m.loading}</p>;
  const rows: Row[] = list.rows ?? [];
  return (
    <div className="winback">
      <h1>{m.title}</h1>
      <p className="muted">{m.intro}</p>
      {runs.length === 0 ? (
        <p className="notice">
          <a href={hrefFor('analysis')}>{m.noRun}</a>
        </p>
      ) : list.rows === null ? (
        <p className="muted">{m.loading}</p>
      ) : rows.length === 0 ? (
        <p className="notice">{m.empty}</p>
      ) : (
        <>
          <p className="winback-totals">
            <strong data-testid="winback-totals">{m.totals(list.total, fmt.money(list.extra?.valueLost ?? 0))}</strong>{' '}
            <span className="muted">{m.valueLostHint}</span>
          </p>
          <div className="winback-list">
            <table className="data winback-table" data-testid="winback-table">
              <thead>
                <tr>
                  <th>{m.customer}</th>
                  <th>{m.status}</th>
                  <th className="num">{m.lastPurchase}</th>
                  <th className="num">{m.valueLost}</th>
                  <th>{m.reason}</th>
                  <th className="wide">{m.reasonText}</th>
                  <th className="wide">{m.offer}</th>
                  <th>{m.outcome}</th>
                  <th aria-hidden="true" />
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <WinbackRow key={r.code} row={r} onSaved={() => setVersion((v) => v + 1)} />
                ))}
              </tbody>
            </table>
          </div>
          <ShowMore shown={rows.length} total={list.total} loading={list.loading} onMore={list.more} testId="winback-more" />
        </>
      )}
      {trend.data && runs.length > 0 && <WinbackTrend trend={trend.data} />}
    </div>
  );
}
