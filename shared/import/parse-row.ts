// One data row of a file → one sale line, or the reason it cannot be read (SPEC "Import"). Runs
// once per row of a million-line file: it fills a reused object instead of allocating one.
import type { Day } from '../domain/calendar';
import { majorToCents, toMilli, type Cents, type Milli } from '../domain/money';
import { localeMonthFirst, type ColumnFormats } from './column-formats';
import type { Cell } from './detect-header';
import type { ColumnMapping, ImportLocale } from './fields';
import { isTotalLabel } from './fold-text';
import { dayFromExcelSerial, parseDateText } from './parse-date';
import { parseNumberText, type DecimalSeparator } from './parse-number';

export type RejectCode = 'no-customer' | 'no-date' | 'bad-date' | 'bad-number' | 'total-row' | 'no-amount';

export type SaleLine = {
  customer: string;
  customerName: string | null;
  day: Day;
  orderId: string | null;
  product: string | null;
  quantityMilli: Milli | null;
  amountCents: Cents;
  costCents: Cents | null;
  marginCents: Cents | null;
  seller: string | null;
  segment: string | null;
  region: string | null;
};

export function emptySaleLine(): SaleLine {
  return {
    customer: '',
    customerName: null,
    day: 0,
    orderId: null,
    product: null,
    quantityMilli: null,
    amountCents: 0,
    costCents: null,
    marginCents: null,
    seller: null,
    segment: null,
    region: null,
  };
}

/** Why a row was refused; `column` is the 0-based column at fault, null for the row as a whole. */
export type RowReject = { code: RejectCode; column: number | null; reason: string };

export type RowParser = (cells: readonly Cell[], out: SaleLine) => RowReject | null;

export function isBlankRow(cells: readonly Cell[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === null || c === undefined) continue;
    if (typeof c === 'number' || c.trim() !== '') return false;
  }
  return true;
}

function text(cells: readonly Cell[], c: number): string | null {
  if (c < 0) return null;
  const cell = cells[c];
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return String(cell);
  const t = cell.trim();
  return t === '' ? null : t;
}

const DECIMAL_NAME: Record<DecimalSeparator, string> = { ',': 'a vírgula', '.': 'o ponto' };

/** A line's amount in cents (#2): the amount cell when filled, else quantity × unit price; null: neither. */
export function lineAmount(amount: number | null, quantity: number | null, price: number | null): Cents | null {
  if (amount !== null) return majorToCents(amount);
  if (quantity !== null && price !== null) return majorToCents(quantity * price);
  return null;
}

/** A line's margin in cents (#3): the margin cell when filled, else amount − cost, else unknown. */
export function lineMargin(margin: number | null, costCents: Cents | null, amountCents: Cents): Cents | null {
  if (margin !== null) return majorToCents(margin);
  return costCents === null ? null : amountCents - costCents;
}

/** The column of each field (−1: not mapped). */
export function fieldColumns(mapping: ColumnMapping): Record<keyof ColumnMapping, number> {
  const col = (k: keyof ColumnMapping) => (mapping[k] === undefined ? -1 : mapping[k]!);
  return {
    customer: col('customer'),
    customerName: col('customerName'),
    date: col('date'),
    amount: col('amount'),
    orderId: col('orderId'),
    quantity: col('quantity'),
    unitPrice: col('unitPrice'),
    cost: col('cost'),
    margin: col('margin'),
    product: col('product'),
    seller: col('seller'),
    segment: col('segment'),
    region: col('region'),
  };
}

/** How a row reads a number column (its decimal separator) and its dates (month first or not). */
export function readingOf(formats: ColumnFormats, locale: ImportLocale) {
  const order = formats.date?.dateOrder;
  return {
    decimal: (k: keyof ColumnFormats): DecimalSeparator => formats[k]?.decimal ?? (locale.startsWith('en') ? '.' : ','),
    monthFirst: order === 'mdy' || (order !== 'dmy' && localeMonthFirst(locale)),
  };
}

export function createRowParser(mapping: ColumnMapping, formats: ColumnFormats, locale: ImportLocale): RowParser {
  const {
    customer: cCustomer,
    customerName: cName,
    date: cDate,
    amount: cAmount,
    orderId: cOrder,
    quantity: cQty,
    unitPrice: cPrice,
    cost: cCost,
    margin: cMargin,
    product: cProduct,
    seller: cSeller,
    segment: cSegment,
    region: cRegion,
  } = fieldColumns(mapping);
  const { decimal: decimalOf, monthFirst } = readingOf(formats, locale);
  const dAmount = decimalOf('amount');
  const dQty = decimalOf('quantity');
  const dPrice = decimalOf('unitPrice');
  const dCost = decimalOf('cost');
  const dMargin = decimalOf('margin');

  let bad: RowReject | null = null;
  let lastDateText: string | null = null;
  let lastDay: Day | null = null;
  /** A number cell: null when blank; on unreadable text sets `bad` and returns null. */
  const num = (cells: readonly Cell[], c: number, decimal: DecimalSeparator): number | null => {
    if (c < 0) return null;
    const cell = cells[c];
    if (cell === null || cell === undefined) return null;
    if (typeof cell === 'number') return cell;
    const value = parseNumberText(cell, decimal);
    if (value !== null && Number.isNaN(value)) {
      bad = {
        code: 'bad-number',
        column: c,
        reason: `Número ilegível: "${cell.trim()}" (nesta coluna o separador decimal é ${DECIMAL_NAME[decimal]}).`,
      };
      return null;
    }
    return value;
  };

  const labelColumns = [cCustomer, cName, cOrder, cDate].filter((c) => c >= 0);
  const isTotalRow = (cells: readonly Cell[]) => {
    for (const c of labelColumns) {
      const cell = cells[c];
      if (typeof cell === 'string' && isTotalLabel(cell.trim())) return true;
    }
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      if (cell === null || cell === undefined || cell === '') continue;
      return typeof cell === 'string' && isTotalLabel(cell.trim()); // the first filled cell
    }
    return false;
  };

  return (cells, out) => {
    if (isTotalRow(cells)) return { code: 'total-row', column: null, reason: 'Linha de total ou subtotal: não é uma venda.' };
    const customer = text(cells, cCustomer);
    if (customer === null) return { code: 'no-customer', column: cCustomer, reason: 'Linha sem código de cliente.' };
    const dateCell = cells[cDate];
    let day: Day | null;
    if (dateCell === null || dateCell === undefined || (typeof dateCell === 'string' && dateCell.trim() === '')) {
      return { code: 'no-date', column: cDate, reason: 'Linha sem data.' };
    } else if (typeof dateCell === 'number') {
      day = dayFromExcelSerial(dateCell);
    } else if (dateCell === lastDateText) {
      day = lastDay; // consecutive rows (the lines of one order) repeat the date
    } else {
      day = parseDateText(dateCell, monthFirst);
      lastDateText = dateCell;
      lastDay = day;
    }
    if (day === null) {
      const form = monthFirst ? 'mês/dia/ano' : 'dia/mês/ano';
      const shown = typeof dateCell === 'string' ? dateCell.trim() : String(dateCell);
      return { code: 'bad-date', column: cDate, reason: `Data ilegível: "${shown}" (nesta coluna as datas são ${form}).` };
    }

    bad = null;
    const amount = num(cells, cAmount, dAmount);
    const quantity = num(cells, cQty, dQty);
    const price = num(cells, cPrice, dPrice);
    const cost = num(cells, cCost, dCost);
    const margin = num(cells, cMargin, dMargin);
    if (bad) return bad;

    const amountCents = lineAmount(amount, quantity, price);
    if (amountCents === null) return { code: 'no-amount', column: cAmount >= 0 ? cAmount : null, reason: 'Linha sem valor (nem quantidade × preço unitário).' };

    out.customer = customer;
    out.customerName = text(cells, cName);
    out.day = day;
    out.orderId = text(cells, cOrder);
    out.product = text(cells, cProduct);
    out.quantityMilli = quantity === null ? null : toMilli(quantity);
    out.amountCents = amountCents;
    out.costCents = cost === null ? null : majorToCents(cost);
    out.marginCents = lineMargin(margin, out.costCents, amountCents);
    out.seller = text(cells, cSeller);
    out.segment = text(cells, cSegment);
    out.region = text(cells, cRegion);
    return null;
  };
}
