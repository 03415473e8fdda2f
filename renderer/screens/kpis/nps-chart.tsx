// NPS (−100…100) and CSAT (0…100 %) per month as two lines on their own axes (chart.js).
import { CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { useEffect, useRef } from 'react';
import type { NpsReport } from '../../../shared/kam/kpi-types';
import { periodLabel } from '../../components/period-label';
import { useMessages, useSettings } from '../../i18n/settings';
import { kpisMessages } from './kpis-messages';

Chart.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

export function NpsChart({ overTime }: { overTime: NpsReport['overTime'] }) {
  const m = useMessages(kpisMessages);
  const { fmt, locale } = useSettings();
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const chart = new Chart(canvas.current, {
      type: 'line',
      data: {
        labels: overTime.map((p) => periodLabel(p.period, locale)),
        datasets: [
          { label: m.nps, data: overTime.map((p) => p.nps.nps), yAxisID: 'y', borderColor: '#1f5f8b', backgroundColor: '#1f5f8b', spanGaps: true, tension: 0 },
          {
            label: m.csat,
            data: overTime.map((p) => (p.csat.csat === null ? null : p.csat.csat * 100)),
            yAxisID: 'y2',
            borderColor: '#c2612c',
            backgroundColor: '#c2612c',
            borderDash: [5, 4],
            spanGaps: true,
            tension: 0,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { grid: { display: false } },
          y: { min: -100, max: 100, title: { display: true, text: m.nps }, ticks: { callback: (v) => fmt.integer(Number(v)) } },
          y2: {
            position: 'right',
            min: 0,
            max: 100,
            title: { display: true, text: m.csat },
            grid: { drawOnChartArea: false },
            ticks: { callback: (v) => fmt.percent(Number(v) / 100, 0) },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { boxWidth: 12 } },
          tooltip: {
            callbacks: {
              label: (item) => {
                const p = overTime[item.dataIndex]!;
                return item.datasetIndex === 0
                  ? `${m.nps}: ${fmt.integer(p.nps.nps)} (${m.answers(p.nps.answers)})`
                  : `${m.csat}: ${fmt.percent(p.csat.csat)} (${m.answers(p.csat.answers)})`;
              },
            },
          },
        },
      },
    });
    return () => chart.destroy();
  }, [overTime, m, fmt, locale]);
  return (
    <div className="nps-canvas">
      <canvas ref={canvas} role="img" aria-label={m.overTime} data-testid="nps-chart" />
    </div>
  );
}
