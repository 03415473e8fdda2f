// Losses per month and per reason ('winback/trend', seed 002: "the number and the dynamics of
// the losses, and the reasons they arise"): a stacked bar chart and the same figures as a table.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import type { LossTrend } from '../../../shared/api/followup-api';
import { WINBACK_REASONS, type WinbackReason } from '../../../shared/kam/kam-types';
import { periodLabel } from '../../components/period-label';
import { useMessages, useSettings } from '../../i18n/settings';
import { winbackMessages } from './winback-messages';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

type Reason = WinbackReason | 'unknown';
const REASON_ORDER: Reason[] = [...WINBACK_REASONS, 'unknown'];
/** One colour per reason, stable across screens and reloads; "unknown" in grey. */
const REASON_COLORS: Record<Reason, string> = {
  price: '#1f5f8b',
  service: '#c2612c',
  quality: '#7a5195',
  competitor: '#a33a2a',
  closed: '#5d6675',
  moved: '#2e7d4f',
  other: '#b38f00',
  unknown: '#b7bec8',
};

export function WinbackTrend({ trend }: { trend: LossTrend }) {
  const m = useMessages(winbackMessages);
  const { fmt, locale } = useSettings();
  const canvas = useRef<HTMLCanvasElement>(null);
  const reasons = REASON_ORDER.filter((r) => trend.byReason.some((b) => b.reason === r && b.lost > 0));
  const total = trend.periods.reduce((s, p) => s + p.lost, 0);

  useEffect(() => {
    if (!canvas.current || total === 0) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: trend.periods.map((p) => periodLabel(p.period, locale)),
        datasets: reasons.map((r) => ({
          label: m.reasons[r],
          data: trend.periods.map((p) => p.byReason[r] ?? 0),
          backgroundColor: REASON_COLORS[r],
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: true, grid: { display: false } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0, callback: (v) => fmt.integer(Number(v)) } },
        },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
      },
    });
    return () => chart.destroy();
    // `reasons` follows from `trend`.
  }, [trend, total, m, fmt, locale]);

  return (
    <section className="panel winback-trend" aria-labelledby="winback-trend-title">
      <h2 id="winback-trend-title">{m.trendTitle}</h2>
      <p className="muted">{m.trendHint}</p>
      {total === 0 ? (
        <p className="muted">{m.trendEmpty}</p>
      ) : (
        <div className="row">
          <div className="trend-canvas">
            <canvas ref={canvas} role="img" aria-label={m.chartLabel(total)} data-testid="winback-chart" />
          </div>
          <table className="data trend-table" data-testid="winback-trend-table">
            <thead>
              <tr>
                <th>{m.period}</th>
                {reasons.map((r) => (
                  <th key={r} className="num">
                    {m.reasons[r]}
                  </th>
                ))}
                <th className="num">{m.total}</th>
              </tr>
            </thead>
            <tbody>
              {trend.periods.map((p) => (
                <tr key={p.period}>
                  <td>{periodLabel(p.period, locale)}</td>
                  {reasons.map((r) => (
                    <td key={r} className="num">
                      {fmt.integer(p.byReason[r] ?? 0)}
                    </td>
                  ))}
                  <td className="num">{fmt.integer(p.lost)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th>{m.total}</th>
                {reasons.map((r) => (
                  <th key={r} className="num">
                    {fmt.integer(trend.byReason.find((b) => b.reason === r)?.lost ?? 0)}
                  </th>
                ))}
                <th className="num" data-testid="winback-trend-total">
                  {fmt.integer(total)}
                </th>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
