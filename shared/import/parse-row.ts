// The row rules (SPEC "Import"): one data row of a file → one sale line, or the reason it cannot
// be read. The only implementation of them: every reader (text, workbook) hands its cells here.
// Runs once per row of a million-line file: it fills a reused object instead of allocating one.
import type { Day } from '../domain/calendar';
import { majorToCents, toMilli, type Cents, type Milli } from '../domain/money';
import type { ErrorCode } from '../messages/error-catalogue';
import type { MessageParams } from '../messages/wording';
import { localeMonthFirst, type ColumnFormats } from './column-formats';
import type { Cell } from './detect-header';
import type { ColumnMapping, ImportLocale } from './fields';
import { isTotalLabel } from './fold-text';
import { compactDay, dayFromExcelSerial, inDateRange, parseDateText } from './parse-date';
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

/** A reject's sentence: a code of the import catalogue (shared/messages/errors/import-errors.ts) and its parameters. */
export type RejectMessage = { code: ErrorCode & `import/reject/${string}`; params: MessageParams };

/** Why a row was refused; `column` is the 0-based column at fault, null for the row as a whole. */
export type RowReject = { code: RejectCode; column: number | null; message: RejectMessage };

export type RowParser = (cells: readonly Cell[], out: SaleLine) => RowReject | null;

export function isBlankRow(cells: readonly Cell[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    if (c === null || c === undefined) continue;
    if (typeof c === 'number' || c.trim() !== '') return false;
  }
  return true;
}

/** A text cell trimmed, a number as its digits (an Excel whole number 12417 is "12417"); null when blank. */
function text(cells: readonly Cell[], c: number): string | null {
  if (c < 0) return null;
  const cell = cells[c];
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return String(cell);
  const t = cell.trim();
  return t === '' ? null : t;
}

/** Cents (or thousandths) that are stored exactly: a safe integer, at most 2^53 − 1 (SPEC "Import"); null otherwise. */
const exact = (units: number): number | null => (Number.isSafeInteger(units) ? units : null);

/** A line's amount in cents (#2): the amount cell when filled, else quantity × unit price; null: neither; NaN: too large. */
export function lineAmount(amount: number | null, quantity: number | null, price: number | null): Cents | null {
  const major = amount !== null ? amount : quantity !== null && price !== null ? quantity * price : null;
  return major === null ? null : (exact(majorToCents(major)) ?? Number.NaN);
}

/** A line's margin in cents (#3): the margin cell when filled, else amount − cost, else unknown; NaN: too large. */
export function lineMargin(margin: number | null, costCents: Cents | null, amountCents: Cents): Cents | null {
  if (margin !== null) return exact(majorToCents(margin)) ?? Number.NaN;
  if (costCents === null) return null;
  const difference = amountCents - costCents;
  return exact(difference) ?? Number.NaN;
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

/** How a row reads a number column (its decimal separator) and its dates (month first or not, yyyymmdd or not). */
export function readingOf(formats: ColumnFormats, locale: ImportLocale) {
  const date = formats.date;
  const order = date?.dateOrder;
  const monthFirst = order === 'mdy' || (order !== 'dmy' && order !== 'ymd' && localeMonthFirst(locale));
  return {
    decimal: (k: keyof ColumnFormats): DecimalSeparator => formats[k]?.decimal ?? (locale.startsWith('en') ? '.' : ','),
    monthFirst,
    compact: date?.compact === true,
    /** How the date column reads, for a reject's sentence. */
    dateForm: (date?.compact ? 'compact' : (order ?? (monthFirst ? 'mdy' : 'dmy'))) satisfies 'dmy' | 'mdy' | 'ymd' | 'compact',
  };
}

const REJECT_TOTAL: RowReject = { code: 'total-row', column: null, message: { code: 'import/reject/total-row', params: {} } };

export function createRowParser(mapping: ColumnMapping, formats: ColumnFormats, locale: ImportLocale): RowParser {
  const col = fieldColumns(mapping);
  const { decimal: decimalOf, monthFirst, compact, dateForm } = readingOf(formats, locale);
  const dAmount = decimalOf('amount');
  const dQty = decimalOf('quantity');
  const dPrice = decimalOf('unitPrice');
  const dCost = decimalOf('cost');
  const dMargin = decimalOf('margin');
  const noCustomer: RowReject = { code: 'no-customer', column: col.customer, message: { code: 'import/reject/no-customer', params: {} } };
  const noDate: RowReject = { code: 'no-date', column: col.date, message: { code: 'import/reject/no-date', params: {} } };
  const noAmount: RowReject = { code: 'no-amount', column: col.amount >= 0 ? col.amount : null, message: { code: 'import/reject/no-amount', params: {} } };

  let bad: RowReject | null = null;
  let lastDateCell: Cell = null;
  let lastDay: Day | null = null;
  const shown = (cell: Cell) => (typeof cell === 'string' ? cell.trim() : String(cell));
  const tooLarge = (c: number, cell: Cell): RowReject => ({ code: 'bad-number', column: c, message: { code: 'import/reject/number-too-large', params: { value: shown(cell) } } });

  /** A number cell: null when blank; on unreadable text sets `bad` and returns null. */
  const num = (cells: readonly Cell[], c: number, decimal: DecimalSeparator): number | null => {
    if (c < 0) return null;
    const cell = cells[c];
    if (cell === null || cell === undefined) return null;
    const value = typeof cell === 'number' ? cell : parseNumberText(cell, decimal);
    if (value === null) return null;
    if (Number.isNaN(value)) {
      bad ??= { code: 'bad-number', column: c, message: { code: 'import/reject/bad-number', params: { value: shown(cell), decimal } } };
      return null;
    }
    if (!Number.isFinite(value)) bad ??= tooLarge(c, cell);
    return value;
  };

  /** The day of the date cell: a serial (or `yyyymmdd` number in a compact column), or text in the column's form. */
  const dayOf = (cell: string | number): Day | null => {
    if (typeof cell === 'number') return compact ? (compactDay(cell) ?? dayFromExcelSerial(cell)) : dayFromExcelSerial(cell);
    return parseDateText(cell, monthFirst, compact);
  };

  const labelColumns = [col.customer, col.customerName, col.orderId, col.date].filter((c) => c >= 0);
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
    if (isTotalRow(cells)) return REJECT_TOTAL;
    const customer = text(cells, col.customer);
    if (customer === null) return noCustomer;
    const dateCell = col.date < 0 ? null : cells[col.date];
    if (dateCell === null || dateCell === undefined || (typeof dateCell === 'string' && dateCell.trim() === '')) return noDate;
    // Consecutive rows (the lines of one order) repeat the date.
    if (dateCell !== lastDateCell) {
      lastDateCell = dateCell;
      lastDay = dayOf(dateCell);
    }
    const day = lastDay;
    if (day === null) return { code: 'bad-date', column: col.date, message: { code: 'import/reject/bad-date', params: { value: shown(dateCell), order: dateForm } } };
    if (!inDateRange(day)) return { code: 'bad-date', column: col.date, message: { code: 'import/reject/date-out-of-range', params: { value: shown(dateCell) } } };

    bad = null;
    const amount = num(cells, col.amount, dAmount);
    const quantity = num(cells, col.quantity, dQty);
    const price = num(cells, col.unitPrice, dPrice);
    const cost = num(cells, col.cost, dCost);
    const margin = num(cells, col.margin, dMargin);
    if (bad) return bad;

    const amountCents = lineAmount(amount, quantity, price);
    if (amountCents === null) return noAmount;
    if (Number.isNaN(amountCents)) return tooLarge(amount !== null ? col.amount : col.quantity, cells[amount !== null ? col.amount : col.quantity] ?? null);
    const quantityMilli = quantity === null ? null : exact(toMilli(quantity));
    if (quantityMilli === null && quantity !== null) return tooLarge(col.quantity, cells[col.quantity] ?? null);
    const costCents = cost === null ? null : exact(majorToCents(cost));
    if (costCents === null && cost !== null) return tooLarge(col.cost, cells[col.cost] ?? null);
    const marginCents = lineMargin(margin, costCents, amountCents);
    if (marginCents !== null && Number.isNaN(marginCents)) return tooLarge(margin !== null ? col.margin : col.cost, cells[margin !== null ? col.margin : col.cost] ?? null);

    out.customer = customer;
    out.customerName = text(cells, col.customerName);
    out.day = day;
    out.orderId = text(cells, col.orderId);
    out.product = text(cells, col.product);
    out.quantityMilli = quantityMilli;
    out.amountCents = amountCents;
    out.costCents = costCents;
    out.marginCents = marginCents;
    out.seller = text(cells, col.seller);
    out.segment = text(cells, col.segment);
    out.region = text(cells, col.region);
    return null;
  };
}
