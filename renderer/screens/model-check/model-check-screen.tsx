// Screen "model": the predictive models of the run on screen (SPEC "Predicted purchases and
// value"): whom they were fitted to, their parameters in words, the monthly discount, and the
// backtest of a run of the past — or why there is no model, and how to get a backtest.
import type { RunSummary } from '../../../shared/api/analysis-api';
import { dayOfIso } from '../../../shared/domain/calendar';
import { modelReasonText } from '../../../shared/messages/model-reasons';
import { hrefFor } from '../../app/router';
import { WithRun } from '../../components/with-run';
import { MESSAGE_LANG } from '../../i18n/locales';
import { useMessages, useSettings } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { BacktestPanel } from './backtest-panel';
import { modelCheckMessages } from './model-check-messages';
import { ModelParameters } from './model-parameters';
import './model-check.css';

export function ModelCheckScreen(_props: ScreenProps) {
  const m = useMessages(modelCheckMessages);
  return (
    <section className="model-check-screen">
      <h1>{m.title}</h1>
      <WithRun>{(run) => <ModelOfRun run={run} />}</WithRun>
    </section>
  );
}

function ModelOfRun({ run }: { run: RunSummary }) {
  const m = useMessages(modelCheckMessages);
  const { fmt, locale } = useSettings();
  const model = run.model;
  const fitted = model.fitted;
  const discount = run.params.discount;
  return (
    <>
      <p className="muted intro">
        {m.intro} <a href={hrefFor('matrix', { run: run.id })}>{m.backToMatrix}</a>
      </p>
      {fitted === null ? (
        <div className="notice" data-testid="no-model">
          <p>{m.noModel(modelReasonText(model.reason ?? 'not-converged', model, MESSAGE_LANG[locale]))}</p>
          <p className="muted">{m.noModelHint}</p>
        </div>
      ) : (
        <>
          <p data-testid="model-fitted">
            {m.fitted(fmt.integer(fitted.customers), fmt.integer(fitted.repeaters), fmt.day(dayOfIso(run.referenceDate)))}{' '}
            {m.discount(fmt.percent(discount, discount * 100 === Math.round(discount * 100) ? 0 : 2))}
          </p>
          <ModelParameters model={model} fitted={fitted} />
        </>
      )}
      {model.reason !== 'before-models' && <BacktestPanel run={run} />}
    </>
  );
}
