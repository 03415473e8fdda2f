// The run at a glance, above the matrix: customers, total value, A/B/C with their share of the
// customers and of the value (the A customers named as the key accounts, SPEC "Key accounts"),
// the window and the parameters.
import type { RunSummary } from '../../../shared/api/analysis-api';
import type { MatrixCell } from '../../../shared/analysis/matrix-types';
import { ABC_CLASSES } from '../../../shared/analysis/result-types';
import { dayOfIso } from '../../../shared/domain/calendar';
import { hrefFor } from '../../app/router';
import { ClassBadge } from '../../components/class-badge';
import { useMessages, useSettings } from '../../i18n/settings';
import { matrixMessages } from './matrix-messages';

export function RunKpis({ run, cells }: { run: RunSummary; cells: MatrixCell[] }) {
  const m = useMessages(matrixMessages).kpi;
  const { fmt, labels } = useSettings();
  const { totals, params, window } = run;
  const customerShare = (n: number) => (totals.customers > 0 ? n / totals.customers : null);
  const valueShare = (abc: string) => cells.filter((c) => c.abc === abc).reduce((s, c) => s + c.share, 0);
  const basis = labels.bases[params.basis].toLowerCase();
  return (
    <div className="kpis run-kpis" data-testid="run-kpis">
      <div className="kpi">
        <div className="label">{m.customers}</div>
        <div className="value" data-testid="kpi-customers">{fmt.integer(totals.customers)}</div>
      </div>
      <div className="kpi">
        <div className="label">{m.value(basis)}</div>
        <div className="value" data-testid="kpi-value">{fmt.basis(totals.value, params.basis)}</div>
        {/* Beside a matrix whose total is net of the values ≤ 0 (see the note under it). */}
        {cells.some((c) => c.nonPositiveValue < 0) && <div className="detail">{m.valueDetail}</div>}
      </div>
      {ABC_CLASSES.map((abc) => (
        <div className="kpi" key={abc}>
          <div className="label">
            <ClassBadge value={abc} /> {m.cls(abc)}
          </div>
          <div className="value" data-testid={`kpi-${abc}`}>{fmt.integer(totals[abc])}</div>
          <div className="detail">{m.clsDetail(fmt.percent(customerShare(totals[abc])), fmt.percent(valueShare(abc)))}</div>
        </div>
      ))}
      <p className="run-context muted">
        <span>
          {m.window}: <strong>{m.windowText(fmt.day(dayOfIso(window.from)), fmt.day(dayOfIso(window.to)), labels.periods[window.period].toLowerCase())}</strong>
        </span>
        <span>
          {m.params}: {m.paramsText(labels.bases[params.basis], fmt.percent(params.a / 100, 0), fmt.percent(params.b / 100, 0))}
        </span>
        <span>{m.xyzText(labels.bases[params.xyzMeasure].toLowerCase(), fmt.number(params.x, 2), fmt.number(params.y, 2), params.minPeriods)}</span>
        <span>
          {m.model}:{' '}
          <a href={hrefFor('model', { run: run.id })} data-testid="open-model-check">
            {run.model.fitted === null ? m.noModel : m.modelFitted(fmt.integer(run.model.fitted.customers))}
          </a>
        </span>
      </p>
    </div>
  );
}
