// Import: preview a file (writes nothing), import it in one transaction, list and undo batches.
import type { ColumnFormat } from '../import/column-formats';
import type { ColumnMapping, FieldKey, ImportLocale } from '../import/fields';
import type { RejectCode, RejectMessage } from '../import/parse-row';

/**
 * Files are named by an opaque id, never by a path coming from the screens: the Electron shell
 * registers the path a native dialog returned, the web host an upload, the CLI its argument.
 */
export type FileId = string;

export type SheetInfo = { name: string; index: number };

/** How a column's values were read: decided per column from its values (SPEC "Import"). */
export type { ColumnFormat };
export type { RejectCode };

export type Reject = {
  /** The sheet the row is in, when the batch read several (`allSheets`); null otherwise (the batch names it). */
  sheet: string | null;
  /** The row number as the user sees it in the file (1-based, header included). */
  row: number;
  /**
   * The header of the offending column; null when the row as a whole is rejected, or when the
   * column has no header (then `columnIndex` names it: shared/format/reject-text.ts words it
   * "coluna C" / "column C"). Rejects stored before schema 10 hold "coluna C" here.
   */
  column: string | null;
  /** The offending column, 0-based; null for the row as a whole (and on rejects stored before schema 10). */
  columnIndex: number | null;
  /** Machine-readable reason; `reason` is its pt-BR sentence (rejectReasonText words it in any language). */
  code: RejectCode;
  reason: string;
  /** The reason as a message code and its parameters; absent on rejects stored before schema 10. */
  message?: RejectMessage;
  /** The row's cells as text (at most the first 64). */
  raw: string[];
};

export type PreviewRow = {
  row: number;
  customer: string;
  customerName: string | null;
  date: string; // YYYY-MM-DD
  orderId: string | null;
  product: string | null;
  quantity: number | null;
  amount: number; // major units
  margin: number | null; // major units
  seller: string | null;
  segment: string | null;
  region: string | null;
};

export type BatchSummary = {
  id: number;
  fileName: string;
  contentHash: string;
  sheet: string | null;
  mapping: ColumnMapping;
  locale: ImportLocale;
  rowsRead: number;
  imported: number;
  rejected: number;
  createdAt: string; // ISO timestamp
  undoneAt: string | null;
  /** The overlap rule it was imported with; null before schema 6 (every line was kept). */
  overlap: OverlapMode | null;
  /** Its file's lines left out as already stored (rule `skip`). */
  skipped: number;
  /** Stored lines it removed (rule `replace`): undoing it brings back those of earlier batches. */
  replaced: number;
};

export type ImportPreview = {
  fileName: string;
  fileSize: number;
  kind: 'xlsx' | 'csv';
  sheets: SheetInfo[];
  sheet: string | null;
  /** The sheets, in workbook order, whose header is the chosen sheet's (it included): what `allSheets` imports. */
  sameHeaderSheets: string[];
  encoding: string | null; // csv only: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'
  delimiter: string | null; // csv only: ',' ';' '|' tab, or ' ' for runs of spaces
  /** 1-based; 0 when the file is read without a header (noHeader). */
  headerRow: number;
  /**
   * The header's texts (empty without a header). When `headerRecognised` is false and no mapping
   * was given, no column was recognised: `headers` is the first row's texts, `mapping` is empty,
   * and `firstRows` lets the user name each column or say the first row is data.
   */
  headers: string[];
  headerRecognised: boolean;
  /** Whether the file was read without a header (the option given). */
  noHeader: boolean;
  /** The widest of the first rows: how many columns can be mapped. */
  columnCount: number;
  /** The first rows as they are (raw cell texts, the header included), up to 20. */
  firstRows: { row: number; cells: string[] }[];
  mapping: ColumnMapping;
  mappingSource: 'detected' | 'remembered' | 'given';
  formats: Partial<Record<FieldKey, ColumnFormat>>;
  /** Required fields that are not mapped (customer, date, and amount or quantity × unit price). */
  missing: string[];
  rows: PreviewRow[]; // the first 50 parsed rows
  rejects: Reject[]; // the first rejects among the rows read for the preview
  duplicateOf: BatchSummary | null;
};

export type ImportOptions = {
  fileId: FileId;
  /** The sheet to read (default: the first whose header is recognised, else the first with data). */
  sheet?: string;
  /** Import every sheet whose header is the chosen sheet's (ImportPreview.sameHeaderSheets) as one batch, in workbook order. */
  allSheets?: boolean;
  /** Field → 0-based column; given, the header need not be recognised. */
  mapping?: ColumnMapping;
  /** The file has no header row: every row is data (a mapping is then needed to import). */
  noHeader?: boolean;
  locale?: ImportLocale;
};

/**
 * What an import does with lines already stored (SPEC "Overlapping exports"): `skip` (default)
 * leaves out, for each line identity, the file's copies up to the number already stored;
 * `replace` removes the stored lines dated within the file's first to last date (an undo brings
 * them back); `keep` imports every line.
 */
export type OverlapMode = 'skip' | 'replace' | 'keep';
export const OVERLAP_MODES: readonly OverlapMode[] = ['skip', 'replace', 'keep'];

/** Days from `from` to `to` (YYYY-MM-DD, both included) and how many lines they hold. */
export type DateRange = { from: string; to: string; lines: number };

/** A stored batch whose lines `replace` would remove, and which of its days. */
export type ReplacedBatch = { id: number; fileName: string; sheet: string | null; lines: number; from: string; to: string };

/** 'import/overlap': what each rule would do with the file, from a dry run of its whole import. */
export type OverlapPreview = {
  fileName: string;
  /** The file's readable lines (rejected rows left out), and their first and last date (null without any). */
  lines: number;
  from: string | null;
  to: string | null;
  /** Of them, those identical to lines already stored: what `skip` leaves out. */
  alreadyStored: number;
  /** Where those are, as a short list of date ranges (at most six, oldest first). */
  storedDates: DateRange[];
  /** What `replace` would remove of the stored lines: how many, their first and last date, from which batches. */
  replace: { lines: number; from: string | null; to: string | null; batches: ReplacedBatch[] };
};

export type ImportResult = {
  batchId: number | null; // null when skipped as a duplicate
  fileName: string;
  /** The (first) sheet read; `sheets` lists every sheet of an allSheets import. */
  sheet: string | null;
  sheets: string[];
  rowsRead: number;
  imported: number;
  rejected: number;
  newCustomers: number;
  /** True when the whole file was skipped as a duplicate (ifDuplicate 'skip'). */
  skipped: boolean;
  /** The overlap rule applied. */
  overlap: OverlapMode;
  /** Lines left out as already stored (`skip`); `imported` does not count them. */
  skippedLines: number;
  /** Stored lines removed (`replace`). */
  replacedLines: number;
  firstRejects: Reject[];
};

export type UndoResult = { batchId: number; removedLines: number; restoredLines: number; removedCustomers: number };

export type ImportHandlers = {
  /**
   * What an import of the file would do, from its beginning, writing nothing; read on a thread of
   * its own, bounded in memory and time. With a `jobId`, 'import/cancel' stops it.
   */
  'import/preview': (arg: ImportOptions & { jobId?: string }) => Promise<ImportPreview>;
  /**
   * Imports the file in one transaction. `ifDuplicate` says what to do when a batch with the
   * same content hash exists: 'ask' (default) fails with a `conflict` error naming it.
   */
  'import/run': (
    arg: ImportOptions & { jobId?: string; ifDuplicate?: 'ask' | 'skip' | 'import'; overlap?: OverlapMode },
  ) => Promise<ImportResult>;
  /**
   * A dry run of the whole import (rolled back, nothing written), cancellable with
   * 'import/cancel' and reporting 'import/progress' under `jobId`: how many of the file's lines
   * are already stored and where, and what `replace` would remove.
   */
  'import/overlap': (arg: ImportOptions & { jobId?: string }) => Promise<OverlapPreview>;
  /** Stops a running import (nothing is written), dry run or preview. */
  'import/cancel': (arg: { jobId: string }) => Promise<{ cancelled: boolean }>;
  'import/batches': (arg: Record<string, never>) => Promise<BatchSummary[]>;
  'import/rejects': (arg: { batchId: number; offset?: number; limit?: number }) => Promise<{ total: number; rows: Reject[] }>;
  /** Removes the batch's lines; brings back the stored lines it replaced; removes the customers it created that have nothing else. */
  'import/undo': (arg: { batchId: number }) => Promise<UndoResult>;
};
