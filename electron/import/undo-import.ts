// 'import/undo': removes a batch's lines and rejects in one transaction and tidies its customers.
import { apiError } from '../../shared/api/errors';
import { deleteOrphanImportedCustomers, recomputeCustomerAttributes } from '../db/customers-table';
import { batchLineRange, getBatch, markBatchUndone } from '../db/import-batches-table';
import { deleteBatchRejects } from '../db/import-rejects-table';
import type { Db } from '../db/open-database';
import { customerIdsOfBatch, deleteBatchLines } from '../db/sale-lines-table';

export function undoBatch(db: Db, batchId: number): { batchId: number; removedLines: number; removedCustomers: number } {
  return db.transaction(() => {
    const batch = getBatch(db, batchId);
    if (!batch) throw apiError('import/batch-not-found', { batch: batchId });
    if (batch.undoneAt) throw apiError('import/batch-undone', { batch: batchId, file: batch.fileName, date: batch.undoneAt.slice(0, 10) });
    const range = batchLineRange(db, batchId);
    const touched = customerIdsOfBatch(db, batchId, range);
    const removedLines = deleteBatchLines(db, batchId, range);
    deleteBatchRejects(db, batchId);
    markBatchUndone(db, batchId);
    recomputeCustomerAttributes(db, touched);
    const removedCustomers = deleteOrphanImportedCustomers(db, touched);
    return { batchId, removedLines, removedCustomers };
  }).immediate();
}
