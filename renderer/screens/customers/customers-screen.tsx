// Screen "customers": every customer of the run in an ag-grid, filtered by the route
// (`abc`, `xyz`, `status`, `seller`, `segment`, `signal`), with a quick search, a column chooser
// and, for `code`, a side panel with that customer's figures.
import { useMemo, useState } from 'react';
import type { RunSummary } from '../../../shared/api/analysis-api';
import { screenColumns } from '../../../shared/format/customer-columns';
import { navigate } from '../../app/router';
import { useRunResults } from '../../components/run-results';
import { LoadingNotice, WithRun } from '../../components/with-run';
import { useMessages, useSettings } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { filterFromParams, FILTER_KEYS, type FilterKey } from './customer-filter';
import { CustomerGrid } from './customer-grid';
import { CustomerPanel } from './customer-panel';
import { CustomerToolbar } from './customer-toolbar';
import { customersMessages } from './customers-messages';
import { FilterChips } from './filter-chips';
import { gridColumns, type GridRow } from './grid-columns';
import { useHiddenColumns } from './use-hidden-columns';
import './customers.css';

export function CustomersScreen({ route }: ScreenProps) {
  const m = useMessages(customersMessages);
  return (
    <section className="customers-screen">
      <h1>{m.title}</h1>
      <WithRun>{(run) => <CustomersOfRun run={run} params={route.params} />}</WithRun>
    </section>
  );
}

function CustomersOfRun({ run, params }: { run: RunSummary; params: Record<string, string> }) {
  const m = useMessages(customersMessages);
  const { fmt, labels, loc } = useSettings();
  const { data, loading } = useRunResults(run);
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState(0);
  const hiddenColumns = useHiddenColumns();
  // Keyed by the filter's own values: opening a customer (`code`) must not re-filter the grid.
  const filterKey = FILTER_KEYS.map((k) => params[k] ?? '').join('|');
  const filter = useMemo(() => filterFromParams(params), [filterKey]);
  const rows = useMemo<GridRow[]>(() => (data ?? []).map((c, i) => ({ ...c, rank: i + 1 })), [data]);
  const byCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);
  const columns = useMemo(() => screenColumns(run.params, labels, loc), [run.params, labels, loc]);
  const colDefs = useMemo(() => gridColumns(columns, hiddenColumns.hidden, fmt, labels), [columns, hiddenColumns.hidden, fmt, labels]);

  const go = (change: Record<string, string | undefined>) => navigate('customers', { ...params, run: run.id, ...change });
  const clearFilters = () => go(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])));
  const code = params.code;

  if (loading) return <LoadingNotice />;
  if (!data) return null;
  return (
    <>
      <CustomerToolbar
        rows={data}
        filter={filter}
        onFilter={(key: FilterKey, value) => go({ [key]: value })}
        search={search}
        onSearch={setSearch}
        shown={shown}
        columns={columns}
        hiddenColumns={hiddenColumns}
      />
      <FilterChips filter={filter} onRemove={(key) => go({ [key]: undefined })} onClear={clearFilters} />
      <div className="customers-body">
        <CustomerGrid
          rows={rows}
          columns={colDefs}
          filter={filter}
          search={search}
          onOpenCustomer={(c) => go({ code: c })}
          onShownChange={setShown}
        />
        {code && <CustomerPanel code={code} row={byCode.get(code)} columns={columns} params={run.params} onClose={() => go({ code: undefined })} />}
      </div>
      <p className="muted hint">{m.hint}</p>
    </>
  );
}
