// The write stage of an import: one transaction that takes the parsed lines (line-batch.ts) sheet
// by sheet, creates the customers met for the first time, stores the lines, their texts and the
// rejects, brings each customer's name/seller/segment/region up to date, and commits the batch.
// Each sheet is written inside a savepoint, so that a sheet read again (the second pass) first
// forgets what its first reading wrote; its lines get consecutive ids, and the overlap rule
// (overlap.ts) takes them when the sheet ends.
import type { ImportResult, OverlapPreview, Reject } from '../../shared/api/import-api';
import { apiError } from '../../shared/api/errors';
import type { ColumnMapping, ImportLocale } from '../../shared/import/fields';
import { rememberMapping } from '../db/column-mappings-table';
import { customerStatements, type CustomerState } from '../db/customers-table';
import { finishBatch, insertBatch } from '../db/import-batches-table';
import { createRejectWriter } from '../db/import-rejects-table';
import type { Db } from '../db/open-database';
import { scanLatestSale, storedLatestSale, storeLatestSale } from '../db/latest-sale-table';
import { countLines, createSaleLineWriter, lastLineId, suspendLineIndexes } from '../db/sale-lines-table';
import { saleTextIds } from '../db/sale-texts-table';
import { createOverlap, type OverlapRun } from './overlap';
import { ATTRIBUTE_TEXTS, FIGURES, latestOf, NAME, PRODUCT, REGION, SEGMENT, SELLER, TEXTS, type LineBatch } from './line-batch';

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
  /** The sheets read, in order (a text file: [null]). */
  sheets: (string | null)[];
  mapping: ColumnMapping;
  /** The header set the mapping is remembered for (a file without a header: its width, decision #132); null: not remembered. */
  headerKey: string | null;
  locale: ImportLocale;
  /** What to do with lines already stored (overlap.ts), skip by default; 'preview': a dry run, rolled back. */
  overlap?: OverlapRun;
};

/** An import's result; a dry run's ('preview') carries what it found and wrote nothing. */
export type ImportOutcome = ImportResult & { overlapPreview?: Omit<OverlapPreview, 'fileName'> };

/** A sheet's lines, by their ids: what the overlap rule works on. */
export type LineRange = { firstLineId: number; lastLineId: number };

export type SheetWriter = {
  /** A batch of the sheet's lines, as the reading thread numbered them. */
  add(batch: LineBatch): void;
  /** Keeps what was written; the sheet's line range, null when it had no lines. */
  end(latest: Int32Array): LineRange | null;
  /** Forgets everything written since the sheet started (it is read again). */
  discard(): void;
};

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

/** Opens the write transaction and returns what writes each sheet into it and commits it. */
export function writeBatch(target: BatchTarget) {
  const { db } = target;
  try {
    db.exec('BEGIN IMMEDIATE');
  } catch (e) {
    if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
    throw apiError('import/busy', { file: target.fileName });
  }
  const names = target.sheets.filter((s): s is string => s !== null);
  // The content hash is known only at the end (import-file.ts): set at commit.
  const batchId = insertBatch(db, { fileName: target.fileName, contentHash: '', sheet: names.length === 0 ? null : names.join(', '), mapping: target.mapping, locale: target.locale });
  // A file that may hold as many lines as the workspace already has: drop the line indexes while
  // a sheet is written and build them again when it ends (a million-line import: 4.2 s → 2.4 s
  // of SQLite), so that they are there for what follows a sheet.
  const expectedLines = target.size / BYTES_PER_LINE;
  const linesBefore = countLines(db);
  const bulk = expectedLines >= BULK_LINES && expectedLines >= linesBefore;
  // The latest sale before this import, when known: with the latest day of the lines it adds, it
  // gives the latest after it without reading every line again (latest-sale-table.ts).
  const latestBefore = storedLatestSale(db) ?? (linesBefore === 0 ? { day: null } : undefined);
  let latestAdded = -Infinity;
  let rebuildIndexes: (() => void) | null = null;
  const lines = createSaleLineWriter(db, batchId);
  const rejects = createRejectWriter(db, batchId);
  const customerRows = customerStatements(db);
  const textId = saleTextIds(db);
  const overlap = createOverlap(db, batchId, target.overlap ?? 'skip');
  const known = new Map<string, CustomerState>();
  const totals = { rowsRead: 0, imported: 0, rejected: 0, newCustomers: 0 };
  const firstRejects: Reject[] = [];
  /** The batch's first line id (its lines follow, up to the table's last). */
  let firstOwnLineId: number | null = null;

  /** The most recent non-empty value by sale day; on a tie the later lines (this sheet's) win. */
  const updateCustomers = (customers: CustomerState[], texts: string[], latest: Int32Array) => {
    for (let c = 0; c < customers.length; c++) {
      const customer = customers[c]!;
      for (let a = 0; a < ATTRIBUTE_TEXTS.length; a++) {
        const { ref, day } = latestOf(latest, c, a);
        const attribute = ATTRIBUTES[ATTRIBUTE_TEXTS[a]!];
        const dayKey = `${attribute}Day` as const;
        if (ref === -1 || day === null) continue;
        const knownDay = customer[dayKey];
        if (knownDay !== null && day < knownDay) continue;
        customer[attribute] = texts[ref]!;
        customer[dayKey] = day;
        customer.changed = true;
      }
    }
  };

  /** `sheet`: the sheet written (null: a text file); the batch's rejects are keyed by its place among them. */
  const startSheet = (sheet: string | null): SheetWriter => {
    const sheetIndex = Math.max(0, target.sheets.indexOf(sheet));
    // Rows are numbered per sheet: a batch of several sheets says which one a reject is in.
    const sheetName = names.length > 1 ? sheet : null;
    if (bulk && rebuildIndexes === null) rebuildIndexes = suspendLineIndexes(db);
    db.exec('SAVEPOINT sheet');
    const firstLineId = lastLineId(db) + 1;
    // The reading thread numbers the customers and texts of each pass from 0.
    const customers: CustomerState[] = [];
    const customerIds: number[] = [];
    const texts: string[] = [];
    const textIds: number[] = [];
    const created: string[] = [];
    const counts = { rowsRead: 0, imported: 0, rejected: 0 };
    let sheetLatest = -Infinity;
    const shown: Reject[] = [];
    return {
      add(batch) {
        counts.rowsRead += batch.rowsRead;
        for (const found of batch.rejects) {
          const reject = sheetName === null ? found : { ...found, sheet: sheetName };
          counts.rejected++;
          rejects.add(reject, sheetIndex);
          if (shown.length < FIRST_REJECTS) shown.push(reject);
        }
        for (const code of batch.newCustomers) {
          let customer = known.get(code);
          if (!customer) {
            customer = customerRows.find(code) ?? undefined;
            if (!customer) {
              customer = customerRows.create(code, batchId);
              created.push(code);
            }
            known.set(code, customer);
          }
          customers.push(customer);
          customerIds.push(customer.id);
        }
        for (const text of batch.newTexts) {
          texts.push(text);
          textIds.push(textId(text));
        }
        const idOfText = (ref: number): number | null => (ref === -1 ? null : textIds[ref]!);
        const { figures, textRefs, customerRefs, orders, orderRefs } = batch;
        const order = rebuildIndexes ? indexOrder(batch, customerIds) : null;
        for (let j = 0; j < batch.count; j++) {
          const i = order === null ? j : order[j]!;
          const f = i * FIGURES;
          const w = i * TEXTS;
          const day = figures[f]!;
          if (day > sheetLatest) sheetLatest = day;
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
        counts.imported += batch.count;
        totals.rowsRead += batch.rowsRead;
      },
      end(latest) {
        lines.flush();
        // The overlap rule, on the sheet's lines (it measured its cost with the indexes not yet built again).
        if (counts.imported > 0) overlap.sheet(firstLineId, firstLineId + counts.imported - 1);
        if (rebuildIndexes) {
          rebuildIndexes();
          rebuildIndexes = null;
        }
        db.exec('RELEASE sheet');
        updateCustomers(customers, texts, latest);
        totals.imported += counts.imported;
        totals.rejected += counts.rejected;
        latestAdded = Math.max(latestAdded, sheetLatest);
        totals.newCustomers += created.length;
        firstRejects.push(...shown.slice(0, FIRST_REJECTS - firstRejects.length));
        if (counts.imported === 0) return null;
        const range = { firstLineId, lastLineId: firstLineId + counts.imported - 1 };
        firstOwnLineId ??= firstLineId;
        return range;
      },
      discard() {
        lines.flush();
        db.exec('ROLLBACK TO sheet');
        db.exec('RELEASE sheet');
        for (const code of created) known.delete(code);
        totals.rowsRead -= counts.rowsRead;
      },
    };
  };

  return {
    batchId,
    startSheet,
    /** Rows read so far, for progress. */
    rowsRead: () => totals.rowsRead,
    /** Stores what the batch did and commits it (a dry run stops short of that); `contentHash` recognises the file later. */
    commit(contentHash: string): ImportOutcome {
      for (const customer of known.values()) if (customer.changed) customerRows.save(customer);
      overlap.finish();
      const stored = totals.imported - overlap.removedOwn();
      const range = stored > 0 ? { firstLineId: firstOwnLineId, lastLineId: lastLineId(db) } : { firstLineId: null, lastLineId: null };
      finishBatch(db, batchId, { rowsRead: totals.rowsRead, imported: stored, rejected: totals.rejected, ...range, contentHash });
      if (target.headerKey !== null) rememberMapping(db, target.headerKey, target.mapping);
      const result: ImportOutcome = {
        batchId,
        fileName: target.fileName,
        sheet: names[0] ?? null,
        sheets: names,
        rowsRead: totals.rowsRead,
        imported: stored,
        rejected: totals.rejected,
        newCustomers: totals.newCustomers,
        skipped: false,
        overlap: target.overlap === 'preview' ? 'skip' : (target.overlap ?? 'skip'),
        skippedLines: overlap.skipped(),
        replacedLines: overlap.replaced(),
        firstRejects,
      };
      // A dry run ends here: the caller rolls the transaction back.
      if (target.overlap === 'preview') return { ...result, overlapPreview: overlap.preview() };
      // A line skipped as a copy leaves its twin, of the same day; a replace may take the latest days.
      const before = overlap.replaced() === 0 ? latestBefore : undefined;
      if (before === undefined) storeLatestSale(db, scanLatestSale(db));
      else storeLatestSale(db, latestAdded === -Infinity ? before.day : Math.max(before.day ?? -Infinity, latestAdded));
      db.exec('COMMIT');
      return result;
    },
  };
}

export type BatchWriter = ReturnType<typeof writeBatch>;
