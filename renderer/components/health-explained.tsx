// A customer's account health score explained: for each factor the points it took off (of its
// weight) and why, from the figures health-score.ts put in its `inputs`. One component for the
// dossier and the KPI screen, so that both explain the score in the same words.
import type { XyzMeasure } from '../../shared/analysis/params';
import type { HealthContribution, HealthScore } from '../../shared/kam/kpi-types';
import type { Formatters } from '../i18n/format';
import { useMessages, useSettings } from '../i18n/settings';
import { chanceText } from './clv-explained';
import { kpiExplainedMessages, type KpiExplainedMessages } from './kpi-explained-messages';
import './kpi-explained.css';

type Props = {
  health: HealthScore;
  /** The XYZ measure of the run that raised the declining signal: its means are in that unit. */
  measure: XyzMeasure;
};

/** Below this the score reads as a risk, as the dashboard's "at risk" list counts it. */
const AT_RISK_BELOW = 50;

const num = (v: number | string | null | undefined): number | null => (typeof v === 'number' ? v : null);
const text = (v: number | string | null | undefined): string | null => (v === null || v === undefined ? null : String(v));

/** Points and weights with only the decimals they have (weights are typed freely, points rounded to a tenth). */
function figure(n: number, fmt: Formatters): string {
  const decimals = Number.isInteger(n) ? 0 : Number.isInteger(Math.round(n * 100) / 10) ? 1 : 2;
  return fmt.number(n, decimals);
}

/** −N for what a factor took off, a plain 0 when it took nothing. */
function pointsText(points: number, fmt: Formatters): string {
  return points > 0 ? `−${figure(points, fmt)}` : fmt.integer(0);
}

/**
 * A mean of the XYZ measure per period, as the declining signal's sentence shows it: money from
 * cents, a quantity from thousandths, orders as a plain number — with decimals, since a mean of
 * orders is seldom whole (`fmt.basis` would round it, being made for totals).
 */
function meanText(value: number, measure: XyzMeasure, fmt: Formatters): string {
  if (measure === 'revenue') return fmt.money(value);
  if (measure === 'quantity') return fmt.number(value / 1000, 3);
  return fmt.number(value, 2);
}

function isCategory(v: string | null, m: KpiExplainedMessages): v is keyof KpiExplainedMessages['categories'] {
  return v !== null && Object.hasOwn(m.categories, v);
}

/** Why the factor took what it took, with its figures. */
function reason(c: HealthContribution, measure: XyzMeasure, m: KpiExplainedMessages, fmt: Formatters): string {
  const i = c.inputs;
  const count = (n: number | null, say: (n: number, text: string) => string) => say(n ?? 0, fmt.integer(n ?? 0));
  switch (c.factor) {
    case 'overdue': {
      const recency = num(i.recencyDays);
      const cycle = num(i.cycleDays);
      // The cycle is a mean interval, so it keeps a decimal (as the signals and the customer columns show it).
      return recency === null || cycle === null
        ? m.noCycle
        : m.overdue(m.days(recency, fmt.integer(recency)), m.days(Math.round(cycle * 10) / 10, fmt.number(cycle, 1)));
    }
    case 'declining': {
      const recent = num(i.recentMean);
      const earlier = num(i.earlierMean);
      return recent === null || earlier === null ? m.notDeclining : m.declining(meanText(recent, measure, fmt), meanText(earlier, measure, fmt));
    }
    case 'droppedClass': {
      const from = text(i.from);
      const to = text(i.to);
      return from === null || to === null ? m.notDropped : m.dropped(from, to);
    }
    case 'satisfaction': {
      const kind = text(i.kind);
      const score = num(i.score);
      if (kind === null || score === null) return m.noAnswer;
      const category = text(i.category);
      return m.answer(kind.toUpperCase(), fmt.integer(score), fmt.day(num(i.day)), isCategory(category, m) ? m.categories[category] : (category ?? ''));
    }
    case 'lastContact': {
      const days = num(i.daysSinceContact);
      return days === null ? m.noContact : m.contact(m.days(days, fmt.integer(days)));
    }
    case 'decisionMap':
      return `${count(num(i.decisionMakers), m.decisionMakers)}, ${count(num(i.sponsors), m.sponsors)}`;
    case 'openActions': {
      const open = num(i.openActions);
      const overdue = num(i.overdueActions);
      const figures = `${count(open, m.openActions)}, ${count(overdue, m.overdueActions)}`;
      // Half the weight without anything overdue means an A customer with no plan: say so.
      return i.abc === 'A' && (open ?? 0) === 0 && (overdue ?? 0) === 0 ? `${figures}: ${m.noPlan}` : figures;
    }
    case 'alive': {
      const p = num(i.pAlive);
      return p === null ? m.noAlive : m.alive(chanceText(p, fmt));
    }
  }
}

export function HealthExplained({ health, measure }: Props) {
  const m = useMessages(kpiExplainedMessages);
  const { fmt } = useSettings();
  return (
    <div className="health-explained" data-testid="health">
      <h3>
        {m.health}:{' '}
        <span className={health.score < AT_RISK_BELOW ? 'health-score bad' : 'health-score'} data-testid="health-score">
          {m.healthOf(fmt.integer(health.score))}
        </span>
      </h3>
      <p className="muted hint">{m.healthHint}</p>
      <table className="data health-table">
        <thead>
          <tr>
            <th>{m.factor}</th>
            <th className="num">{m.pointsLost}</th>
            <th className="num">{m.weight}</th>
            <th>{m.reason}</th>
          </tr>
        </thead>
        <tbody>
          {health.contributions.map((c) => (
            <tr key={c.factor} className={c.points > 0 ? 'lost-points' : undefined} data-testid={`health-${c.factor}`}>
              <td>{m.factors[c.factor]}</td>
              <td className="num points">{pointsText(c.points, fmt)}</td>
              <td className="num">{figure(c.weight, fmt)}</td>
              <td className="why">{reason(c, measure, m, fmt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
