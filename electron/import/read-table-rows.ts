// Helpers to walk an opened table: the rows already read, then the rest.
import { createEvidenceCollector, EVIDENCE_ROWS, type ColumnFormats } from '../../shared/import/column-formats';
import type { ColumnMapping, ImportLocale } from '../../shared/import/fields';
import { isBlankRow } from '../../shared/import/parse-row';
import type { OpenedTable } from './open-table';
import type { RowChunk } from './row-chunk';

/** The table's chunks: the pending rows first, then the rest as it is read. */
export async function* tableChunks(table: OpenedTable): AsyncGenerator<RowChunk> {
  if (table.pending.rows.length > 0) yield table.pending;
  for (;;) {
    const next = await table.rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/**
 * Reads up to `limit` non-blank data rows (held in memory) and decides the column formats from
 * them. Returns the rows read, to be processed before the rest of the table.
 */
export async function readEvidenceRows(
  chunks: AsyncGenerator<RowChunk>,
  mapping: ColumnMapping,
  locale: ImportLocale,
  limit = EVIDENCE_ROWS,
): Promise<{ formats: ColumnFormats; held: RowChunk[] }> {
  const evidence = createEvidenceCollector(mapping);
  const held: RowChunk[] = [];
  let count = 0;
  while (count < limit) {
    const next = await chunks.next();
    if (next.done) break;
    held.push(next.value);
    for (const row of next.value.rows) {
      if (isBlankRow(row)) continue;
      evidence.add(row);
      count++;
    }
  }
  return { formats: evidence.decide(locale), held };
}
