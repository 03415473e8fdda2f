// The customers behind one cell of the migration table: code and name, class in each run, and
// the figure of each run's basis in both runs, each column named by its basis and run, largest
// first by the newer run's value. Read a page at a time ('analysis/migration-customers'): a cell
// of a large workspace holds tens of thousands.
import type { RunSummary } from '../../../shared/api/analysis-api';
import type { MigrationCustomer } from '../../../shared/analysis/matrix-types';
import { basisFigure } from '../../../shared/format/customer-columns';
import { invoke } from '../../api';
import { ClassBadge } from '../../components/class-badge';
import { ShowMore } from '../../components/show-more';
import { usePagedList } from '../../components/use-paged-list';
import { useMessages, useSettings } from '../../i18n/settings';
import { historyMessages } from './history-messages';
import type { MigrationKey } from './migration-table';

type Props = { count: number; from: MigrationKey; to: MigrationKey; fromRun: RunSummary; toRun: RunSummary; onClose(): void };

export function MigrationCustomers({ count, from, to, fromRun, toRun, onClose }: Props) {
  const m = useMessages(historyMessages);
  const { fmt, labels } = useSettings();
  const list = usePagedList<MigrationCustomer>(count === 0 ? null : `${fromRun.id}|${toRun.id}|${from}|${to}`, (offset, limit) =>
    invoke('analysis/migration-customers', { fromRunId: fromRun.id, toRunId: toRun.id, from, to, offset, limit }),
  );
  const rows = list.current ? list.rows : null;

  const name = (k: MigrationKey) => (k === '-' ? m.absent : k);
  // Like with like: each run's basis shown for both runs (revenue beside revenue, margin beside margin).
  const bases = [...new Set([fromRun.params.basis, toRun.params.basis])];
  return (
    <section className="panel migration-customers" aria-labelledby="migration-customers-title" data-testid="migration-customers">
      <div className="row section-head">
        <h3 id="migration-customers-title" className="grow">
          {m.cellTitle(name(from), name(to), fmt.integer(count))}
        </h3>
        <button type="button" onClick={onClose}>
          {m.close}
        </button>
      </div>
      {count === 0 ? (
        <p className="muted">{m.cellEmpty}</p>
      ) : !rows ? (
        <p className="muted" role="status">
          {m.loading}
        </p>
      ) : (
        <>
          {bases.length > 1 && (
            <p className="muted" data-testid="migration-bases">
              {m.basesDiffer(fromRun.id, labels.bases[fromRun.params.basis].toLowerCase(), toRun.id, labels.bases[toRun.params.basis].toLowerCase())}
            </p>
          )}
          {rows.length < list.total && <p className="muted">{m.shownOf(rows.length, list.total)}</p>}
          <div className="table-scroll customers-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{labels.columns.code}</th>
                  <th scope="col">{labels.columns.name}</th>
                  <th scope="col">{m.before(fromRun.id)}</th>
                  <th scope="col">{m.after(toRun.id)}</th>
                  {bases.map((basis) =>
                    [fromRun, toRun].map((run) => (
                      <th key={`${basis}-${run.id}`} scope="col" className="num">
                        {m.figureIn(labels.bases[basis], run.id)}
                      </th>
                    )),
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ code, name: customerName, before, after }) => (
                  <tr key={code}>
                    <td>{code}</td>
                    <td>{customerName ?? ''}</td>
                    <td>{before ? <ClassBadge value={before.abc} /> : m.absent}</td>
                    <td>{after ? <ClassBadge value={after.abc} /> : m.absent}</td>
                    {bases.map((basis) =>
                      [before, after].map((c, i) => (
                        <td key={`${basis}-${i}`} className="num">
                          {c ? fmt.basis(basisFigure(c, basis), basis) : '—'}
                        </td>
                      )),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            <ShowMore shown={rows.length} total={list.total} loading={list.loading} onMore={list.more} testId="migration-customers-more" />
          </div>
        </>
      )}
    </section>
  );
}
