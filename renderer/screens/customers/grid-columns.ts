// The grid's columns, built from the one definition of the customer table that the exports use
// (shared/format/customer-columns.ts): same titles, same values. Plain numbers are formatted by
// valueFormatter (no React renderer per cell), so 50,000 rows scroll smoothly.
import type { CellClassParams, ColDef } from 'ag-grid-community';
import { CLASS_COLORS } from '../../../shared/analysis/class-colors';
import type { CustomerResult } from '../../../shared/analysis/result-types';
import type { CellValue, CustomerColumn } from '../../../shared/format/customer-columns';
import type { Labels } from '../../../shared/format/labels';
import type { Formatters } from '../../i18n/format';
import { formatValue, NUMERIC_KINDS } from './format-value';

/** A customer with its rank in ABC order (the table's first column). */
export type GridRow = CustomerResult & { rank: number };

export const PINNED = new Set(['code', 'name']);
/** Shown on request only: the figures the brief's list leaves out. */
export const HIDDEN_BY_DEFAULT = new Set(['xyzPeriods', 'quantity', 'actualPurchases90d']);
/** What the quick search looks in: text a user types, not numbers. */
const SEARCHED = new Set(['code', 'name', 'seller', 'segment', 'region']);

const classStyle = (p: CellClassParams<GridRow>) => {
  const color = typeof p.value === 'string' ? CLASS_COLORS[p.value] : undefined;
  return color
    ? { backgroundColor: color.fill, color: color.text, fontWeight: '700', textAlign: 'center' }
    : { backgroundColor: 'transparent', color: 'inherit', fontWeight: '400', textAlign: 'center' };
};

export function gridColumns(columns: CustomerColumn[], hidden: ReadonlySet<string>, fmt: Formatters, labels: Labels): ColDef<GridRow>[] {
  return columns.map((col): ColDef<GridRow> => {
    const numeric = NUMERIC_KINDS.has(col.kind);
    const def: ColDef<GridRow> = {
      colId: col.key,
      headerName: col.title,
      valueGetter: (p) => (p.data ? col.value(p.data, p.data.rank - 1) : null),
      valueFormatter: (p) => formatValue(col.kind, p.value as CellValue, fmt, labels),
      width: Math.round(Math.max(70, Math.min(360, col.width * 8 + 16))),
      hide: hidden.has(col.key),
      getQuickFilterText: SEARCHED.has(col.key) ? (p) => String(p.value ?? '') : () => '',
    };
    if (numeric) def.type = 'rightAligned';
    if (PINNED.has(col.key)) {
      def.pinned = 'left';
      def.lockPinned = true;
    }
    if (col.kind === 'class') def.cellStyle = classStyle;
    if (col.key === 'signals' || col.key === 'name') def.tooltipValueGetter = (p) => (p.value ? String(p.value) : null);
    return def;
  });
}
