// The CDNOW sample (test/fixtures/cdnow, a copy of shared/samples/cdnow) read with a few lines of
// CSV: the import pipeline is not what these tests are about. Amounts in cents; a customer's day
// is its order (the file has no order id), as SPEC says.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dayOfIso, type Day } from '../../shared/domain/calendar';
import type { Order } from '../../shared/models/customer-summary';

export const CDNOW_CSV = fileURLToPath(new URL('../fixtures/cdnow/cdnow-amostra.csv', import.meta.url));

/** Each customer's orders: one per day, its total the sum of that day's lines. */
export function cdnowOrders(): Map<string, Order[]> {
  const [header, ...rows] = readFileSync(CDNOW_CSV, 'utf8').trim().split('\n');
  if (header !== 'cliente,data,quantidade,valor') throw new Error(`unexpected header ${header}`);
  const byCustomer = new Map<string, Map<Day, number>>();
  for (const row of rows) {
    const [code, date, , amount] = row.split(',');
    const day = dayOfIso(date!)!;
    const cents = Math.round(Number(amount) * 100);
    let days = byCustomer.get(code!);
    if (!days) byCustomer.set(code!, (days = new Map()));
    days.set(day, (days.get(day) ?? 0) + cents);
  }
  return new Map([...byCustomer].map(([code, days]) => [code, [...days].map(([day, total]) => ({ day, total }))]));
}
