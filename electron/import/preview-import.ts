// 'import/preview': what an import of the file would do, from its beginning only, writing nothing.
// The file is read on the reading thread (reader-thread.ts), bounded in memory and in time
// (LIMITS.previewSeconds) and cancellable, so that no file can take the window or the web host
// down. A header that is not recognised is not an error here: the preview then gives the first
// rows as they are, for the user to name the columns.
import { basename } from 'node:path';
import type { ImportPreview } from '../../shared/api/import-api';
import { missingFields } from '../../shared/import/detect-header';
import type { ColumnMapping, ImportLocale } from '../../shared/import/fields';
import { findActiveBatchByHash } from '../db/import-batches-table';
import type { Db } from '../db/open-database';
import { detectFileKind, type FileKind } from './file-kind';
import { hashFile } from './hash-file';
import { openRequest, type OpenRequest, type PreviewResult, type TableInfo } from './import-session';
import { checkLocale, checkMapping, resolveMapping } from './import-mapping';
import { LIMITS } from './limits';
import { startReader } from './reader-thread';

export type PreviewOptions = {
  path: string;
  fileName?: string;
  sheet?: string;
  /** The import asked about is of every sheet sharing the header: its duplicate is a batch of those sheets. */
  allSheets?: boolean;
  mapping?: ColumnMapping;
  noHeader?: boolean;
  locale?: ImportLocale;
};

export type PreviewControl = { signal?: AbortSignal; parallel?: boolean; heapMb?: number };

/** A text file's preview reads at most this much of it. */
export const PREVIEW_BYTES = 4 * 1024 * 1024;

export async function previewFile(db: Db, options: PreviewOptions, control: PreviewControl = {}): Promise<ImportPreview> {
  const fileName = options.fileName ?? basename(options.path);
  const locale = checkLocale(options.locale);
  if (options.mapping !== undefined) checkMapping(options.mapping);
  const noHeader = options.noHeader === true;
  const { kind, size } = await detectFileKind(options.path, fileName);
  const request: OpenRequest = { ...openRequest(options, fileName, kind), sameHeader: true, maxBytes: PREVIEW_BYTES };
  let read = await readBeginning(request, db, options, locale, control);
  // A text file taken for UTF-8 that proves otherwise within what was read: read as Windows-1252.
  if (!read.result.utf8Valid) read = await readBeginning({ ...request, encoding: 'windows-1252' }, db, options, locale, control);
  const { table, mapping, source, result } = read;
  const contentHash = await hashFile(options.path, fileName, control.signal);
  return {
    fileName,
    fileSize: size,
    kind: kind satisfies FileKind,
    sheets: table.sheets,
    sheet: table.sheet,
    sameHeaderSheets: table.sheet === null ? [] : table.sameHeaderSheets.map((s) => s.name),
    encoding: table.encoding,
    delimiter: table.delimiter,
    headerRow: table.head.headerRow,
    headers: table.head.headers,
    headerRecognised: table.head.recognised,
    noHeader,
    columnCount: table.head.columnCount,
    firstRows: table.head.firstRows,
    mapping,
    mappingSource: source,
    formats: result.formats,
    missing: missingFields(mapping),
    rows: result.rows,
    rejects: result.rejects,
    // The same content as the import would be (SPEC): the same file and the same sheets.
    duplicateOf: findActiveBatchByHash(db, contentHash, options.allSheets && table.sheet !== null ? table.sameHeaderSheets.map((s) => s.name).join(', ') : table.sheet),
  };
}

async function readBeginning(request: OpenRequest, db: Db, options: PreviewOptions, locale: ImportLocale, control: PreviewControl) {
  const reader = startReader({ fileName: request.fileName, signal: control.signal, timeoutSeconds: LIMITS.previewSeconds, thread: control.parallel, heapMb: control.heapMb });
  try {
    const table: TableInfo = await reader.open(request);
    const { mapping, source } = resolveMapping(db, table.head, options.mapping, request.noHeader === true);
    const result: PreviewResult = await reader.preview({ mapping, locale });
    return { table, mapping, source, result };
  } finally {
    await reader.close();
  }
}
