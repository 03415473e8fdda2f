// Exports of a run: the workbook a user hands to a colleague, and the customer table as CSV.
import type { FileId } from './import-api';

export type ExportResult = { fileId: FileId; fileName: string; bytes: number };

export type ExportHandlers = {
  /** `target` is a file id from a save dialog; without it the host makes a temporary file to download. */
  'export/workbook': (arg: { runId: number; target?: FileId; locale?: string; currency?: string }) => Promise<ExportResult>;
  'export/csv': (arg: { runId: number; target?: FileId; locale?: string; currency?: string }) => Promise<ExportResult>;
  'export/rejects': (arg: { batchId: number; target?: FileId }) => Promise<ExportResult>;
};
