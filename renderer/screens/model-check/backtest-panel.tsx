// The backtest of a run of the past: the chart, the table by past repeat purchases and the totals,
// with a sentence that says how close the model came — or, without data after the reference date,
// how to get a backtest (an earlier end, with a link that opens the analysis form set to it).
import type { RunSummary } from '../../../shared/api/analysis-api';
import { backtestEndFor } from '../../../shared/analysis/run-model';
import { dayOfIso, isoOfDay } from '../../../shared/domain/calendar';
import { BACKTEST_DAYS, type Backtest } from '../../../shared/models';
import { hrefFor } from '../../app/router';
import type { Formatters } from '../../i18n/format';
import { useMessages, useSettings } from '../../i18n/settings';
import { BacktestChart } from './backtest-chart';
import { modelCheckMessages } from './model-check-messages';

/** "+12 %", "−3 %", or "=": actual against predicted. */
function differenceText(predicted: number, actual: number, fmt: Formatters): string {
  if (predicted <= 0) return '—';
  const d = (actual - predicted) / predicted;
  return `${d > 0 ? '+' : d < 0 ? '−' : ''}${fmt.percent(Math.abs(d), 0)}`;
}

function BacktestTable({ backtest }: { backtest: Backtest }) {
  const m = useMessages(modelCheckMessages);
  const { fmt } = useSettings();
  const rows = backtest.rows;
  return (
    <table className="data backtest-table" data-testid="backtest-table">
      <thead>
        <tr>
          <th>{m.pastRepeats}</th>
          <th className="num">{m.customers}</th>
          <th className="num">{m.predicted}</th>
          <th className="num">{m.actual}</th>
          <th className="num">{m.difference}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={r.pastRepeats}>
            <td>{m.rowLabel(r.pastRepeats, i === rows.length - 1)}</td>
            <td className="num">{fmt.integer(r.customers)}</td>
            <td className="num">{fmt.number(r.predicted, 1)}</td>
            <td className="num">{fmt.integer(r.actual)}</td>
            <td className="num">{differenceText(r.predicted, r.actual, fmt)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr data-testid="backtest-total">
          <th>{m.total}</th>
          <td className="num">{fmt.integer(backtest.total.customers)}</td>
          <td className="num">{fmt.number(backtest.total.predicted, 1)}</td>
          <td className="num">{fmt.integer(backtest.total.actual)}</td>
          <td className="num">{differenceText(backtest.total.predicted, backtest.total.actual, fmt)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

export function BacktestPanel({ run }: { run: RunSummary }) {
  const m = useMessages(modelCheckMessages);
  const { fmt } = useSettings();
  const backtest = run.model.backtest;
  const reference = dayOfIso(run.referenceDate)!;
  if (backtest === null) {
    const latest = run.latestSale === null ? null : dayOfIso(run.latestSale);
    const end = latest === null ? null : backtestEndFor(latest);
    const possible = end !== null && latest !== null && end < reference;
    return (
      <section className="panel backtest" data-testid="no-backtest">
        <h2>{m.backtest}</h2>
        <p>{m.noBacktest}</p>
        {possible ? (
          <p>
            {m.howToBacktest(fmt.day(end))}{' '}
            <a className="button" href={hrefFor('analysis', { run: run.id, to: isoOfDay(end) })} data-testid="run-earlier">
              {m.runEarlier(fmt.day(end))}
            </a>
          </p>
        ) : (
          <p className="muted">{m.tooLittleData}</p>
        )}
      </section>
    );
  }
  const { total } = backtest;
  return (
    <section className="panel backtest" data-testid="backtest">
      <h2>{m.backtest}</h2>
      <p className="muted">{m.backtestIntro(fmt.day(reference + 1), fmt.day(reference + BACKTEST_DAYS))}</p>
      <p className="verdict" data-testid="backtest-verdict">
        {m.verdict(fmt.number(total.predicted, 1), fmt.integer(total.actual), differenceText(total.predicted, total.actual, fmt))}
      </p>
      <div className="backtest-layout">
        <BacktestChart backtest={backtest} />
        <BacktestTable backtest={backtest} />
      </div>
      <p className="muted hint">{m.verdictHint}</p>
    </section>
  );
}
