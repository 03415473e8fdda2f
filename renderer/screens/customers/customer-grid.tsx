// The ag-grid of customers, fed a page at a time ('analysis/results-page', ag-grid's infinite row
// model): the grid asks for the rows it is about to draw as the user scrolls, and the backend
// filters, searches and sorts the whole run, so that 200,000 customers never travel at once. A
// header click sorts (by any column) and ag-grid asks again from the top; a new filter or search
// refills the rows on screen (see below). ag-grid draws its rows itself (createGrid, not
// ag-grid-react, which made a React component of every row and cell): at 5M lines, drawing a
// search's rows took 120-140 ms through React, about 50 ms so (measured in Chromium, BENCHMARKS.md).
import {
  AllCommunityModule,
  createGrid,
  ModuleRegistry,
  themeQuartz,
  type ColDef,
  type GridApi,
  type IDatasource,
  type IGetRowsParams,
} from 'ag-grid-community';
import { useImperativeHandle, useLayoutEffect, useMemo, useRef, type Ref } from 'react';
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
  const host = useRef<HTMLDivElement>(null);
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
  // What ag-grid holds: it always asks the query of the moment.
  const datasource = (): IDatasource => ({ getRows: (p) => current.current.query.getRows(p) });
  useImperativeHandle(
    handle,
    () => ({ askAhead: (f, s) => askFirstBlock({ runId: run.id, filter: f, search: s, sort: sortRequest(api.current?.getColumnState() ?? []) }) }),
    [run.id],
  );
  const columnsRef = useRef(columns);
  columnsRef.current = columns;

  // ag-grid's own DOM rendering (no React per row and cell): a new grid per language, its texts being set once.
  useLayoutEffect(() => {
    const grid = createGrid<GridRow>(host.current!, {
      theme,
      rowModelType: 'infinite',
      datasource: datasource(),
      cacheBlockSize: BLOCK,
      rowBuffer: ROW_BUFFER,
      maxBlocksInCache: 50,
      blockLoadDebounceMillis: 0,
      columnDefs: columnsRef.current,
      defaultColDef: DEFAULT_COL,
      suppressDragLeaveHidesColumns: true,
      animateRows: false,
      enableCellTextSelection: true,
      tooltipShowDelay: 400,
      localeText: gridLocaleText(locale, { noRowsToShow: m.noRows, noMatchingRows: m.noRows, loadingOoo: m.loading }),
      onRowDoubleClicked: (e) => {
        if (e.data) openRef.current(e.data.code);
      },
      onCellKeyDown: (e) => {
        const key = (e.event as KeyboardEvent | null | undefined)?.key;
        if (key === 'Enter' && e.data) openRef.current(e.data.code);
      },
    });
    api.current = grid;
    return () => {
      api.current = null;
      grid.destroy();
    };
  }, [locale]);

  // A new filter or search. When the grid shows the top of the list and holds only its first
  // block (the usual case: a search typed on the screen as it opened), its rows are kept and
  // filled with the new answer when it comes (decision #185): at 5M lines drawing 20 new rows took
  // 60-130 ms, refilling them 10-25 ms. Otherwise (another run, the user scrolled down) the grid
  // starts again from the top, as at the first opening.
  useLayoutEffect(() => {
    const grid = api.current;
    const was = current.current;
    const runNow = `${run.id}|${run.createdAt}`;
    if (was.query === query) return;
    current.current = { query, run: runNow };
    if (!grid) return;
    const blocks = Object.keys((grid.getCacheBlockState() ?? {}) as Record<string, unknown>);
    if (was.run === runNow && blocks.every((id) => id === '0')) {
      if (grid.getVerticalPixelRange().top > 0) grid.ensureIndexVisible(0, 'top');
      grid.refreshInfiniteCache();
    } else grid.setGridOption('datasource', datasource());
  }, [query]);
  useLayoutEffect(() => {
    if (api.current && api.current.getGridOption('columnDefs') !== columns) api.current.setGridOption('columnDefs', columns);
  }, [columns]);

  return <div className="customer-grid" data-testid="customer-grid" ref={host} />;
}
