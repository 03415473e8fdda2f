// SQL of the agenda_purchase_marks table: an overdue purchase marked done or snoozed, kept by the
// customer and the last purchase its gap starts from (migration 011).
import type { PurchaseMark } from '../../shared/api/followup-api';
import type { Day } from '../../shared/domain/calendar';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

type Row = { customer_id: number; last_purchase_day: number; state: PurchaseMark['state']; until_day: number | null };

const toMark = (r: Row): PurchaseMark => (r.state === 'snoozed' ? { state: 'snoozed', until: r.until_day! } : { state: 'done' });
const keyOf = (customerId: number, lastPurchase: Day) => `${customerId}:${lastPurchase}`;

export function getPurchaseMark(db: Db, customerId: number, lastPurchase: Day): PurchaseMark | null {
  const r = cachedStatement(db, 'SELECT * FROM agenda_purchase_marks WHERE customer_id = ? AND last_purchase_day = ?').get(customerId, lastPurchase) as Row | undefined;
  return r ? toMark(r) : null;
}

/** Sets the mark (null clears it) and returns the one it replaces, in one transaction. */
export function setPurchaseMark(db: Db, customerId: number, lastPurchase: Day, mark: PurchaseMark | null, markedDay: Day): PurchaseMark | null {
  return db.transaction(() => {
    const previous = getPurchaseMark(db, customerId, lastPurchase);
    if (mark === null) db.prepare('DELETE FROM agenda_purchase_marks WHERE customer_id = ? AND last_purchase_day = ?').run(customerId, lastPurchase);
    else
      db.prepare(
        `INSERT INTO agenda_purchase_marks (customer_id, last_purchase_day, state, until_day, marked_day) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(customer_id, last_purchase_day) DO UPDATE SET state = excluded.state, until_day = excluded.until_day, marked_day = excluded.marked_day`,
      ).run(customerId, lastPurchase, mark.state, mark.state === 'snoozed' ? mark.until : null, markedDay);
    return previous;
  })();
}

/**
 * The marks, to look up by customer and last purchase (`markOf`). Only a few hundred rows in a
 * year of use (one per purchase someone handled), read once per agenda.
 */
export function purchaseMarks(db: Db): (customerId: number, lastPurchase: Day) => PurchaseMark | null {
  const rows = cachedStatement(db, 'SELECT * FROM agenda_purchase_marks').all() as Row[];
  const marks = new Map(rows.map((r) => [keyOf(r.customer_id, r.last_purchase_day), toMark(r)]));
  return (customerId, lastPurchase) => marks.get(keyOf(customerId, lastPurchase)) ?? null;
}
