// The key-account dashboard ('kpi/dashboard', seed 001) as KPI cards, each leading to where the
// figure can be acted on, and the key accounts at risk, least healthy first.
import { useState, type MouseEvent } from 'react';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import type { Status } from '../../../shared/analysis/result-types';
import type { Dashboard } from '../../../shared/kam/kpi-types';
import { hrefFor } from '../../app/router';
import { ClassBadge } from '../../components/class-badge';
import { useMessages, useSettings } from '../../i18n/settings';
import { hhiLevel } from '../pareto/concentration-panel';
import { kpisMessages } from './kpis-messages';

const isStatus = (s: string, known: Record<Status, string>): s is Status => Object.hasOwn(known, s);

/** At-risk rows shown before "Mostrar todos": the least healthy, which need attention first (the dashboard is asked for these only). */
export const FIRST_AT_RISK = 10;

type Card = { id: string; label: string; value: string; hint?: string; href: string; tone?: 'bad' | 'ok' };

export function DashboardPanel({ data }: { data: Dashboard }) {
  const m = useMessages(kpisMessages);
  const { fmt, labels } = useSettings();
  const report = useReportError();
  // Every key account at risk, asked for when the user wants them all (at 5M lines: 1.7 MB).
  const [allAtRisk, setAllAtRisk] = useState<{ of: Dashboard; rows: Dashboard['keyAccountsAtRisk'] } | null>(null);
  const atRisk = allAtRisk?.of === data ? allAtRisk.rows : data.keyAccountsAtRisk.slice(0, FIRST_AT_RISK);
  const count = data.keyAccountsAtRiskCount;
  const showAll = () =>
    invoke('kpi/dashboard', {}).then(
      (whole) => setAllAtRisk({ of: data, rows: whole.keyAccountsAtRisk }),
      (e: unknown) => report(e),
    );
  const run = data.runId ?? undefined;
  const level = data.hhi === null ? null : hhiLevel(data.hhi);
  const cards: Card[] = [
    { id: 'key-accounts', label: m.keyAccounts, value: fmt.integer(data.keyAccounts), href: hrefFor('portfolio', { abc: 'A' }) },
    { id: 'key-share', label: m.keyAccountsShare, value: fmt.percent(data.keyAccountsShare), hint: m.keyAccountsShareHint, href: hrefFor('pareto', { run }) },
    {
      id: 'concentration',
      label: m.concentration,
      value: level === null ? '—' : `${m.levels[level]} · ${m.hhi(fmt.integer(Math.round(data.hhi ?? 0)))}`,
      hint: data.topCustomerShare === null ? undefined : m.concentrationHint(fmt.percent(data.topCustomerShare)),
      href: hrefFor('pareto', { run }),
      tone: level === 'high' ? 'bad' : undefined,
    },
    {
      id: 'at-risk',
      label: m.atRisk,
      value: fmt.integer(count),
      hint: m.atRiskHint,
      href: '#at-risk-title',
      tone: count > 0 ? 'bad' : 'ok',
    },
    {
      id: 'key-nps',
      label: m.keyNps,
      value: data.keyAccountsNps.nps === null ? '—' : fmt.integer(data.keyAccountsNps.nps),
      hint: m.keyNpsHint(data.keyAccountsNps.answers),
      href: '#nps-title',
    },
    { id: 'overdue-contacts', label: m.overdueContacts, value: fmt.integer(data.overdueContacts), href: hrefFor('agenda'), tone: data.overdueContacts > 0 ? 'bad' : undefined },
    { id: 'overdue-purchases', label: m.overduePurchases, value: fmt.integer(data.overduePurchases), href: hrefFor('agenda'), tone: data.overduePurchases > 0 ? 'bad' : undefined },
    { id: 'open-winbacks', label: m.openWinbacks, value: fmt.integer(data.openWinbacks), href: hrefFor('winback') },
  ];

  // In-page anchors must not replace the hash route: scroll instead.
  const follow = (href: string) => (e: MouseEvent) => {
    if (!href.startsWith('#') || href.startsWith('#/')) return;
    e.preventDefault();
    document.getElementById(href.slice(1))?.scrollIntoView({ block: 'start' });
  };

  return (
    <section aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">{m.dashboardTitle}</h2>
      <div className="kpis dashboard-cards">
        {cards.map((c) => (
          <a key={c.id} className={`kpi kpi-link${c.tone ? ` tone-${c.tone}` : ''}`} href={c.href} onClick={follow(c.href)} data-testid={`dash-${c.id}`}>
            <div className="label">{c.label}</div>
            <div className="value" data-testid={`dash-${c.id}-value`}>
              {c.value}
            </div>
            {c.hint && <div className="hint">{c.hint}</div>}
          </a>
        ))}
      </div>
      <h3 id="at-risk-title">{m.atRiskTitle}</h3>
      {count === 0 ? (
        <p className="muted">{m.atRiskEmpty}</p>
      ) : (
        <table className="data at-risk-table" data-testid="at-risk">
          <thead>
            <tr>
              <th>{m.customer}</th>
              <th>{m.status}</th>
              <th className="num">{m.health}</th>
              <th>{m.signals}</th>
            </tr>
          </thead>
          <tbody>
            {atRisk.map((r) => {
              const customer = r.name ? `${r.code} · ${r.name}` : r.code;
              return (
                <tr key={r.code}>
                  <td>
                    {/* Every key account at risk is an A customer of the current analysis. */}
                    <ClassBadge value="A" />{' '}
                    <a href={hrefFor('dossier', { code: r.code })} title={m.openDossier(customer)}>
                      {r.code}
                    </a>{' '}
                    {r.name ?? ''}
                  </td>
                  <td>{isStatus(r.status, labels.status) ? labels.status[r.status] : r.status}</td>
                  <td className="num">{fmt.integer(r.health)}</td>
                  <td>{r.signals.map((s) => m.signalNames[s] ?? s).join(', ') || '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {atRisk.length < count && (
        <button type="button" className="show-more" onClick={() => void showAll()} data-testid="at-risk-all">
          {m.showAll(fmt.integer(count))}
        </button>
      )}
    </section>
  );
}
