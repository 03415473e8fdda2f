// SQL of the column_mappings table: the mapping a user confirmed, remembered per header set.
import type { ColumnMapping } from '../../shared/import/fields';
import type { Db } from './open-database';

export function getRememberedMapping(db: Db, headerKey: string): ColumnMapping | null {
  const json = db.prepare('SELECT mapping_json FROM column_mappings WHERE header_key = ?').pluck().get(headerKey) as
    | string
    | undefined;
  return json === undefined ? null : (JSON.parse(json) as ColumnMapping);
}

export function rememberMapping(db: Db, headerKey: string, mapping: ColumnMapping) {
  db.prepare(
    `INSERT INTO column_mappings (header_key, mapping_json) VALUES (?, ?)
     ON CONFLICT (header_key) DO UPDATE SET mapping_json = excluded.mapping_json,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(headerKey, JSON.stringify(mapping));
}
