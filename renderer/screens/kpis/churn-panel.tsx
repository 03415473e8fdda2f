// Churn ('kpi/churn'): per month or quarter, overall and per ABC class, with the yearly rates
// that the CLV uses.
import { useState } from 'react';
import type { PeriodKind } from '../../../shared/analysis/params';
import { invoke } from '../../api';
import { ClassBadge } from '../../components/class-badge';
import { periodLabel } from '../../components/period-label';
import { useApiData } from '../../components/use-api-data';
import { useMessages, useSettings } from '../../i18n/settings';
import { kpisMessages } from './kpis-messages';

/** Four quarters or twelve months: one year either way. */
const PERIODS: Partial<Record<PeriodKind, number>> = { month: 12, quarter: 4 };

export function ChurnPanel({ version }: { version: string }) {
  const m = useMessages(kpisMessages);
  const { fmt, locale } = useSettings();
  const [period, setPeriod] = useState<'month' | 'quarter'>('month');
  const churn = useApiData(`${period}/${version}`, () => invoke('kpi/churn', { period, periods: PERIODS[period] }));
  const data = churn.data;
  return (
    <section className="panel kpi-section" aria-labelledby="churn-title">
      <h2 id="churn-title">{m.churnTitle}</h2>
      {!data ? (
        <p className="muted">{m.loading}</p>
      ) : (
        <>
          <p className="muted">{m.churnHint(data.lostDays)}</p>
          <div className="row churn-head">
            <label className="field">
              {m.churnPeriod}
              <select value={period} onChange={(e) => setPeriod(e.target.value === 'quarter' ? 'quarter' : 'month')} data-testid="churn-period">
                <option value="month">{m.month}</option>
                <option value="quarter">{m.quarter}</option>
              </select>
            </label>
            <div className="kpis">
              <div className="kpi">
                <div className="label">{m.yearly}</div>
                <div className="value" data-testid="churn-yearly">
                  {fmt.percent(data.yearlyRate)}
                </div>
              </div>
              {data.byClass.map((c) => (
                <div className="kpi" key={c.abc}>
                  <div className="label">
                    {m.yearly} <ClassBadge value={c.abc} />
                  </div>
                  <div className="value" aria-label={m.yearlyOf(c.abc)}>
                    {fmt.percent(c.yearlyRate)}
                  </div>
                </div>
              ))}
            </div>
          </div>
          <table className="data churn-table" data-testid="churn-table">
            <thead>
              <tr>
                <th>{m.period}</th>
                <th className="num">{m.atStart}</th>
                <th className="num">{m.lost}</th>
                <th className="num">{m.rate}</th>
                {data.byClass.map((c) => (
                  <th key={c.abc} className="num" aria-label={m.rateOf(c.abc)}>
                    {m.rate} <ClassBadge value={c.abc} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.overall.map((p) => (
                <tr key={p.period}>
                  <td>{periodLabel(p.period, locale)}</td>
                  <td className="num">{fmt.integer(p.atStart)}</td>
                  <td className="num">{fmt.integer(p.lost)}</td>
                  <td className="num">{fmt.percent(p.rate)}</td>
                  {data.byClass.map((c) => {
                    const cp = c.periods.find((x) => x.period === p.period);
                    return (
                      <td key={c.abc} className="num" title={cp ? `${fmt.integer(cp.lost)} / ${fmt.integer(cp.atStart)}` : undefined}>
                        {fmt.percent(cp?.rate ?? null)}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
