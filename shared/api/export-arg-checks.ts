// The export handlers' arguments (export-api.ts). A locale or currency Clave cannot write is the
// handler's refusal (it names the ones it can); here only their type and size.
import { argChecksOf, id, object, optional } from './arg-checks';
import { fileId, line } from './common-arg-checks';
import type { ExportHandlers } from './export-api';

const runExport = object({ runId: id, target: optional(fileId), locale: optional(line), currency: optional(line) });

export const exportArgChecks = argChecksOf<ExportHandlers>()({
  'export/workbook': runExport,
  'export/csv': runExport,
  'export/rejects': object({ batchId: id, target: optional(fileId) }),
});
