// One customer's sales as columns of numbers: what the analysis reads for each customer. A run
// streams hundreds of thousands of customers through one set of columns, refilled for each, so
// that a sale costs no object of its own (a 5-million-line run made 2 million of them).
import type { Day } from '../domain/calendar';

/**
 * Sale lines, or lines already summed per (order, day): the analysis needs nothing finer.
 * `order` is the order/invoice id, or any key unique per (customer, date) when the file has none.
 */
export type SaleGroup = { order: string; day: Day; amount: number; quantity: number; margin: number | null };

export type SaleColumns = {
  length: number;
  orders: string[];
  days: Int32Array;
  /** Cents. */
  amounts: Float64Array;
  /** Thousandths. */
  quantities: Float64Array;
  /** Cents, where `marginKnown` is 1. */
  margins: Float64Array;
  marginKnown: Uint8Array;
};

export function emptyColumns(capacity = 256): SaleColumns {
  return {
    length: 0,
    orders: [],
    days: new Int32Array(capacity),
    amounts: new Float64Array(capacity),
    quantities: new Float64Array(capacity),
    margins: new Float64Array(capacity),
    marginKnown: new Uint8Array(capacity),
  };
}

function grow(c: SaleColumns): void {
  const size = c.days.length * 2;
  const bigger = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
    const b = make(size);
    b.set(a);
    return b;
  };
  c.days = bigger(c.days, (n) => new Int32Array(n));
  c.amounts = bigger(c.amounts, (n) => new Float64Array(n));
  c.quantities = bigger(c.quantities, (n) => new Float64Array(n));
  c.margins = bigger(c.margins, (n) => new Float64Array(n));
  c.marginKnown = bigger(c.marginKnown, (n) => new Uint8Array(n));
}

export function addSale(c: SaleColumns, order: string, day: Day, amount: number, quantity: number, margin: number | null): void {
  if (c.length === c.days.length) grow(c);
  const i = c.length++;
  c.orders[i] = order;
  c.days[i] = day;
  c.amounts[i] = amount;
  c.quantities[i] = quantity;
  c.margins[i] = margin ?? 0;
  c.marginKnown[i] = margin === null ? 0 : 1;
}

/** Empties the columns for the next customer (their arrays are kept). */
export function clearColumns(c: SaleColumns): void {
  c.length = 0;
}

const scratch = emptyColumns();

/** The groups as columns, in a set reused by every call: valid until the next call. */
export function columnsOf(groups: readonly SaleGroup[]): SaleColumns {
  clearColumns(scratch);
  for (const g of groups) addSale(scratch, g.order, g.day, g.amount, g.quantity, g.margin);
  return scratch;
}
