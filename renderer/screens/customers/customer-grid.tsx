// The ag-grid of customers, fed a page at a time ('analysis/results-page', ag-grid's infinite row
// model): the grid asks for the rows it is about to draw as the user scrolls, and the backend
// filters, searches and sorts the whole run, so that 200,000 customers never travel at once. A
// header click sorts (by any column); the route's filter and the quick search start a new
// datasource, which ag-grid asks again from the top.
import {
  AllCommunityModule,
  ModuleRegistry,
  themeQuartz,
  type ColDef,
  type IDatasource,
  type IGetRowsParams,
} from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useMemo, useRef } from 'react';
import type { RunSummary } from '../../../shared/api/analysis-api';
import { invoke } from '../../api';
import { useReportError } from '../../app/errors';
import { gridLocaleText } from '../../i18n/grid-locale';
import { useMessages, useSettings } from '../../i18n/settings';
import type { CustomerFilter } from './customer-filter';
import { customersMessages } from './customers-messages';
import type { GridRow } from './grid-columns';

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

/** Rows per request: a screenful several times over, small enough to answer at once. */
const BLOCK = 100;

const rowId = (p: { data: GridRow }) => p.data.code;

type Props = {
  run: RunSummary;
  columns: ColDef<GridRow>[];
  filter: CustomerFilter;
  search: string;
  /** Opens a customer (double-click or Enter on its row): the hook for the customer dossier. */
  onOpenCustomer(code: string): void;
  /** How many customers pass the filter and the search, for the request named by `key` (gridKey). */
  onShownChange(key: string, count: number): void;
};

/** Names what the grid shows: a count arriving for another filter or search is not this one's. */
export const gridKey = (runId: number, filter: CustomerFilter, search: string) => JSON.stringify([runId, filter, search]);

export function CustomerGrid({ run, columns, filter, search, onOpenCustomer, onShownChange }: Props) {
  const m = useMessages(customersMessages);
  const report = useReportError();
  const { locale } = useSettings();
  const openRef = useRef(onOpenCustomer);
  openRef.current = onOpenCustomer;
  const shownRef = useRef(onShownChange);
  shownRef.current = onShownChange;
  const key = gridKey(run.id, filter, search);

  // A new datasource for a new filter or search: ag-grid drops what it holds and asks from the top.
  const datasource = useMemo<IDatasource>(() => {
    return {
      getRows(p: IGetRowsParams) {
        const [sorted] = p.sortModel;
        invoke('analysis/results-page', {
          runId: run.id,
          filter,
          search,
          offset: p.startRow,
          limit: p.endRow - p.startRow,
          ...(sorted ? { sort: { key: sorted.colId, desc: sorted.sort === 'desc' } } : {}),
        }).then(
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

  return (
    <div className="customer-grid" data-testid="customer-grid">
      <AgGridReact<GridRow>
        key={locale}
        theme={theme}
        rowModelType="infinite"
        datasource={datasource}
        cacheBlockSize={BLOCK}
        maxBlocksInCache={50}
        blockLoadDebounceMillis={0}
        columnDefs={columns}
        defaultColDef={DEFAULT_COL}
        getRowId={rowId}
        suppressDragLeaveHidesColumns
        animateRows={false}
        enableCellTextSelection
        tooltipShowDelay={400}
        localeText={gridLocaleText(locale, { noRowsToShow: m.noRows, noMatchingRows: m.noRows, loadingOoo: m.loading })}
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
