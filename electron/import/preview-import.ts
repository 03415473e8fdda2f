// 'import/preview': what an import of the file would do, from its beginning only, writing nothing.
import { basename } from 'node:path';
import type { ImportPreview, PreviewRow, Reject } from '../../shared/api/import-api';
import { isoOfDay } from '../../shared/domain/calendar';
import { centsToMajor } from '../../shared/domain/money';
import { missingFields } from '../../shared/import/detect-header';
import type { ColumnMapping, ImportLocale } from '../../shared/import/fields';
import { createRowParser, emptySaleLine, isBlankRow } from '../../shared/import/parse-row';
import { findActiveBatchByHash } from '../db/import-batches-table';
import type { Db } from '../db/open-database';
import { detectFileKind } from './file-kind';
import { hashFile } from './hash-file';
import { toReject } from './reject-row';
import { checkLocale, resolveMapping } from './import-mapping';
import { openTable } from './open-table';
import { NotUtf8Error, type CsvEncoding } from './read-csv';
import { readEvidenceRows, tableChunks } from './read-table-rows';

export type PreviewOptions = { path: string; fileName?: string; sheet?: string; mapping?: ColumnMapping; locale?: ImportLocale };

const PREVIEW_ROWS = 50;
const PREVIEW_REJECTS = 50;
/** A text file's preview reads at most this much of it. */
const PREVIEW_BYTES = 4 * 1024 * 1024;

export async function previewFile(db: Db, options: PreviewOptions): Promise<ImportPreview> {
  try {
    return await preview(db, options);
  } catch (e) {
    if (!(e instanceof NotUtf8Error)) throw e;
    return await preview(db, options, 'windows-1252');
  }
}

async function preview(db: Db, options: PreviewOptions, encoding?: CsvEncoding): Promise<ImportPreview> {
  const fileName = options.fileName ?? basename(options.path);
  const locale = checkLocale(options.locale);
  const { kind, size } = await detectFileKind(options.path, fileName);
  const table = await openTable({
    path: options.path,
    fileName,
    kind,
    sheet: options.sheet,
    mappingGiven: options.mapping !== undefined,
    encoding,
    maxBytes: PREVIEW_BYTES,
  });
  try {
    const { mapping, source } = resolveMapping(db, table.headers, table.detected, options.mapping);
    const missing = missingFields(mapping);
    const { formats, held } = await readEvidenceRows(tableChunks(table), mapping, locale);
    const rows: PreviewRow[] = [];
    const rejects: Reject[] = [];
    if (missing.length === 0) {
      const parse = createRowParser(mapping, formats, locale);
      const line = emptySaleLine();
      outer: for (const chunk of held) {
        for (let i = 0; i < chunk.rows.length; i++) {
          const cells = chunk.rows[i]!;
          if (isBlankRow(cells)) continue;
          const bad = parse(cells, line);
          if (bad) {
            if (rejects.length < PREVIEW_REJECTS) rejects.push(toReject(table.headers, chunk.numbers[i]!, cells, bad));
          } else if (rows.length < PREVIEW_ROWS) {
            rows.push({
              row: chunk.numbers[i]!,
              customer: line.customer,
              customerName: line.customerName,
              date: isoOfDay(line.day),
              orderId: line.orderId,
              product: line.product,
              quantity: line.quantityMilli === null ? null : line.quantityMilli / 1000,
              amount: centsToMajor(line.amountCents),
              margin: line.marginCents === null ? null : centsToMajor(line.marginCents),
              seller: line.seller,
              segment: line.segment,
              region: line.region,
            });
          }
          if (rows.length >= PREVIEW_ROWS && rejects.length >= PREVIEW_REJECTS) break outer;
        }
      }
    }
    const contentHash = await hashFile(options.path);
    return {
      fileName,
      fileSize: size,
      kind,
      sheets: table.sheets,
      sheet: table.sheet,
      encoding: table.dialect?.encoding ?? null,
      delimiter: table.dialect?.delimiter ?? null,
      headerRow: table.headerRow,
      headers: table.headers,
      mapping,
      mappingSource: source,
      formats,
      missing,
      rows,
      rejects,
      duplicateOf: findActiveBatchByHash(db, contentHash, table.sheet),
    };
  } finally {
    await table.close();
  }
}
