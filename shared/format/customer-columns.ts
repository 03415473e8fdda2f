// The per-customer table of a run, column by column, defined once for every output: the
// workbook's "Clientes" and "Pareto" sheets, the CSV export and later the screens. Each column
// gives its title in the chosen language, its kind (which decides the number format and how a
// file writes it) and its value in exact units: money in cents, quantities in thousandths,
// dates as days, shares as fractions, classes as their CLASS_COLORS key.
import type { AnalysisParams, Basis } from '../analysis/params';
import type { CustomerResult } from '../analysis/result-types';
import type { Labels } from './labels';
import type { LocaleFormat } from './locale';
import { signalsText } from './signal-text';

export type ColumnKind =
  | 'text' // text from users or from the catalogue: always written as text
  | 'integer'
  | 'money' // cents
  | 'quantity' // thousandths
  | 'percent' // a fraction: 0.25 is 25 %
  | 'ratio' // a coefficient of variation, expected purchases
  | 'decimal' // days that may carry a half (a median of gaps)
  | 'date' // a Day
  | 'class'; // 'A' … 'Z' or 'new' (too little history for XYZ)

export type CellValue = string | number | null;

export type TableColumn<Row> = {
  key: string;
  title: string;
  kind: ColumnKind;
  /** Width in characters for the workbook. */
  width: number;
  value: (row: Row, index: number) => CellValue;
};

export type CustomerColumn = TableColumn<CustomerResult>;

/** The kind of a figure kept in the run's basis units (`value`, the matrix's value). */
export function basisKind(basis: Basis): 'money' | 'quantity' | 'integer' {
  return basis === 'quantity' ? 'quantity' : basis === 'orders' ? 'integer' : 'money';
}

/** A class cell's text: the letter, or the word for "new" in the chosen language. */
export function classText(key: string, labels: Labels): string {
  return key === 'new' ? labels.xyzNew : key;
}

export function customerColumns(params: AnalysisParams, labels: Labels, loc: LocaleFormat): CustomerColumn[] {
  const t = labels.columns;
  const col = (key: string, title: string, kind: ColumnKind, width: number, value: CustomerColumn['value']): CustomerColumn => ({
    key,
    title,
    kind,
    width,
    value,
  });
  return [
    col('rank', t.rank, 'integer', 8, (_c, i) => i + 1),
    col('code', t.code, 'text', 12, (c) => c.code),
    col('name', t.name, 'text', 32, (c) => c.name),
    col('value', `${t.value} (${labels.bases[params.basis].toLowerCase()})`, basisKind(params.basis), 16, (c) => c.value),
    col('share', t.share, 'percent', 11, (c) => c.share),
    col('cumulativeShare', t.cumulativeShare, 'percent', 13, (c) => c.cumulativeShare),
    col('abc', t.abc, 'class', 6, (c) => c.abc),
    col('xyz', t.xyz, 'class', 7, (c) => c.xyz ?? 'new'),
    col('cv', t.cv, 'ratio', 12, (c) => c.cv),
    col('xyzPeriods', t.xyzPeriods, 'integer', 10, (c) => c.xyzPeriods),
    col('revenue', t.revenue, 'money', 16, (c) => c.revenue),
    col('margin', t.margin, 'money', 16, (c) => c.margin),
    col('marginPct', t.marginPct, 'percent', 10, (c) => c.marginPct),
    col('quantity', t.quantity, 'quantity', 13, (c) => c.quantity),
    col('orders', t.orders, 'integer', 9, (c) => c.orders),
    col('averageTicket', t.averageTicket, 'money', 14, (c) => c.averageTicket),
    col('firstPurchase', t.firstPurchase, 'date', 12, (c) => c.firstPurchase),
    col('lastPurchase', t.lastPurchase, 'date', 12, (c) => c.lastPurchase),
    col('recencyDays', t.recencyDays, 'integer', 10, (c) => c.recencyDays),
    col('cycleDays', t.cycleDays, 'decimal', 9, (c) => c.cycleDays),
    col('expectedNext', t.expectedNext, 'date', 14, (c) => c.expectedNext),
    col('pAlive', t.pAlive, 'percent', 11, (c) => c.pAlive),
    col('expectedPurchases90d', t.expectedPurchases90d, 'ratio', 12, (c) => c.expectedPurchases90d),
    col('predictedRevenue12m', t.predictedRevenue12m, 'money', 16, (c) => c.predictedRevenue12m),
    col('clv12m', t.clv12m, 'money', 16, (c) => c.clv12m),
    col('actualPurchases90d', t.actualPurchases90d, 'integer', 12, (c) => c.actualPurchases90d),
    col('status', t.status, 'text', 11, (c) => labels.status[c.status]),
    col('signals', t.signals, 'text', 48, (c) =>
      c.signals.length > 0 ? signalsText(c.signals, params.xyzMeasure, labels, loc) : null,
    ),
    col('types', t.types, 'text', 18, (c) => (c.types.length > 0 ? c.types.map((k) => labels.types[k]).join(', ') : null)),
    col('seller', t.seller, 'text', 16, (c) => c.seller),
    col('segment', t.segment, 'text', 16, (c) => c.segment),
    col('region', t.region, 'text', 16, (c) => c.region),
    col('abcRevenue', t.abcRevenue, 'class', 10, (c) => c.abcRevenue),
    col('abcMargin', t.abcMargin, 'class', 10, (c) => c.abcMargin),
    col('bigButUnprofitable', t.bigButUnprofitable, 'text', 12, (c) => (c.bigButUnprofitable ? labels.yes : labels.no)),
  ];
}

/** The figure column that holds the same numbers as `value` on each basis. */
const BASIS_FIGURE = { revenue: 'revenue', margin: 'margin', quantity: 'quantity', orders: 'orders' } as const satisfies Record<Basis, keyof CustomerResult>;

/** A customer's figure on a basis (the numbers of `value` in a run on that basis); null: no margin known. */
export function basisFigure(c: Pick<CustomerResult, 'revenue' | 'margin' | 'quantity' | 'orders'>, basis: Basis): number | null {
  return c[BASIS_FIGURE[basis]];
}

/**
 * The columns a screen shows: all of them but the basis's own figure, which would repeat
 * "Valor (faturamento)" as "Faturamento" beside it. The files keep every column, so that two
 * exports of runs on different bases line up column for column.
 */
export function screenColumns(params: AnalysisParams, labels: Labels, loc: LocaleFormat): CustomerColumn[] {
  return customerColumns(params, labels, loc).filter((c) => c.key !== BASIS_FIGURE[params.basis]);
}

/** SPEC's Pareto table: rank, code, name, value, share, cumulative share, class. */
export const PARETO_KEYS = ['rank', 'code', 'name', 'value', 'share', 'cumulativeShare', 'abc'] as const;

export function pickColumns<Row>(columns: TableColumn<Row>[], keys: readonly string[]): TableColumn<Row>[] {
  return keys.map((key) => {
    const found = columns.find((c) => c.key === key);
    if (!found) throw new Error(`No column "${key}"`);
    return found;
  });
}
