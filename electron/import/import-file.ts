// Imports one file into a workspace (SPEC "Import"), as one pipeline of five stages:
//
//   1. kind     — a workbook or a text file, by its first bytes (file-kind.ts);
//   2. table    — on the reading thread (reader-thread.ts → import-session.ts): the file opened as
//                 rows — a text file's encoding and delimiter sniffed (text-encoding.ts,
//                 csv-dialect.ts) and its records cut by the CSV tokenizer (csv-tokenizer.ts); a
//                 workbook unzipped (zip-archive.ts), its parts and sheets scanned (read-xlsx.ts,
//                 sheet-rows.ts, xml-scanner.ts) — then the sheet chosen and its header found
//                 (open-table.ts);
//   3. mapping  — the columns: given, remembered for this header set, or recognised (import-mapping.ts);
//   4. parse    — on the reading thread: each sheet's rows through the row rules
//                 (shared/import/parse-row.ts) into batches of lines (parse-pass.ts), with the
//                 formats its first rows decide; a sheet whose whole decides otherwise (or a text
//                 file taken for UTF-8 that is not) is read again: the second pass;
//   5. write    — on this thread, as the batches come: one transaction, a savepoint per sheet
//                 (write-batch.ts). It lands whole or not at all; on cancel or error nothing is
//                 written.
//
// Every limit a file may reach is in limits.ts. Called by the 'import/run' handler, the command
// line and the benchmark, through a connection of its own, so that the screens keep reading the
// committed state meanwhile.
import { basename } from 'node:path';
import { apiError } from '../../shared/api/errors';
import { HEADER_SCAN_ROWS } from '../../shared/import/detect-header';
import type { ColumnMapping, ImportLocale } from '../../shared/import/fields';
import { sameFormats } from '../../shared/import/column-formats';
import { findActiveBatchByHash } from '../db/import-batches-table';
import { openDatabase, type Db } from '../db/open-database';
import { detectFileKind } from './file-kind';
import { hashFile } from './hash-file';
import { openRequest, type ImportSession, type SheetPass } from './import-session';
import { checkLocale, checkMapping, requireColumns, resolveMapping } from './import-mapping';
import type { PassEnd } from './parse-pass';
import type { OverlapRun } from './overlap';
import { startReader } from './reader-thread';
import { writeBatch, type ImportOutcome, type LineRange, type SheetWriter } from './write-batch';

export type ImportFileOptions = {
  path: string;
  /** The name shown to the user and stored in the batch; defaults to the path's base name. */
  fileName?: string;
  sheet?: string;
  /** Every sheet whose header is the chosen sheet's, as one batch, in workbook order. */
  allSheets?: boolean;
  mapping?: ColumnMapping;
  /** The file has no header row. */
  noHeader?: boolean;
  locale?: ImportLocale;
  /** What to do when a batch of the same content is in place: 'ask' (default) throws a conflict. */
  ifDuplicate?: 'ask' | 'skip' | 'import';
  /** What to do with lines already stored (overlap.ts): skip by default; 'preview' is a dry run, rolled back. */
  overlap?: OverlapRun;
};

export type ImportProgress = {
  phase: 'reading' | 'writing' | 'done';
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
};

export type ImportControl = {
  signal?: AbortSignal;
  /** The file is read on a thread of its own while this one writes (default); false: here. */
  parallel?: boolean;
  /** Called at most about ten times a second, and once with phase 'done'. */
  onProgress?: (progress: ImportProgress) => void;
};

const PROGRESS_MS = 100;

export async function importFile(target: { dbPath: string }, options: ImportFileOptions, control: ImportControl = {}): Promise<ImportOutcome> {
  const fileName = options.fileName ?? basename(options.path);
  const locale = checkLocale(options.locale);
  if (options.mapping !== undefined) checkMapping(options.mapping);
  const noHeader = options.noHeader === true;
  // 1. kind
  const { kind, size } = await detectFileKind(options.path, fileName);
  // Hashed while the reading thread opens the file; stopped if the import ends first (a refused file).
  const stopHashing = new AbortController();
  const hashing = hashFile(options.path, fileName, control.signal ? AbortSignal.any([control.signal, stopHashing.signal]) : stopHashing.signal);
  hashing.catch(() => undefined); // an import that fails before needing it leaves it unread
  const reader = startReader({ fileName, signal: control.signal, thread: control.parallel });
  let db: Db | null = null;
  try {
    // 2. table
    const table = await reader.open({ ...openRequest(options, fileName, kind), sameHeader: options.allSheets === true });
    if (!table.head.usable) throw apiError('import/no-columns', { file: fileName, sheet: table.sheet, rows: HEADER_SCAN_ROWS });
    // 3. mapping
    db = openDatabase(target.dbPath);
    // This connection is the import's own. Every id its lines refer to (the batch, the customers,
    // the texts) is created or read in the import's transaction, which holds the write lock, so the
    // references hold by construction; checking them would cost seven lookups a line, a third of
    // the time SQLite spends on a million-line import.
    db.pragma('foreign_keys = OFF');
    const { mapping, key } = resolveMapping(db, table.head, options.mapping, noHeader);
    requireColumns(mapping, fileName);
    const sheets = table.sameHeaderSheets.map((s) => ({ sheet: table.sheet === null ? null : s.name, headerRow: s.headerRow }));
    // The same content (the same file's bytes, the same sheets) imported before: skip it or ask, before anything is written.
    const contentHash = await hashing;
    const sheetLabel = table.sheet === null ? null : sheets.map((s) => s.sheet).join(', ');
    const earlier = options.ifDuplicate === 'import' ? null : findActiveBatchByHash(db, contentHash, sheetLabel);
    if (earlier && options.ifDuplicate === 'skip') {
      return {
        batchId: null,
        fileName,
        sheet: earlier.sheet,
        sheets: [],
        rowsRead: 0,
        imported: 0,
        rejected: 0,
        newCustomers: 0,
        skipped: true,
        overlap: 'skip',
        skippedLines: 0,
        replacedLines: 0,
        firstRejects: [],
      };
    }
    if (earlier) throw apiError('import/duplicate', { file: fileName, batch: earlier.id, batchFile: earlier.fileName, date: earlier.createdAt.slice(0, 10) });
    // 4 and 5: parse and write each sheet.
    const batch = writeBatch({ db, fileName, size, sheets: sheets.map((s) => s.sheet), mapping, headerKey: key, locale, overlap: options.overlap });
    const progress = reportProgress(control, size, reader, batch.rowsRead);
    try {
      // Each sheet in turn; when one ends, the overlap rule (SPEC "Overlapping exports") takes its
      // lines, inside the transaction (write-batch.ts, overlap.ts).
      for (const sheet of sheets) await importSheet(reader, batch.startSheet, { ...sheet, mapping, locale }, progress);
      progress(true);
      const result = batch.commit(contentHash);
      control.onProgress?.({ phase: 'done', rowsRead: result.rowsRead, bytesRead: size, totalBytes: size });
      return result;
    } finally {
      if (db.inTransaction) db.exec('ROLLBACK');
    }
  } finally {
    stopHashing.abort();
    await reader.close();
    db?.close();
  }
}

/**
 * One sheet: a first pass with the formats its first rows decide; then, when the whole sheet
 * decides otherwise (or a text file taken for UTF-8 proves not to be), what the first wrote is
 * forgotten and a second pass reads the sheet again with the whole's decision.
 */
async function importSheet(reader: ImportSession, startSheet: (sheet: string | null) => SheetWriter, first: SheetPass, progress: (force?: boolean) => void): Promise<LineRange | null> {
  let sheet = startSheet(first.sheet);
  const end = await writePass(reader, sheet, first, progress);
  const second = secondPass(first, end);
  if (second === null) return sheet.end(end.latest);
  sheet.discard();
  sheet = startSheet(first.sheet);
  return sheet.end((await writePass(reader, sheet, second, progress)).latest);
}

/** What a second pass must read differently, or null when the first one stands. */
function secondPass(first: SheetPass, end: PassEnd): SheetPass | null {
  const formatsChanged = end.decided !== null && !sameFormats(end.formats, end.decided);
  if (!formatsChanged && end.utf8Valid) return null;
  return { ...first, formats: end.decided ?? end.formats, encoding: end.utf8Valid ? undefined : 'windows-1252' };
}

async function writePass(reader: ImportSession, sheet: SheetWriter, pass: SheetPass, progress: (force?: boolean) => void): Promise<PassEnd> {
  const batches = reader.pass(pass);
  for (;;) {
    const next = await batches.next();
    if (next.done) return next.value;
    sheet.add(next.value);
    progress();
  }
}

/** Reports progress at most every PROGRESS_MS (`force`: now), and stops a cancelled import between two batches. */
function reportProgress(control: ImportControl, size: number, reader: ImportSession, rowsRead: () => number) {
  let bytesRead = 0;
  let last = 0;
  return (force = false) => {
    if (control.signal?.aborted) throw apiError('import/cancelled');
    bytesRead += reader.takeBytes();
    const now = Date.now();
    if (!force && now - last < PROGRESS_MS) return;
    last = now;
    control.onProgress?.({ phase: 'writing', rowsRead: rowsRead(), bytesRead: Math.min(bytesRead, size), totalBytes: size });
  };
}
