// A side panel with one customer's figures, opened by the route's `code` (double-click or Enter
// on a row). It stands in for the customer dossier of a later issue, which can take its place
// through the same route parameter.
import type { AnalysisParams } from '../../../shared/analysis/params';
import { signalText } from '../../../shared/format/signal-text';
import type { CustomerColumn } from '../../../shared/format/customer-columns';
import { ClassBadge } from '../../components/class-badge';
import { OpenDossierLink } from '../dossier/open-dossier-link';
import { useMessages, useSettings } from '../../i18n/settings';
import { customersMessages } from './customers-messages';
import { formatValue } from './format-value';
import type { GridRow } from './grid-columns';

/** `row`: undefined while it loads, null when the run does not have the customer. */
type Props = { code: string; row: GridRow | null | undefined; columns: CustomerColumn[]; params: AnalysisParams; onClose(): void };

const SKIP = new Set(['code', 'name', 'signals']);

export function CustomerPanel({ code, row, columns, params, onClose }: Props) {
  const m = useMessages(customersMessages);
  const { fmt, labels, loc } = useSettings();
  return (
    <aside className="panel customer-panel" aria-labelledby="customer-panel-title" data-testid="customer-panel">
      <div className="panel-head">
        <h2 id="customer-panel-title">
          {row ? (
            <>
              <ClassBadge value={row.abc} /> <ClassBadge value={row.xyz} /> {row.code} · {row.name ?? ''}
            </>
          ) : (
            code
          )}
        </h2>
        <OpenDossierLink code={code} />
        <button type="button" onClick={onClose}>
          {m.panel.close}
        </button>
      </div>
      {row === undefined ? (
        <p className="muted" role="status">
          {m.loading}
        </p>
      ) : row === null ? (
        <p className="notice">{m.panel.notFound(code)}</p>
      ) : (
        <>
          <ul className="panel-signals">
            {row.signals.length === 0 ? (
              <li className="muted">{m.panel.signalsNone}</li>
            ) : (
              row.signals.map((s) => <li key={s.kind}>{signalText(s, params.xyzMeasure, labels, loc)}</li>)
            )}
          </ul>
          <dl className="panel-figures">
            {columns
              .filter((c) => !SKIP.has(c.key))
              .map((c) => (
                <div key={c.key}>
                  <dt>{c.title}</dt>
                  <dd>{formatValue(c.kind, c.value(row, row.rank - 1), fmt, labels) || '—'}</dd>
                </div>
              ))}
          </dl>
        </>
      )}
    </aside>
  );
}
