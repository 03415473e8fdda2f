// The Pareto chart (chart.js): bars of value per customer in ABC order, coloured by class, the
// cumulative share as a line on a 0–100 % axis, and the A and B thresholds as dashed lines.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type Plugin,
  type TooltipItem,
} from 'chart.js';
import { useEffect, useMemo, useRef } from 'react';
import { CLASS_COLORS } from '../../../shared/analysis/class-colors';
import type { AnalysisParams } from '../../../shared/analysis/params';
import { basisValue } from '../../../shared/analysis/result-json';
import { INTL_TAG } from '../../i18n/locales';
import { useMessages, useSettings } from '../../i18n/settings';
import { paretoMessages } from './pareto-messages';
import type { ParetoPoint } from '../../../shared/analysis/pareto-points';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip);

type Threshold = { value: number; label: string; color: string };

/** Draws each threshold as a dashed horizontal line on the cumulative axis, labelled at the right. */
const thresholdLines = (thresholds: Threshold[]): Plugin<'bar'> => ({
  id: 'clave-thresholds',
  afterDatasetsDraw(chart) {
    const scale = chart.scales.y2;
    if (!scale) return;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.font = '600 11px system-ui, sans-serif';
    ctx.textAlign = 'right';
    ctx.textBaseline = 'bottom';
    for (const t of thresholds) {
      const y = scale.getPixelForValue(t.value);
      ctx.strokeStyle = t.color;
      ctx.fillStyle = t.color;
      ctx.lineWidth = 1.5;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(chartArea.left, y);
      ctx.lineTo(chartArea.right, y);
      ctx.stroke();
      ctx.fillText(t.label, chartArea.right - 4, y - 3);
    }
    ctx.restore();
  },
});

type Props = { points: ParetoPoint[]; params: AnalysisParams; customers: number };

export function ParetoChart({ points, params, customers }: Props) {
  const m = useMessages(paretoMessages);
  const { fmt, locale, currency } = useSettings();
  const canvas = useRef<HTMLCanvasElement>(null);
  const money = params.basis === 'revenue' || params.basis === 'margin';
  const axisNumber = useMemo(
    () => new Intl.NumberFormat(INTL_TAG[locale], { notation: 'compact', maximumFractionDigits: 1, ...(money ? { style: 'currency', currency } : {}) }),
    [locale, currency, money],
  );

  useEffect(() => {
    if (!canvas.current) return;
    const valueText = (value: number) => fmt.basis(Math.round(value), params.basis);
    const chart = new Chart<'bar' | 'line', number[], string>(canvas.current, {
      data: {
        labels: points.map((p) => (p.from === p.to ? fmt.integer(p.from) : `${fmt.integer(p.from)}–${fmt.integer(p.to)}`)),
        datasets: [
          {
            type: 'line',
            label: m.cumulative,
            data: points.map((p) => p.cumulative),
            yAxisID: 'y2',
            borderColor: '#1f2430',
            borderWidth: 2,
            pointRadius: 0,
            pointHoverRadius: 3,
            tension: 0,
            order: 1,
          },
          {
            type: 'bar',
            label: m.value,
            data: points.map((p) => basisValue(p.value, params.basis)),
            yAxisID: 'y',
            backgroundColor: points.map((p) => CLASS_COLORS[p.abc]!.strong),
            categoryPercentage: 1,
            barPercentage: points.length > 120 ? 1 : 0.85,
            order: 2,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: {
            title: { display: true, text: m.axisCustomers },
            grid: { display: false },
            ticks: { autoSkip: true, maxTicksLimit: 12, maxRotation: 0 },
          },
          y: {
            beginAtZero: true,
            title: { display: true, text: m.value },
            ticks: { callback: (v) => axisNumber.format(Number(v)) },
          },
          y2: {
            position: 'right',
            min: 0,
            max: 1,
            title: { display: true, text: m.cumulative },
            grid: { drawOnChartArea: false },
            ticks: { stepSize: 0.2, callback: (v) => fmt.percent(Number(v), 0) },
          },
        },
        plugins: {
          tooltip: {
            callbacks: {
              title: (items: TooltipItem<'bar' | 'line'>[]) => {
                const p = points[items[0]?.dataIndex ?? 0]!;
                return p.from === p.to ? `${p.code} · ${p.name ?? ''}` : m.bucket(fmt.integer(p.from), fmt.integer(p.to));
              },
              label: (item: TooltipItem<'bar' | 'line'>) => {
                const p = points[item.dataIndex]!;
                if (item.dataset.type === 'line') return m.cumulativeAt(fmt.percent(p.cumulative));
                return p.from === p.to ? m.customerValue(valueText(p.value)) : m.bucketValue(valueText(p.value));
              },
              footer: (items: TooltipItem<'bar' | 'line'>[]) => {
                const p = points[items[0]?.dataIndex ?? 0]!;
                return p.from === p.to
                  ? `${m.rank(fmt.integer(p.from))} · ${p.abc}`
                  : m.largest(`${p.code} · ${p.name ?? ''}`, valueText(p.largest));
              },
            },
          },
        },
      },
      plugins: [
        thresholdLines([
          { value: params.a / 100, label: m.threshold('A', fmt.percent(params.a / 100, 0)), color: CLASS_COLORS.A!.strong },
          { value: params.b / 100, label: m.threshold('B', fmt.percent(params.b / 100, 0)), color: CLASS_COLORS.B!.strong },
        ]) as Plugin<'bar' | 'line'>,
      ],
    });
    return () => chart.destroy();
  }, [points, params, fmt, m, axisNumber]);

  return (
    <div className="pareto-canvas">
      <canvas ref={canvas} role="img" aria-label={m.chartLabel(customers)} data-testid="pareto-chart" />
    </div>
  );
}
