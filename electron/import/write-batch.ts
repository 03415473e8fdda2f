// The write side of an import: one transaction that takes the parsed rows, creates the customers
// met for the first time, keeps their name/seller/segment/region up to date, stores the lines and
// the rejects, and commits the batch. Runs once per row of a million-line file.
import type { ImportResult, Reject } from '../../shared/api/import-api';
import { apiError } from '../../shared/api/errors';
import type { ColumnFormats } from '../../shared/import/column-formats';
import type { ColumnMapping, ImportLocale } from '../../shared/import/fields';
import { createRowParser, emptySaleLine, isBlankRow, type SaleLine } from '../../shared/import/parse-row';
import { rememberMapping } from '../db/column-mappings-table';
import { customerStatements, type CustomerState } from '../db/customers-table';
import { finishBatch, insertBatch } from '../db/import-batches-table';
import { createRejectWriter } from '../db/import-rejects-table';
import type { Db } from '../db/open-database';
import { countLines, createSaleLineWriter, suspendLineIndexes } from '../db/sale-lines-table';
import type { OpenedTable } from './open-table';
import { readLine, type LineBatch } from './line-batch';
import { toReject } from './reject-row';
import type { RowChunk } from './row-chunk';

const FIRST_REJECTS = 20;
/** Bytes of a file per sale line, on the small side (an .xlsx row compresses to about 70): an overestimate of its lines. */
const BYTES_PER_LINE = 64;
/** Below this many lines, keeping the indexes up to date costs less than building them again. */
const BULK_LINES = 20_000;

export type BatchTarget = { db: Db; fileName: string; contentHash: string; /** The file's size in bytes. */ size: number };

/**
 * A copy of a string that shares no memory with the text it was cut from. The readers cut cell
 * values out of large chunks of XML or CSV, and V8 keeps a whole chunk alive for as long as any
 * slice of it lives: the customers' names and codes, kept for the whole import, would hold most
 * of a million-line file in memory (435 bytes a line on the benchmark's .xlsx).
 */
const detached = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

/** Opens the write transaction and returns what feeds rows into it and commits it. */
export function writeBatch(job: BatchTarget, table: OpenedTable, mapping: ColumnMapping, headerKey: string, formats: ColumnFormats, locale: ImportLocale) {
  const { db } = job;
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (e) {
    if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
    throw apiError('conflict', `Outra gravação está em andamento neste espaço de trabalho; tente importar ${job.fileName} de novo em seguida.`);
  }
  const batchId = insertBatch(db, { fileName: job.fileName, contentHash: job.contentHash, sheet: table.sheet, mapping, locale });
  // A file that may hold as many lines as the workspace already has: rebuild the indexes once
  // at the end rather than update them per line (a million-line import: 4.2 s → 2.4 s of SQLite).
  const expectedLines = job.size / BYTES_PER_LINE;
  const rebuildIndexes = expectedLines >= BULK_LINES && expectedLines >= countLines(db) ? suspendLineIndexes(db) : null;
  const lines = createSaleLineWriter(db, batchId);
  const rejects = createRejectWriter(db, batchId);
  const customers = customerStatements(db);
  const known = new Map<string, CustomerState>();
  const parse = createRowParser(mapping, formats, locale);
  const line = emptySaleLine();
  const headers = table.headers;
  const headerRow = table.headerRow;
  const firstRejects: Reject[] = [];
  let rowsRead = 0;
  let imported = 0;
  let rejected = 0;
  let newCustomers = 0;

  const takeReject = (reject: Reject) => {
    rejected++;
    rejects.add(reject);
    if (firstRejects.length < FIRST_REJECTS) firstRejects.push(reject);
  };

  const takeLine = (line: SaleLine) => {
    let customer = known.get(line.customer);
    if (!customer) {
      customer = customers.find(line.customer) ?? undefined;
      if (!customer) {
        customer = customers.create(line.customer, batchId);
        newCustomers++;
      }
      known.set(detached(line.customer), customer);
    }
    // The most recent non-empty value by sale day; on a tie the later line wins. A value is
    // copied only when it changes (see `detached`).
    const day = line.day;
    if (line.customerName !== null && (customer.nameDay === null || day >= customer.nameDay)) {
      if (line.customerName !== customer.name) customer.name = detached(line.customerName);
      customer.nameDay = day;
      customer.changed = true;
    }
    if (line.seller !== null && (customer.sellerDay === null || day >= customer.sellerDay)) {
      if (line.seller !== customer.seller) customer.seller = detached(line.seller);
      customer.sellerDay = day;
      customer.changed = true;
    }
    if (line.segment !== null && (customer.segmentDay === null || day >= customer.segmentDay)) {
      if (line.segment !== customer.segment) customer.segment = detached(line.segment);
      customer.segmentDay = day;
      customer.changed = true;
    }
    if (line.region !== null && (customer.regionDay === null || day >= customer.regionDay)) {
      if (line.region !== customer.region) customer.region = detached(line.region);
      customer.regionDay = day;
      customer.changed = true;
    }
    lines.add(customer.id, line);
    imported++;
  };

  /** Rows as read from the file, parsed here. */
  const add = (chunk: RowChunk) => {
    const { rows, numbers } = chunk;
    for (let i = 0; i < rows.length; i++) {
      if (numbers[i]! <= headerRow) continue; // the second pass of a CSV starts at the top
      const cells = rows[i]!;
      if (isBlankRow(cells)) continue;
      rowsRead++;
      const bad = parse(cells, line);
      if (bad) takeReject(toReject(headers, numbers[i]!, cells, bad));
      else takeLine(line);
    }
  };

  /** Lines parsed by another thread (parse-worker.ts). */
  const addParsed = (batch: LineBatch) => {
    rowsRead += batch.rowsRead;
    for (const reject of batch.rejects) takeReject(reject);
    for (let i = 0; i < batch.count; i++) {
      readLine(batch, i, line);
      takeLine(line);
    }
  };

  return {
    add,
    addParsed,
    rowsRead: () => rowsRead,
    commit(): ImportResult {
      lines.flush();
      rebuildIndexes?.();
      for (const customer of known.values()) if (customer.changed) customers.save(customer);
      finishBatch(db, batchId, { rowsRead, imported, rejected });
      rememberMapping(db, headerKey, mapping);
      db.exec('COMMIT');
      return { batchId, fileName: job.fileName, sheet: table.sheet, rowsRead, imported, rejected, newCustomers, skipped: false, firstRejects };
    },
  };
}
