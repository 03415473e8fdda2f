// The ag-grid of customers (client-side row model). The route's filter is an external filter,
// so sorting, the quick search and the column state survive a change of filter.
import { AllCommunityModule, ModuleRegistry, themeQuartz, type ColDef, type GridApi, type IRowNode } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useEffect, useRef } from 'react';
import { gridLocaleText } from '../../i18n/grid-locale';
import { useMessages, useSettings } from '../../i18n/settings';
import { hasFilter, passesFilter, type CustomerFilter } from './customer-filter';
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

const rowId = (p: { data: GridRow }) => p.data.code;

type Props = {
  rows: GridRow[];
  columns: ColDef<GridRow>[];
  filter: CustomerFilter;
  search: string;
  /** Opens a customer (double-click or Enter on its row): the hook for the customer dossier. */
  onOpenCustomer(code: string): void;
  onShownChange(count: number): void;
};

export function CustomerGrid({ rows, columns, filter, search, onOpenCustomer, onShownChange }: Props) {
  const m = useMessages(customersMessages);
  const { locale } = useSettings();
  const api = useRef<GridApi<GridRow> | null>(null);
  const filterRef = useRef(filter);
  filterRef.current = filter;
  const openRef = useRef(onOpenCustomer);
  openRef.current = onOpenCustomer;

  useEffect(() => {
    api.current?.onFilterChanged();
  }, [filter]);

  const isExternalFilterPresent = useCallback(() => hasFilter(filterRef.current), []);
  const doesExternalFilterPass = useCallback((node: IRowNode<GridRow>) => !node.data || passesFilter(node.data, filterRef.current), []);

  return (
    <div className="customer-grid" data-testid="customer-grid">
      <AgGridReact<GridRow>
        key={locale}
        theme={theme}
        rowData={rows}
        columnDefs={columns}
        defaultColDef={DEFAULT_COL}
        getRowId={rowId}
        valueCache
        quickFilterText={search}
        cacheQuickFilter
        isExternalFilterPresent={isExternalFilterPresent}
        doesExternalFilterPass={doesExternalFilterPass}
        suppressDragLeaveHidesColumns
        animateRows={false}
        enableCellTextSelection
        tooltipShowDelay={400}
        localeText={gridLocaleText(locale, { noRowsToShow: m.noRows, noMatchingRows: m.noRows, loadingOoo: m.loading })}
        onGridReady={(e) => {
          api.current = e.api;
        }}
        onModelUpdated={(e) => onShownChange(e.api.getDisplayedRowCount())}
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
