// Import: preview a file (writes nothing), import it in one transaction, list and undo batches.
import type { ColumnFormat } from '../import/column-formats';
import type { ColumnMapping, FieldKey, ImportLocale } from '../import/fields';
import type { RejectCode } from '../import/parse-row';

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
  /** The row number as the user sees it in the file (1-based, header included). */
  row: number;
  /** The header of the offending column, or null when the row as a whole is rejected. */
  column: string | null;
  /** Machine-readable reason, so that a screen can translate it; `reason` is the pt-BR text. */
  code: RejectCode;
  reason: string;
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
};

export type ImportPreview = {
  fileName: string;
  fileSize: number;
  kind: 'xlsx' | 'csv';
  sheets: SheetInfo[];
  sheet: string | null;
  encoding: string | null; // csv only: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252'
  delimiter: string | null; // csv only
  headerRow: number; // 1-based
  headers: string[];
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
  sheet?: string;
  mapping?: ColumnMapping;
  locale?: ImportLocale;
};

export type ImportResult = {
  batchId: number | null; // null when skipped as a duplicate
  fileName: string;
  sheet: string | null;
  rowsRead: number;
  imported: number;
  rejected: number;
  newCustomers: number;
  skipped: boolean;
  firstRejects: Reject[];
};

export type ImportHandlers = {
  'import/preview': (arg: ImportOptions) => Promise<ImportPreview>;
  /**
   * Imports the file in one transaction. `ifDuplicate` says what to do when a batch with the
   * same content hash exists: 'ask' (default) fails with a `conflict` error naming it.
   */
  'import/run': (
    arg: ImportOptions & { jobId?: string; ifDuplicate?: 'ask' | 'skip' | 'import' },
  ) => Promise<ImportResult>;
  'import/cancel': (arg: { jobId: string }) => Promise<{ cancelled: boolean }>;
  'import/batches': (arg: Record<string, never>) => Promise<BatchSummary[]>;
  'import/rejects': (arg: { batchId: number; offset?: number; limit?: number }) => Promise<{ total: number; rows: Reject[] }>;
  'import/undo': (arg: { batchId: number }) => Promise<{ batchId: number; removedLines: number }>;
};
