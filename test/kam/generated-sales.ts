// Sales for the key-account tests that need many customers: 300 over three years, each buying in
// spells with gaps around the 365 lost days, with orders on two days, returns and orders whose
// lines sum to nothing (churn, the loss trend, the win-back list's pages).
import { isoOfDay, type Day } from '../../shared/domain/calendar';
import { seededRandom } from '../../shared/sample/generate-sales';
import { d } from './kam-fixture';

/** A CSV of sales: each customer buys in spells with gaps around the 365 lost days. */
export function generatedSales(): string {
  const next = seededRandom(2026);
  const rows = ['order_id,date,customer_code,customer_name,product,amount,cost,seller,segment,region'];
  const first = d('2023-07-01');
  const last = d('2026-06-30');
  for (let c = 1; c <= 300; c++) {
    const code = `G${String(c).padStart(4, '0')}`;
    const add = (order: string, day: Day, amount: number) =>
      rows.push([order, isoOfDay(day), code, `Cliente ${c}`, `P${c % 7}`, amount.toFixed(2), (amount * 0.7).toFixed(2), 'Ana', 'Varejo', 'Sul'].join(','));
    let day = first + Math.floor(next() * 400);
    let n = 0;
    while (day <= last) {
      const order = `${code}-${n++}`;
      const pick = next();
      if (pick < 0.08) {
        // One order on two days: it counts on its first day.
        add(order, day, 500);
        if (day + 3 <= last) add(order, day + 3, 200);
      } else if (pick < 0.14) add(order, day, -300); // a return: no purchase
      else if (pick < 0.18) {
        // An order whose lines sum to nothing.
        add(order, day, 400);
        add(order, day, -400);
      } else add(order, day, 100 + Math.floor(next() * 5000));
      const gap = next();
      day += gap < 0.6 ? 1 + Math.floor(next() * 60) : gap < 0.8 ? 364 + Math.floor(next() * 4) : 100 + Math.floor(next() * 500);
    }
  }
  return rows.join('\n') + '\n';
}

