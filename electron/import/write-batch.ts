// The write side of an import: one transaction that takes the parsed lines (line-batch.ts),
// creates the customers met for the first time, stores the lines, their texts and the rejects,
// brings each customer's name/seller/segment/region up to date, and commits the batch.
import type { ImportResult, OverlapPreview, Reject } from '../../shared/api/import-api';
import { legacyError } from '../../shared/api/errors';
import type { ColumnMapping, ImportLocale } from '../../shared/import/fields';
import { rememberMapping } from '../db/column-mappings-table';
import { customerStatements, type CustomerState } from '../db/customers-table';
import { finishBatch, insertBatch } from '../db/import-batches-table';
import { createRejectWriter, shiftLaterPartRejects } from '../db/import-rejects-table';
import type { Db } from '../db/open-database';
import { countLines, createSaleLineWriter, lastLineId, lineIdsOnDay, moveLinesToEnd, suspendLineIndexes } from '../db/sale-lines-table';
import { saleTextIds } from '../db/sale-texts-table';
import type { OpenedTable } from './open-table';
import { createOverlap, type OverlapRun } from './overlap';
import { ATTRIBUTE_TEXTS, FIGURES, latestOf, NAME, PRODUCT, REGION, SEGMENT, SELLER, TEXTS, type LineBatch } from './line-batch';
import type { ParseEnd } from './parse-lines';

const FIRST_REJECTS = 20;
/** Bytes of a file per sale line, on the small side (an .xlsx row compresses to about 70): an overestimate of its lines. */
const BYTES_PER_LINE = 64;
/** Below this many lines, keeping the indexes up to date costs less than building them again. */
const BULK_LINES = 20_000;

export type BatchTarget = {
  db: Db;
  fileName: string;
  /** The file's size in bytes. */
  size: number;
  /** What to do with lines already stored (overlap.ts), skip by default; 'preview': a dry run, rolled back. */
  overlap?: OverlapRun;
};

/** An import's result; a dry run's ('preview') carries what it found and wrote nothing. */
export type ImportOutcome = ImportResult & { overlapPreview?: Omit<OverlapPreview, 'fileName'> };

/** What the writer knows of one part of the file, by that part's numbers (line-batch.ts). */
type Part = { customers: CustomerState[]; customerIds: number[]; texts: string[]; textIds: number[] };

const figure = (v: number): number | null => (Number.isNaN(v) ? null : v);

type Attribute = 'name' | 'seller' | 'segment' | 'region';
const ATTRIBUTES: Record<(typeof ATTRIBUTE_TEXTS)[number], Attribute> = { [NAME]: 'name', [SELLER]: 'seller', [SEGMENT]: 'segment', [REGION]: 'region' };

/**
 * The order in which to write a batch's lines when the indexes are rebuilt at the end: by
 * customer and day, file order kept within a day. SQLite builds the index from runs already in
 * its order far faster (a million lines: 0.9 s → 0.5 s). The keys pack customer id, day and line
 * into one number so that a numeric sort does it; null (file order) where they would not fit.
 */
function indexOrder(batch: LineBatch, customerIds: readonly number[]): Uint32Array | null {
  const n = batch.count;
  if (n > 1 << 13) return null;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const id = customerIds[batch.customerRefs[i]!]!;
    const day = batch.figures[i * FIGURES]! + (1 << 19);
    if (id >= 1 << 20 || day < 0 || day >= 1 << 20) return null;
    keys[i] = (id * (1 << 20) + day) * (1 << 13) + i; // < 2^53: exact
  }
  keys.sort();
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = keys[i]! % (1 << 13);
  return order;
}

/** Opens the write transaction and returns what feeds lines into it and commits it. */
export function writeBatch(job: BatchTarget, table: OpenedTable, mapping: ColumnMapping, headerKey: string, locale: ImportLocale) {
  const { db } = job;
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (e) {
    if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
    throw legacyError('conflict', `Outra gravação está em andamento neste espaço de trabalho; tente importar ${job.fileName} de novo em seguida.`);
  }
  // The content hash is computed while the first lines are written (import-file.ts): set at commit.
  const batchId = insertBatch(db, { fileName: job.fileName, contentHash: '', sheet: table.sheet, mapping, locale });
  // A file that may hold as many lines as the workspace already has: rebuild the indexes once
  // at the end rather than update them per line (a million-line import: 4.2 s → 2.4 s of SQLite).
  const expectedLines = job.size / BYTES_PER_LINE;
  const rebuildIndexes = expectedLines >= BULK_LINES && expectedLines >= countLines(db) ? suspendLineIndexes(db) : null;
  const firstLineId = lastLineId(db) + 1;
  const lines = createSaleLineWriter(db, batchId);
  const rejects = createRejectWriter(db, batchId);
  const customerRows = customerStatements(db);
  const textId = saleTextIds(db);
  const overlap = createOverlap(db, batchId, job.overlap ?? 'skip');
  // Each part of the file (parse-lines.ts) numbers its customers and texts on its own.
  const parts: Part[] = [];
  const known = new Map<string, CustomerState>();
  const firstRejects: Reject[][] = [];
  // The lines get consecutive ids as they are written; which part each batch came from.
  const written: { from: number; to: number; part: number }[] = [];
  let rowsRead = 0;
  let imported = 0;
  let rejected = 0;
  let newCustomers = 0;

  const partOf = (p: number): Part => (parts[p] ??= { customers: [], customerIds: [], texts: [], textIds: [] });

  const takeReject = (reject: Reject, p: number) => {
    rejected++;
    // A later part's row numbers count from its start: see shiftLaterPartRejects.
    rejects.add(p === 0 ? reject : { ...reject, row: -reject.row });
    const first = (firstRejects[p] ??= []);
    if (first.length < FIRST_REJECTS) first.push(reject);
  };

  /** A batch of lines from part `p` of the file (0 when it is read whole). */
  const add = (batch: LineBatch, p = 0) => {
    const part = partOf(p);
    rowsRead += batch.rowsRead;
    for (const reject of batch.rejects) takeReject(reject, p);
    for (const code of batch.newCustomers) {
      let customer = known.get(code);
      if (!customer) {
        customer = customerRows.find(code) ?? undefined;
        if (!customer) {
          customer = customerRows.create(code, batchId);
          newCustomers++;
        }
        known.set(code, customer);
      }
      part.customers.push(customer);
      part.customerIds.push(customer.id);
    }
    for (const text of batch.newTexts) {
      part.texts.push(text);
      part.textIds.push(textId(text));
    }
    const { customerIds, textIds } = part;
    const idOfText = (ref: number): number | null => (ref === -1 ? null : textIds[ref]!);
    const { figures, textRefs, customerRefs, orders, orderRefs } = batch;
    const order = rebuildIndexes ? indexOrder(batch, customerIds) : null;
    for (let j = 0; j < batch.count; j++) {
      const i = order === null ? j : order[j]!;
      const f = i * FIGURES;
      const w = i * TEXTS;
      const day = figures[f]!;
      lines.add(
        customerIds[customerRefs[i]!]!,
        day,
        orderRefs[i] === -1 ? `@${day}` : orders[orderRefs[i]!]!, // SPEC: without an order id, an order is (customer, date)
        idOfText(textRefs[w + PRODUCT]!),
        figure(figures[f + 1]!),
        figures[f + 2]!,
        figure(figures[f + 3]!),
        figure(figures[f + 4]!),
        idOfText(textRefs[w + SELLER]!),
        idOfText(textRefs[w + SEGMENT]!),
        idOfText(textRefs[w + REGION]!),
        idOfText(textRefs[w + NAME]!),
      );
    }
    if (batch.count > 0) written.push({ from: firstLineId + imported, to: firstLineId + imported + batch.count - 1, part: p });
    imported += batch.count;
  };

  /**
   * Undo recomputes a customer's name, seller, segment and region from the lines left, the later
   * line winning a tie on the day by its id (customers-table.ts), so ids must follow the file's
   * order. The two parts' batches are written as they come, interleaved: where a customer's
   * latest day for some attribute is the same in both parts, its second-part lines of that day
   * are moved after every other line. Within a part, ids already follow the file.
   */
  const keepPartOrder = (ends: ParseEnd[]) => {
    const [first, second] = [partOf(0), partOf(1)];
    const inSecond = new Map<CustomerState, number>();
    second.customers.forEach((c, i) => inSecond.set(c, i));
    const ties = new Map<number, Set<number>>();
    first.customers.forEach((customer, i) => {
      const j = inSecond.get(customer);
      if (j === undefined) return;
      for (let a = 0; a < ATTRIBUTE_TEXTS.length; a++) {
        const { day } = latestOf(ends[0]!.latest, i, a);
        if (day !== null && day === latestOf(ends[1]!.latest, j, a).day) {
          const days = ties.get(customer.id) ?? new Set<number>();
          ties.set(customer.id, days.add(day));
        }
      }
    });
    const partOfId = (id: number) => written.find((w) => id >= w.from && id <= w.to)?.part;
    for (const [customerId, days] of ties) {
      for (const day of days) {
        const ids = lineIdsOnDay(db, customerId, day, firstLineId, firstLineId + imported - 1).filter((id) => partOfId(id) === 1);
        moveLinesToEnd(db, ids);
      }
    }
  };

  /** The most recent non-empty value by sale day; on a tie the later lines (this part's) win. */
  const updateCustomers = (part: Part, latest: Int32Array) => {
    for (let c = 0; c < part.customers.length; c++) {
      const customer = part.customers[c]!;
      for (let a = 0; a < ATTRIBUTE_TEXTS.length; a++) {
        const { ref, day } = latestOf(latest, c, a);
        const attribute = ATTRIBUTES[ATTRIBUTE_TEXTS[a]!];
        const dayKey = `${attribute}Day` as const;
        if (ref === -1 || day === null) continue;
        const knownDay = customer[dayKey];
        if (knownDay !== null && day < knownDay) continue;
        customer[attribute] = part.texts[ref]!;
        customer[dayKey] = day;
        customer.changed = true;
      }
    }
  };

  return {
    add,
    rowsRead: () => rowsRead,
    /** The ends of the file's parts, in file order, and the file's content hash. */
    commit(ends: ParseEnd[], contentHash: string): ImportOutcome {
      lines.flush();
      // One sheet, lines firstLineId… (the import pipeline gives each sheet its own call).
      if (imported > 0) overlap.sheet(firstLineId, lastLineId(db));
      rebuildIndexes?.();
      if (ends.length > 1) keepPartOrder(ends);
      // In file order, so that a later part wins a tie.
      ends.forEach((end, p) => updateCustomers(partOf(p), end.latest));
      for (const customer of known.values()) if (customer.changed) customerRows.save(customer);
      overlap.finish();
      const stored = imported - overlap.removedOwn();
      let shown: Reject[] = firstRejects[0] ?? [];
      if (ends.length > 1) {
        const before = ends[0]!.records!;
        shiftLaterPartRejects(db, batchId, before);
        shown = [...shown, ...(firstRejects[1] ?? []).map((r) => ({ ...r, row: r.row + before }))].slice(0, FIRST_REJECTS);
      }
      const range = stored > 0 ? { firstLineId, lastLineId: lastLineId(db) } : { firstLineId: null, lastLineId: null };
      finishBatch(db, batchId, { rowsRead, imported: stored, rejected, ...range, contentHash });
      rememberMapping(db, headerKey, mapping);
      const result: ImportOutcome = {
        batchId,
        fileName: job.fileName,
        sheet: table.sheet,
        rowsRead,
        imported: stored,
        rejected,
        newCustomers,
        skipped: false,
        overlap: job.overlap === 'preview' ? 'skip' : (job.overlap ?? 'skip'),
        skippedLines: overlap.skipped(),
        replacedLines: overlap.replaced(),
        firstRejects: shown,
      };
      // A dry run ends here: the caller rolls the transaction back.
      if (job.overlap === 'preview') return { ...result, overlapPreview: overlap.preview() };
      db.exec('COMMIT');
      return result;
    },
  };
}
