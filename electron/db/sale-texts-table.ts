// SQL of the sale_texts table: each text that sale lines repeat (product, seller, segment,
// region, the customer's name on the line) stored once, its id on the lines (migration 4).
import type { Db } from './open-database';

/** The id of a text, added when new; call inside the import's transaction. */
export function saleTextIds(db: Db): (text: string) => number {
  const find = db.prepare('SELECT id FROM sale_texts WHERE text = ?').pluck();
  const insert = db.prepare('INSERT INTO sale_texts (text) VALUES (?)');
  return (text) => (find.get(text) as number | undefined) ?? Number(insert.run(text).lastInsertRowid);
}
