// The customer's revenue per month over the last 24 months (chart.js bars). Not animated and of
// a fixed size, so that printing catches it fully drawn and it scales down to the A4 width
// instead of being redrawn mid-print.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { INTL_TAG } from '../../i18n/locales';
import { useMessages, useSettings } from '../../i18n/settings';
import { dossierMessages } from './dossier-messages';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

const WIDTH = 720;
const HEIGHT = 200;

export function MonthlyChart({ monthly }: { monthly: { month: string; revenue: number }[] }) {
  const m = useMessages(dossierMessages);
  const { fmt, locale, currency } = useSettings();
  const canvas = useRef<HTMLCanvasElement>(null);
  const axis = useMemo(() => new Intl.NumberFormat(INTL_TAG[locale], { notation: 'compact', maximumFractionDigits: 1, style: 'currency', currency }), [locale, currency]);
  const monthName = useMemo(() => new Intl.DateTimeFormat(INTL_TAG[locale], { month: 'short', year: '2-digit', timeZone: 'UTC' }), [locale]);

  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart<'bar', number[], string>(canvas.current, {
      type: 'bar',
      data: {
        labels: monthly.map((p) => {
          const [y, mo] = p.month.split('-').map(Number);
          return monthName.format(new Date(Date.UTC(y ?? 2000, (mo ?? 1) - 1, 1)));
        }),
        datasets: [{ label: m.history.revenue, data: monthly.map((p) => p.revenue / 100), backgroundColor: monthly.map((p) => (p.revenue < 0 ? '#c0533f' : '#1f5f8b')) }],
      },
      options: {
        animation: false,
        responsive: false,
        // Drawn at twice the screen's resolution so the printed page stays sharp.
        devicePixelRatio: 2,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: (item) => fmt.money(Math.round(Number(item.raw) * 100)) } },
        },
        scales: {
          x: { grid: { display: false }, ticks: { autoSkip: true, maxRotation: 0, font: { size: 10 } } },
          y: { beginAtZero: true, ticks: { callback: (v) => axis.format(Number(v)), font: { size: 10 } } },
        },
      },
    });
    return () => chart.destroy();
  }, [monthly, fmt, m, axis, monthName]);

  return (
    <div className="monthly-chart">
      <canvas ref={canvas} width={WIDTH} height={HEIGHT} role="img" aria-label={m.history.chartLabel} data-testid="monthly-chart" />
    </div>
  );
}
