// How concentrated the business is: the share of the top 1/5/10/20 % of customers, the HHI
// with a plain reading, and what the loss of each A customer would cost.
import { useState } from 'react';
import type { Concentration } from '../../../shared/analysis/matrix-types';
import type { Basis } from '../../../shared/analysis/params';
import { useMessages, useSettings } from '../../i18n/settings';
import { paretoMessages } from './pareto-messages';

const FIRST_A = 10;

/** The usual antitrust reading of the HHI (0–10,000). */
export function hhiLevel(hhi: number): 'low' | 'moderate' | 'high' {
  return hhi < 1500 ? 'low' : hhi <= 2500 ? 'moderate' : 'high';
}

export function ConcentrationPanel({ data, basis }: { data: Concentration; basis: Basis }) {
  const m = useMessages(paretoMessages).concentration;
  const { fmt } = useSettings();
  const [all, setAll] = useState(false);
  const level = hhiLevel(data.hhi);
  const shownA = all ? data.aCustomers : data.aCustomers.slice(0, FIRST_A);
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
      <h3>{m.aTitle(fmt.integer(data.aCustomers.length))}</h3>
      <div className={all ? 'a-list scroll' : 'a-list'}>
        <table className="data">
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
                <td className="num">{fmt.basis(c.value, basis)}</td>
                <td className="num">{fmt.percent(c.share, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.aCustomers.length > FIRST_A && (
        <button type="button" onClick={() => setAll(!all)}>
          {all ? m.showFewer : m.showAll(fmt.integer(data.aCustomers.length))}
        </button>
      )}
    </section>
  );
}
