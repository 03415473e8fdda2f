// One customer's CLV, explained step by step from its inputs ('kpi/clv'), and its health score
// with what each factor took off and why ('kpi/health').
import { useState, type FormEvent } from 'react';
import type { Clv, HealthContribution, HealthScore } from '../../../shared/kam/kpi-types';
import { invoke } from '../../api';
import { hrefFor, navigate } from '../../app/router';
import { ClassBadge } from '../../components/class-badge';
import { useApiData } from '../../components/use-api-data';
import { useMessages, useSettings } from '../../i18n/settings';
import { kpisMessages } from './kpis-messages';
import { useKept } from './use-kept';

type Props = { code: string | null; version: string };

export function CustomerKpis({ code, version }: Props) {
  const m = useMessages(kpisMessages);
  const customers = useApiData('customers', () => invoke('customers/list', {}));
  // Without a chosen customer: the first of the portfolio (the biggest of the newest run).
  const chosen = code ?? customers.data?.[0]?.code ?? null;
  const [text, setText] = useState<string | null>(null);
  const figures = useKept(useApiData(chosen === null ? null : `${chosen}/${version}`, async () => {
    const [clv, health] = await Promise.all([invoke('kpi/clv', { code: chosen! }), invoke('kpi/health', { code: chosen! })]);
    return { clv, health };
  }).data);
  const row = customers.data?.find((r) => r.code === chosen) ?? null;

  const choose = (e: FormEvent) => {
    e.preventDefault();
    const value = (text ?? '').trim();
    if (customers.data?.some((r) => r.code === value)) navigate('kpis', { code: value });
  };

  return (
    <section className="panel kpi-section" aria-labelledby="customer-kpis-title" id="customer-kpis">
      <h2 id="customer-kpis-title">{m.customerTitle}</h2>
      <form className="row customer-choice" onSubmit={choose}>
        <label className="field">
          {m.chooseCustomer}
          <input
            list="kpi-customers"
            value={text ?? chosen ?? ''}
            placeholder={m.chooseHint}
            onChange={(e) => setText(e.target.value)}
            onBlur={choose}
            data-testid="kpi-customer"
          />
          <datalist id="kpi-customers">
            {(customers.data ?? []).map((r) => (
              <option key={r.code} value={r.code} label={r.name ?? undefined} />
            ))}
          </datalist>
        </label>
        {row && (
          <p className="chosen">
            <ClassBadge value={row.abc} /> <a href={hrefFor('dossier', { code: row.code })}>{row.code}</a> {row.name ?? ''}
          </p>
        )}
      </form>
      {figures && (
        <div className="row customer-figures">
          <ClvExplained clv={figures.clv} />
          <HealthExplained health={figures.health} />
        </div>
      )}
    </section>
  );
}

function ClvExplained({ clv }: { clv: Clv }) {
  const m = useMessages(kpisMessages);
  const { fmt } = useSettings();
  const margin = fmt.money(clv.averageYearlyMargin);
  const years = clv.expectedLifetimeYears === null ? null : fmt.number(clv.expectedLifetimeYears, 2);
  return (
    <div className="clv" data-testid="clv">
      <h3>{m.clvTitle}</h3>
      <p className="muted">{m.clvFormula}</p>
      {clv.yearsOfHistory === 0 && clv.clv === null ? (
        <p>{m.noPurchases}</p>
      ) : (
        <ol className="clv-steps">
          <li>{m.averageMargin(margin, fmt.number(clv.yearsOfHistory, 2))}</li>
          <li>
            {clv.abc !== null && clv.yearlyChurnRate !== null ? m.churnOfClass(clv.abc, fmt.percent(clv.yearlyChurnRate)) : m.noChurn}
          </li>
          {years !== null && clv.yearlyChurnRate !== null && <li>{m.lifetime(fmt.percent(clv.yearlyChurnRate), years)}</li>}
          <li className="clv-result" data-testid="clv-value">
            {clv.clv !== null && years !== null ? m.clvResult(margin, years, fmt.money(clv.clv)) : m.clvNone}
          </li>
        </ol>
      )}
    </div>
  );
}

function HealthExplained({ health }: { health: HealthScore }) {
  const m = useMessages(kpisMessages);
  const { fmt } = useSettings();
  const num = (v: number | string | null) => (typeof v === 'number' ? v : null);
  const why = (c: HealthContribution): string => {
    const i = c.inputs;
    switch (c.factor) {
      case 'overdue':
        return num(i.cycleDays) === null ? m.noCycle : m.recency(fmt.integer(num(i.recencyDays)), fmt.number(num(i.cycleDays), 1));
      case 'declining':
        return i.recentMean === null ? m.notDeclining : m.declining;
      case 'droppedClass':
        return i.from === null ? m.notDropped : `${m.dropped}: ${String(i.from)} → ${String(i.to)}`;
      case 'satisfaction':
        return i.score === null ? m.noAnswer : m.answer(String(i.kind).toUpperCase(), fmt.integer(num(i.score)), fmt.day(num(i.day)));
      case 'lastContact':
        return i.daysSinceContact === null ? m.neverContacted : m.contactDays(fmt.integer(num(i.daysSinceContact)));
      case 'decisionMap':
        return m.decisionMap(fmt.integer(num(i.decisionMakers)), fmt.integer(num(i.sponsors)));
      case 'openActions':
        return m.actions(fmt.integer(num(i.openActions)), fmt.integer(num(i.overdueActions)));
    }
  };
  return (
    <div className="health grow" data-testid="health">
      <h3>
        {m.healthTitle}: <span className={`health-score ${health.score < 50 ? 'bad' : ''}`} data-testid="health-score">{m.healthScore(fmt.integer(health.score))}</span>
      </h3>
      <p className="muted">{m.healthHint}</p>
      <table className="data health-table">
        <thead>
          <tr>
            <th>{m.factor}</th>
            <th className="num">{m.points}</th>
            <th className="num">{m.weight}</th>
            <th>{m.inputs}</th>
          </tr>
        </thead>
        <tbody>
          {health.contributions.map((c) => (
            <tr key={c.factor} data-testid={`health-${c.factor}`}>
              <td>{m.factors[c.factor]}</td>
              <td className="num">{c.points === 0 ? fmt.integer(0) : `−${fmt.number(c.points, c.points % 1 === 0 ? 0 : 1)}`}</td>
              <td className="num">{fmt.integer(c.weight)}</td>
              <td className="why">{why(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
