// A customer's lifetime value explained: the CLV of the next 12 months the current analysis
// predicted (shared/kam/clv.ts), with the chance that the customer still buys in a sentence a KAM
// reads at once, then each step — expected purchases, expected spend per purchase, the predicted
// revenue with its monthly discount, the margin rate — and the result; a step without a figure
// says why. One component for the dossier and the KPI screen.
import { dayOfIso } from '../../shared/domain/calendar';
import type { Clv } from '../../shared/kam/kpi-types';
import { LIKELY_LOSING_BELOW } from '../../shared/kam/likely-losing';
import { modelReasonText } from '../../shared/messages/model-reasons';
import type { Formatters } from '../i18n/format';
import { MESSAGE_LANG } from '../i18n/locales';
import { useMessages, useSettings } from '../i18n/settings';
import { kpiExplainedMessages, type KpiExplainedMessages } from './kpi-explained-messages';
import './kpi-explained.css';

/** P(alive) as a whole percentage ("82 %"), with a decimal only near the ends where 0 or 100 would mislead. */
export function chanceText(p: number, fmt: Formatters): string {
  return fmt.percent(p, p > 0 && p < 0.01 ? 1 : p < 1 && p > 0.99 ? 1 : 0);
}

/** "É provável que ainda compre: 82 %" (or unlikely, under 50 %). */
export function StillBuying({ pAlive }: { pAlive: number | null }) {
  const m = useMessages(kpiExplainedMessages);
  const { fmt } = useSettings();
  if (pAlive === null) return null;
  const chance = chanceText(pAlive, fmt);
  return (
    <p className={pAlive < LIKELY_LOSING_BELOW ? 'still-buying unlikely' : 'still-buying'} data-testid="still-buying">
      {pAlive < LIKELY_LOSING_BELOW ? m.unlikelyBuys(chance) : m.stillBuys(chance)}
    </p>
  );
}

function steps(clv: Clv, m: KpiExplainedMessages, fmt: Formatters): string[] {
  const why = (figure: keyof Clv['reasons']) => m.reasons[clv.reasons[figure] ?? 'not-computable'];
  const rate = (r: number) => fmt.percent(r, 1);
  const { expectedPurchases12m: purchases, expectedSpend: spend, predictedRevenue12m: revenue, marginRate } = clv;
  return [
    purchases === null ? m.missing(m.steps.expectedPurchases, why('expectedPurchases12m')) : m.expectedPurchases(fmt.number(purchases, 2)),
    spend === null ? m.missing(m.steps.expectedSpend, why('expectedSpend')) : m.expectedSpend(fmt.money(spend)),
    revenue === null
      ? m.missing(m.steps.predictedRevenue, why('predictedRevenue12m'))
      : m.predictedRevenue(fmt.money(revenue), fmt.percent(clv.monthlyDiscount, clv.monthlyDiscount * 100 === Math.round(clv.monthlyDiscount * 100) ? 0 : 2)),
    marginRate === null
      ? m.missing(m.steps.marginRate, why('marginRate'))
      : m.marginRate(rate(marginRate), fmt.day(clv.referenceDate === null ? null : dayOfIso(clv.referenceDate))),
  ];
}

export function ClvExplained({ clv }: { clv: Clv }) {
  const m = useMessages(kpiExplainedMessages);
  const { fmt, locale } = useSettings();
  const lang = MESSAGE_LANG[locale];
  let notice: string | null = null;
  if (clv.runId === null) notice = m.noRun;
  else if (clv.noModel !== null) notice = m.noModel(modelReasonText(clv.noModel, { customers: clv.modelCustomers, repeaters: clv.modelRepeaters }, lang));
  else if (!clv.listed) notice = m.notListed;
  const { predictedRevenue12m: revenue, marginRate, clv: value } = clv;
  return (
    <div className="clv-explained" data-testid="clv">
      <h3>
        {m.clv}: <span data-testid="clv-value">{value === null ? m.undefinedValue : fmt.money(value)}</span>
      </h3>
      <StillBuying pAlive={clv.pAlive} />
      <p className="muted hint">{m.clvFormula}</p>
      {notice !== null ? (
        <p data-testid="clv-notice">{notice}</p>
      ) : (
        <ol className="clv-steps">
          {steps(clv, m, fmt).map((text) => (
            <li key={text}>{text}</li>
          ))}
          <li className="clv-result">
            {value !== null && revenue !== null && marginRate !== null ? m.clvResult(fmt.money(revenue), fmt.percent(marginRate, 1), fmt.money(value)) : m.clvNone}
          </li>
        </ol>
      )}
    </div>
  );
}
