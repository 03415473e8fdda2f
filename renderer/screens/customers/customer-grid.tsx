// The ag-grid of customers, fed a page at a time ('analysis/results-page', ag-grid's infinite row
// model): the grid asks for the rows it is about to draw as the user scrolls, and the backend
// filters, searches and sorts the whole run, so that 200,000 customers never travel at once. A
// header click sorts (by any column) and ag-grid asks again from the top; a new filter or search
// refills the rows on screen (see below): ag-grid-react draws a row and its cells as React
// components, and drawing a search's 20-odd new rows took 60-130 ms at 5M lines, refilling the
// ones on screen a fraction of that (decision #185, BENCHMARKS.md).
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type ColDef,
  type GridApi,
  type IDatasource,
  type IGetRowsParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import type { RunSummary } from '../../../shared/api/analysis-api';
import type { SortRequest } from '../../../shared/api/paging';
import { useReportError } from '../../app/errors';
import { gridLocaleText } from '../../i18n/grid-locale';
import { useMessages, useSettings } from '../../i18n/settings';
import type { CustomerFilter } from './customer-filter';
import { customersMessages } from './customers-messages';
import type { GridRow } from './grid-columns';
import { askFirstBlock, BLOCK, loadPage } from './grid-pages';

ModuleRegistry.registerModules([AllCommunityModule]);

const theme = themeQuartz.withParams({
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  rowHeight: 28,
  headerHeight: 34,
  spacing: 5,
  accentColor: '#1f5f8b',
  foregroundColor: '#1f2430',
  headerBackgroundColor: '#f0f2f5',
  borderColor: '#d9dde3',
  wrapperBorderRadius: 6,
  oddRowBackgroundColor: '#fafbfc',
});

const DEFAULT_COL: ColDef<GridRow> = {
  sortable: true,
  resizable: true,
  filter: false,
  wrapHeaderText: true,
  autoHeaderHeight: true,
  suppressHeaderMenuButton: true,
};

/** Rows drawn beyond those in view, above and below (ag-grid's default: 10, a third more rows to draw). */
const ROW_BUFFER = 4;

/** What the screen tells the grid before it draws a change: the user's new filter or search. */
export type GridHandle = { askAhead(filter: CustomerFilter, search: string): void };

type Props = {
  run: RunSummary;
  columns: ColDef<GridRow>[];
  filter: CustomerFilter;
  search: string;
  /** Opens a customer (double-click or Enter on its row): the hook for the customer dossier. */
  onOpenCustomer(code: string): void;
  /** How many customers pass the filter and the search, for the request named by `key` (gridKey). */
  onShownChange(key: string, count: number): void;
  handle?: Ref<GridHandle>;
};

/** Names what the grid shows: a count arriving for another filter or search is not this one's. */
export const gridKey = (runId: number, filter: CustomerFilter, search: string) => JSON.stringify([runId, filter, search]);

/** The grid's sort (a header click; one column at a time), as the backend takes it. */
function sortRequest(model: { colId: string; sort?: 'asc' | 'desc' | null }[]): SortRequest | null {
  const sorted = model.find((c) => c.sort);
  return sorted ? { key: sorted.colId, desc: sorted.sort === 'desc' } : null;
}

export function CustomerGrid({ run, columns, filter, search, onOpenCustomer, onShownChange, handle }: Props) {
  const m = useMessages(customersMessages);
  const report = useReportError();
  const { locale } = useSettings();
  const openRef = useRef(onOpenCustomer);
  openRef.current = onOpenCustomer;
  const shownRef = useRef(onShownChange);
  shownRef.current = onShownChange;
  const key = gridKey(run.id, filter, search);
  const api = useRef<GridApi<GridRow> | null>(null);

  // The rows of one filter and search, in the grid's sort (ag-grid names it in each request).
  const query = useMemo<IDatasource>(() => {
    return {
      getRows(p: IGetRowsParams) {
        loadPage({ runId: run.id, filter, search, sort: sortRequest(p.sortModel) }, p.startRow, p.endRow - p.startRow).then(
          (page) => {
            shownRef.current(key, page.total);
            p.successCallback(page.rows, page.total);
          },
          (e: unknown) => {
            p.failCallback();
            report(e);
          },
        );
      },
    };
    // `key` names the run, the filter and the search.
  }, [key, run.createdAt, report]);
  const current = useRef({ query, run: `${run.id}|${run.createdAt}` });
  // What ag-grid holds: it always asks the query of the moment. The `datasource` prop is set once,
  // as a new one makes ag-grid drop every row; the effect below sets a new one through the API
  // when the grid must start again from the top.
  const datasource = (): IDatasource => ({ getRows: (p) => current.current.query.getRows(p) });
  const [firstSource] = useState(datasource);
  useImperativeHandle(
    handle,
    () => ({ askAhead: (f, s) => askFirstBlock({ runId: run.id, filter: f, search: s, sort: sortRequest(api.current?.getColumnState() ?? []) }) }),
    [run.id],
  );

  // A new filter or search. When the grid shows the top of the list and holds only its first
  // block (the usual case: a search typed on the screen as it opened), its rows are kept and
  // filled with the new answer when it comes (decision #185): at 5M lines drawing 20 new rows took
  // 60-130 ms, refilling them a fraction of that. Otherwise (another run, the user scrolled down)
  // the grid starts again from the top, as at the first opening.
  useLayoutEffect(() => {
    const grid = api.current;
    const was = current.current;
    const runNow = `${run.id}|${run.createdAt}`;
    if (was.query === query) return;
    current.current = { query, run: runNow };
    if (!grid || grid.isDestroyed()) return;
    const blocks = Object.keys((grid.getCacheBlockState() ?? {}) as Record<string, unknown>);
    if (was.run === runNow && blocks.every((id) => id === '0')) {
      // Always: ag-grid's own scroll position can lag a scroll the page has not yet told it of
      // (then it thinks it is at the top); this reads the viewport's.
      if (grid.getDisplayedRowCount() > 0) grid.ensureIndexVisible(0, 'top');
      grid.refreshInfiniteCache();
    } else grid.setGridOption('datasource', datasource());
  }, [query]);

  return (
    <div className="customer-grid" data-testid="customer-grid">
      <AgGridReact<GridRow>
        key={locale}
        theme={theme}
        rowModelType="infinite"
        datasource={firstSource}
        cacheBlockSize={BLOCK}
        rowBuffer={ROW_BUFFER}
        maxBlocksInCache={50}
        blockLoadDebounceMillis={0}
        columnDefs={columns}
        defaultColDef={DEFAULT_COL}
        suppressDragLeaveHidesColumns
        animateRows={false}
        enableCellTextSelection
        tooltipShowDelay={400}
        localeText={gridLocaleText(locale, { noRowsToShow: m.noRows, noMatchingRows: m.noRows, loadingOoo: m.loading })}
        onGridReady={(e) => {
          api.current = e.api;
        }}
        onGridPreDestroyed={(e) => {
          if (api.current === e.api) api.current = null;
        }}
        onRowDoubleClicked={(e) => {
          if (e.data) openRef.current(e.data.code);
        }}
        onCellKeyDown={(e) => {
          const key = (e.event as KeyboardEvent | null | undefined)?.key;
          if (key === 'Enter' && e.data) openRef.current(e.data.code);
        }}
      />
    </div>
  );
}
