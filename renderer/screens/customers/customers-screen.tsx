// Screen "customers": every customer of the run in an ag-grid fed a page at a time, filtered by
// the route (`abc`, `xyz`, `status`, `seller`, `segment`, `signal`), with a quick search, a column
// chooser and, for `code`, a side panel with that customer's figures.
import { useMemo, useRef, useState } from 'react';
import type { RunSummary } from '../../../shared/api/analysis-api';
import { screenColumns } from '../../../shared/format/customer-columns';
import { invoke } from '../../api';
import { navigate } from '../../app/router';
import { useApiData } from '../../components/use-api-data';
import { WithRun } from '../../components/with-run';
import { useMessages, useSettings } from '../../i18n/settings';
import type { ScreenProps } from '../screens';
import { filterFromParams, FILTER_KEYS, type FilterKey } from './customer-filter';
import { CustomerGrid, gridKey, type GridHandle } from './customer-grid';
import { CustomerPanel } from './customer-panel';
import { CustomerToolbar } from './customer-toolbar';
import { customersMessages } from './customers-messages';
import { FilterChips } from './filter-chips';
import { gridColumns } from './grid-columns';
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
  const runKey = `${run.id}|${run.createdAt}`;
  const values = useApiData(`values|${runKey}`, () => invoke('analysis/result-values', { runId: run.id })).data;
  const [search, setSearch] = useState('');
  const [shown, setShown] = useState<{ key: string; count: number } | null>(null);
  const hiddenColumns = useHiddenColumns();
  // Keyed by the filter's own values: opening a customer (`code`) must not re-filter the grid.
  const filterKey = FILTER_KEYS.map((k) => params[k] ?? '').join('|');
  const filter = useMemo(() => filterFromParams(params), [filterKey]);
  const code = params.code;
  // The customer of the side panel, read on its own: the grid holds only the pages it has drawn.
  const panelRow = useApiData(code ? `panel|${runKey}|${code}` : null, async () =>
    (await invoke('analysis/results-page', { runId: run.id, codes: [code!] })).rows[0] ?? null,
  );
  const columns = useMemo(() => screenColumns(run.params, labels, loc), [run.params, labels, loc]);
  const colDefs = useMemo(() => gridColumns(columns, hiddenColumns.hidden, fmt, labels), [columns, hiddenColumns.hidden, fmt, labels]);

  const grid = useRef<GridHandle>(null);
  const current = gridKey(run.id, filter, search);
  // A new filter or search: the grid's first rows are asked at once, before the page draws the change.
  const askAhead = (f: typeof filter, s: string) => {
    if (gridKey(run.id, f, s) !== current) grid.current?.askAhead(f, s);
  };
  const go = (change: Record<string, string | undefined>) => {
    const next = { ...params, run: String(run.id), ...change };
    askAhead(filterFromParams(next), search);
    navigate('customers', next);
  };
  const clearFilters = () => go(Object.fromEntries(FILTER_KEYS.map((k) => [k, undefined])));
  const onSearch = (text: string) => {
    askAhead(filter, text);
    setSearch(text);
  };

  return (
    <>
      <CustomerToolbar
        values={values}
        total={run.totals.customers}
        filter={filter}
        onFilter={(key: FilterKey, value) => go({ [key]: value })}
        search={search}
        onSearch={onSearch}
        shown={shown?.key === current ? shown.count : null}
        columns={columns}
        hiddenColumns={hiddenColumns}
      />
      <FilterChips filter={filter} onRemove={(key) => go({ [key]: undefined })} onClear={clearFilters} />
      <div className="customers-body">
        <CustomerGrid
          run={run}
          columns={colDefs}
          filter={filter}
          search={search}
          onOpenCustomer={(c) => go({ code: c })}
          onShownChange={(key, count) => setShown({ key, count })}
          handle={grid}
        />
        {code && (
          <CustomerPanel
            code={code}
            row={panelRow.loading ? undefined : (panelRow.data ?? null)}
            columns={columns}
            params={run.params}
            onClose={() => go({ code: undefined })}
          />
        )}
      </div>
      <p className="muted hint">{m.hint}</p>
    </>
  );
}
