// A customer's lifetime value explained: the formula, then its inputs step by step (average
// yearly margin, the yearly churn used, the expected lifetime) and the result — or, when there
// is none, which step has no figure and why. One component for the dossier and the KPI screen.
import type { Clv } from '../../shared/kam/kpi-types';
import { useMessages, useSettings } from '../i18n/settings';
import { kpiExplainedMessages } from './kpi-explained-messages';
import './kpi-explained.css';

/** Churn with two decimals: the lifetime is 1 ÷ the exact rate, and with one decimal "1 ÷ 2,3 %" reads far from it. */
const CHURN_DECIMALS = 2;

/** Whether 1 ÷ the rate as shown gives the lifetime as shown (both rounded as displayed). */
function addsUp(rate: number, lifetime: number): boolean {
  const shown = Math.round(rate * 10 ** (CHURN_DECIMALS + 2)) / 10 ** (CHURN_DECIMALS + 2);
  return shown > 0 && Math.round(100 / shown) / 100 === lifetime;
}

export function ClvExplained({ clv }: { clv: Clv }) {
  const m = useMessages(kpiExplainedMessages);
  const { fmt } = useSettings();
  const years = (n: number) => m.years(n, fmt.number(n, 2));
  const margin = fmt.money(clv.averageYearlyMargin);
  const rate = clv.yearlyChurnRate;
  const churn = rate === null ? null : fmt.percent(rate, CHURN_DECIMALS);
  const lifetime = clv.expectedLifetimeYears;
  // clv.ts: without a first purchase there is no history at all, so no step has a figure.
  const noPurchases = clv.yearsOfHistory === 0 && clv.clv === null;

  const churnStep =
    churn === null
      ? clv.abc === null
        ? m.noOverallChurn
        : m.noClassChurn(clv.abc)
      : clv.abc === null
        ? m.overallChurn(churn)
        : m.classChurn(clv.abc, churn);
  const lifetimeStep =
    lifetime !== null && rate !== null && churn !== null ? m.lifetime(churn, years(lifetime), !addsUp(rate, lifetime)) : rate === 0 ? m.zeroChurn : m.unknownChurn;
  const resultStep = clv.clv !== null && lifetime !== null ? m.clvResult(margin, fmt.number(lifetime, 2), fmt.money(clv.clv)) : m.clvNone;

  return (
    <div className="clv-explained" data-testid="clv">
      <h3>
        {m.clv}: <span data-testid="clv-value">{clv.clv === null ? m.undefinedValue : fmt.money(clv.clv)}</span>
      </h3>
      <p className="muted hint">{m.clvFormula}</p>
      {noPurchases ? (
        <p>{m.noPurchases}</p>
      ) : (
        <ol className="clv-steps">
          <li>{m.averageMargin(margin, years(clv.yearsOfHistory))}</li>
          <li>{churnStep}</li>
          <li>{lifetimeStep}</li>
          <li className="clv-result">{resultStep}</li>
        </ol>
      )}
    </div>
  );
}
