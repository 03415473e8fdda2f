// The backtest as a chart (chart.js, as the other charts): for each number of past repeat
// purchases (0 … 7+), the purchases the model predicted in the 90 days after the reference date
// beside those that happened.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type TooltipItem } from 'chart.js';
import { useEffect, useRef } from 'react';
import type { Backtest } from '../../../shared/models';
import { useMessages, useSettings } from '../../i18n/settings';
import { modelCheckMessages } from './model-check-messages';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export function BacktestChart({ backtest }: { backtest: Backtest }) {
  const m = useMessages(modelCheckMessages);
  const { fmt } = useSettings();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const rows = backtest.rows;
    const chart = new Chart<'bar', number[], string>(canvas.current, {
      type: 'bar',
      data: {
        labels: rows.map((r, i) => m.rowLabel(r.pastRepeats, i === rows.length - 1)),
        datasets: [
          { label: m.chartPredicted, data: rows.map((r) => r.predicted), backgroundColor: '#8fb3d9', borderColor: '#1f5f8b', borderWidth: 1 },
          { label: m.chartActual, data: rows.map((r) => r.actual), backgroundColor: '#1f5f8b' },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {
          legend: { position: 'top', align: 'end' },
          tooltip: { callbacks: { label: (item: TooltipItem<'bar'>) => `${item.dataset.label}: ${fmt.number(item.parsed.y ?? 0, 1)}` } },
        },
        scales: {
          x: { title: { display: true, text: m.pastRepeats }, grid: { display: false } },
          y: { beginAtZero: true, title: { display: true, text: `${m.predicted} / ${m.actual}` }, ticks: { callback: (v) => fmt.number(Number(v), 0) } },
        },
      },
    });
    return () => chart.destroy();
  }, [backtest, m, fmt]);
  return (
    <div className="backtest-chart" data-testid="backtest-chart">
      <canvas ref={canvas} role="img" aria-label={m.backtest} />
    </div>
  );
}
