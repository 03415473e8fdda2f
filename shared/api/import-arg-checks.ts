// The import handlers' arguments (import-api.ts). A mapping is checked for its shape (known fields,
// a number each); whether a column exists in the file is the import's rule, worded for the user.
import { FIELD_KEYS, IMPORT_LOCALES } from '../import/fields';
import { argChecksOf, boolean, id, nothing, object, oneOf, optional, record } from './arg-checks';
import { fileId, line, numeric } from './common-arg-checks';
import { OVERLAP_MODES, type ImportHandlers } from './import-api';

const options = {
  fileId,
  sheet: optional(line),
  allSheets: optional(boolean),
  noHeader: optional(boolean),
  mapping: optional(record(oneOf(FIELD_KEYS), numeric)),
  locale: optional(oneOf(IMPORT_LOCALES)),
};
const jobId = line;

export const importArgChecks = argChecksOf<ImportHandlers>()({
  'import/preview': object({ ...options, jobId: optional(jobId) }),
  'import/run': object({ ...options, jobId: optional(jobId), ifDuplicate: optional(oneOf(['ask', 'skip', 'import'] as const)), overlap: optional(oneOf(OVERLAP_MODES)) }),
  'import/overlap': object({ ...options, jobId: optional(jobId) }),
  'import/cancel': object({ jobId }),
  'import/batches': nothing,
  'import/rejects': object({ batchId: id, offset: optional(numeric), limit: optional(numeric) }),
  'import/undo': object({ batchId: id }),
});
