// The customers behind one cell of the migration table: code and name, class and value in each
// run, largest first by the newer run's value. Read a page at a time
// ('analysis/migration-customers'): a cell of a large workspace holds tens of thousands.
import type { RunSummary } from '../../../shared/api/analysis-api';
import type { MigrationCustomer } from '../../../shared/analysis/matrix-types';
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
          {rows.length < list.total && <p className="muted">{m.shownOf(rows.length, list.total)}</p>}
          <div className="table-scroll customers-scroll">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{labels.columns.code}</th>
                  <th scope="col">{labels.columns.name}</th>
                  <th scope="col">{m.before(fromRun.id)}</th>
                  <th scope="col">{m.after(toRun.id)}</th>
                  <th scope="col" className="num">{m.valueIn(fromRun.id)}</th>
                  <th scope="col" className="num">{m.valueIn(toRun.id)}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ code, name: customerName, before, after }) => (
                  <tr key={code}>
                    <td>{code}</td>
                    <td>{customerName ?? ''}</td>
                    <td>{before ? <ClassBadge value={before.abc} /> : m.absent}</td>
                    <td>{after ? <ClassBadge value={after.abc} /> : m.absent}</td>
                    <td className="num">{before ? fmt.basis(before.value, fromRun.params.basis) : '—'}</td>
                    <td className="num">{after ? fmt.basis(after.value, toRun.params.basis) : '—'}</td>
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
