// SQL of the winback_cases table: one case per lost customer (reason, offer, outcome).
import type { WinbackCase } from '../../shared/kam/kam-types';
import type { Db } from './open-database';
import { cachedStatement } from './statement-cache';

type Row = {
  customer_id: number;
  reason: WinbackCase['reason'];
  reason_text: string | null;
  offer: string | null;
  outcome: WinbackCase['outcome'];
  updated_day: number;
};

const toCase = (r: Row): WinbackCase => ({ reason: r.reason, reasonText: r.reason_text, offer: r.offer, outcome: r.outcome, updatedDay: r.updated_day });

export function getWinbackCase(db: Db, customerId: number): WinbackCase | null {
  const r = cachedStatement(db, 'SELECT * FROM winback_cases WHERE customer_id = ?').get(customerId) as Row | undefined;
  return r ? toCase(r) : null;
}

export function saveWinbackCase(db: Db, customerId: number, c: WinbackCase): void {
  db.prepare(
    `INSERT INTO winback_cases (customer_id, reason, reason_text, offer, outcome, updated_day) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(customer_id) DO UPDATE SET reason = excluded.reason, reason_text = excluded.reason_text,
       offer = excluded.offer, outcome = excluded.outcome, updated_day = excluded.updated_day`,
  ).run(customerId, c.reason, c.reasonText, c.offer, c.outcome, c.updatedDay);
}

/** Customer id → its case. */
export function allWinbackCases(db: Db): Map<number, WinbackCase> {
  return new Map((db.prepare('SELECT * FROM winback_cases').all() as Row[]).map((r) => [r.customer_id, toCase(r)]));
}
