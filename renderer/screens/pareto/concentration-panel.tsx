// How concentrated the business is: the share of the top 1/5/10/20 % of customers, the HHI
// with a plain reading, and what the loss of each A customer would cost. The first A customers
// come with the panel; "show all" reads the rest a page at a time (a large run has tens of
// thousands of them).
import { useState } from 'react';
import type { RunSummary } from '../../../shared/api/analysis-api';
import type { Concentration } from '../../../shared/analysis/matrix-types';
import { invoke } from '../../api';
import { ShowMore } from '../../components/show-more';
import { usePagedList } from '../../components/use-paged-list';
import { useMessages, useSettings } from '../../i18n/settings';
import { paretoMessages } from './pareto-messages';

/** The usual antitrust reading of the HHI (0–10,000). */
export function hhiLevel(hhi: number): 'low' | 'moderate' | 'high' {
  return hhi < 1500 ? 'low' : hhi <= 2500 ? 'moderate' : 'high';
}

type ACustomer = Concentration['aCustomers'][number];

export function ConcentrationPanel({ data, run }: { data: Concentration; run: RunSummary }) {
  const m = useMessages(paretoMessages).concentration;
  const { fmt } = useSettings();
  const [all, setAll] = useState(false);
  const level = hhiLevel(data.hhi);
  // Every A customer, in ABC order, with the share of the total it holds (what its loss would cost).
  const more = usePagedList<ACustomer>(all ? `a|${run.id}|${run.createdAt}` : null, async (offset, limit) => {
    const page = await invoke('analysis/results-page', { runId: run.id, filter: { abc: 'A' }, offset, limit });
    return { ...page, rows: page.rows.map((c) => ({ code: c.code, name: c.name, value: c.value, share: c.share ?? 0 })) };
  });
  const shownA = all && more.rows ? more.rows : data.aCustomers;
  return (
    <section className="panel pareto-panel" aria-labelledby="concentration-title" data-testid="concentration">
      <h2 id="concentration-title">{m.title}</h2>
      <table className="data">
        <thead>
          <tr>
            <th />
            <th className="num">{m.customers}</th>
            <th className="num">{m.share}</th>
          </tr>
        </thead>
        <tbody>
          {data.top.map((t) => (
            <tr key={t.percent}>
              <td>{m.top(fmt.percent(t.percent / 100, 0))}</td>
              <td className="num">{fmt.integer(t.customers)}</td>
              <td className="num" data-testid={`top-${t.percent}`}>
                <strong>{fmt.percent(t.share)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hhi">
        {m.hhi}: <strong data-testid="hhi">{fmt.integer(Math.round(data.hhi))}</strong> — <span className={`hhi-${level}`}>{m[level]}</span>
      </p>
      <h3>{m.aTitle(fmt.integer(data.aCount))}</h3>
      <div className={all ? 'a-list scroll' : 'a-list'}>
        <table className="data" data-testid="a-customers">
          <thead>
            <tr>
              <th>{m.code}</th>
              <th>{m.name}</th>
              <th className="num">{m.value}</th>
              <th className="num">{m.lost}</th>
            </tr>
          </thead>
          <tbody>
            {shownA.map((c) => (
              <tr key={c.code}>
                <td>{c.code}</td>
                <td className="name" title={c.name ?? undefined}>
                  {c.name ?? ''}
                </td>
                <td className="num">{fmt.basis(c.value, run.params.basis)}</td>
                <td className="num">{fmt.percent(c.share, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {all && more.rows && <ShowMore shown={more.rows.length} total={more.total} loading={more.loading} onMore={more.more} testId="a-customers-more" />}
      </div>
      {data.aCount > data.aCustomers.length && (
        <button type="button" onClick={() => setAll(!all)} data-testid="a-customers-all">
          {all ? m.showFewer : m.showAll(fmt.integer(data.aCount))}
        </button>
      )}
    </section>
  );
}
