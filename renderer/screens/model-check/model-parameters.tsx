// The fitted models' parameters, each with what it says in words an analyst can check against the
// business: the typical purchase rate, the chance of stopping after a purchase, the mean spend.
import type { RunModel } from '../../../shared/analysis/run-model';
import { modelReasonText } from '../../../shared/messages/model-reasons';
import type { FittedModel } from '../../../shared/models';
import { MESSAGE_LANG } from '../../i18n/locales';
import { useMessages, useSettings } from '../../i18n/settings';
import { modelCheckMessages } from './model-check-messages';

type Row = { name: string; value: number; meaning: string };

function ParameterTable({ title, rows, testId }: { title: string; rows: Row[]; testId: string }) {
  const m = useMessages(modelCheckMessages);
  const { fmt } = useSettings();
  return (
    <div className="panel model-parameters" data-testid={testId}>
      <h2>{title}</h2>
      <table className="data">
        <thead>
          <tr>
            <th>{m.parameter}</th>
            <th className="num">{m.value}</th>
            <th>{m.meaning}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} data-testid={`param-${r.name}`}>
              <td>{r.name}</td>
              <td className="num">{fmt.number(r.value, Math.abs(r.value) >= 1000 ? 1 : 4)}</td>
              <td className="why">{r.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ModelParameters({ model, fitted }: { model: RunModel; fitted: FittedModel }) {
  const m = useMessages(modelCheckMessages);
  const { fmt, locale } = useSettings();
  const spend = fitted.spend;
  const frequency: Row[] = [
    { name: 'r', value: fitted.r, meaning: m.rMeaning },
    { name: 'α', value: fitted.alpha, meaning: `${m.alphaMeaning}; ${m.rateMeaning(fmt.number(fitted.r / fitted.alpha, 3))}` },
    { name: 'a', value: fitted.a, meaning: m.aMeaning },
    { name: 'b', value: fitted.b, meaning: `${m.bMeaning}; ${m.dropMeaning(fmt.percent(fitted.a / (fitted.a + fitted.b), 1))}` },
    { name: m.logLikelihood, value: fitted.logLikelihood, meaning: '' },
  ];
  return (
    <div className="model-tables">
      <ParameterTable title={m.frequency} rows={frequency} testId="model-bgnbd" />
      {spend === null ? (
        <p className="notice" data-testid="model-no-spend">
          {m.noSpend(modelReasonText(fitted.spendReason ?? 'not-converged', model, MESSAGE_LANG[locale]))}
        </p>
      ) : (
        <ParameterTable
          title={m.spend}
          testId="model-gamma-gamma"
          rows={[
            { name: 'p', value: spend.p, meaning: m.pMeaning },
            { name: 'q', value: spend.q, meaning: m.qMeaning },
            // p·v/(q − 1) is E[M] for a customer with no repeat purchase yet (SPEC), in major units.
            { name: 'v', value: spend.v, meaning: spend.q > 1 ? `${m.vMeaning}; ${m.meanSpend(fmt.money(Math.round(((spend.p * spend.v) / (spend.q - 1)) * 100)))}` : m.vMeaning },
            { name: m.logLikelihood, value: spend.logLikelihood, meaning: '' },
          ]}
        />
      )}
    </div>
  );
}
