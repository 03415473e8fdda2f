// 'import/undo': in one transaction, removes a batch's lines and rejects, brings back the stored
// lines it replaced (SPEC "Overlapping exports"), and tidies the customers: their attributes from
// the lines left, and those it created that nothing keeps any more are removed.
import type { UndoResult } from '../../shared/api/import-api';
import { apiError } from '../../shared/api/errors';
import { customerIdsCreatedBy, deleteOrphanImportedCustomers, recomputeCustomerAttributes } from '../db/customers-table';
import { batchLineRange, getBatch, markBatchUndone } from '../db/import-batches-table';
import { deleteBatchRejects } from '../db/import-rejects-table';
import { scanLatestSale, storeLatestSale } from '../db/latest-sale-table';
import type { Db } from '../db/open-database';
import { deleteReplaceRanges } from '../db/replace-ranges-table';
import {
  customerIdsOfReplacedBatch,
  customerIdsReplacedBy,
  dropReplacedLinesOf,
  handReplacedToLater,
  restoreReplacedBy,
} from '../db/replaced-sale-lines-table';
import { customerIdsOfBatch, deleteBatchLines } from '../db/sale-lines-table';

export function undoBatch(db: Db, batchId: number): UndoResult {
  return db.transaction(() => {
    const batch = getBatch(db, batchId);
    if (!batch) throw apiError('import/undo-not-found', { batch: batchId });
    if (batch.undoneAt) throw apiError('import/undo-already-undone', { batch: batchId, file: batch.fileName, date: batch.undoneAt.slice(0, 10) });
    const range = batchLineRange(db, batchId);
    const touched = new Set([
      ...customerIdsOfBatch(db, batchId, range),
      ...customerIdsOfReplacedBatch(db, batchId),
      ...customerIdsReplacedBy(db, batchId),
      ...customerIdsCreatedBy(db, batchId),
    ]);
    const removedLines = deleteBatchLines(db, batchId, range);
    // Its own lines that a later replace holds go with it: that replace must not bring them back.
    dropReplacedLinesOf(db, batchId);
    // The lines it replaced come back, but those a later replace covers stay replaced, by that one.
    handReplacedToLater(db, batchId);
    const restoredLines = restoreReplacedBy(db, batchId);
    deleteReplaceRanges(db, batchId);
    deleteBatchRejects(db, batchId);
    markBatchUndone(db, batchId);
    const customers = [...touched];
    recomputeCustomerAttributes(db, customers);
    const removedCustomers = deleteOrphanImportedCustomers(db, customers);
    // Lines went and others came back: the latest sale is read again, for the workspace as it is now.
    storeLatestSale(db, scanLatestSale(db));
    return { batchId, removedLines, restoredLines, removedCustomers };
  }).immediate();
}
