// Overlapping exports (SPEC "Import"): what an import does with lines already stored. Called by
// the writer inside the import's transaction, after each sheet's lines are written (their ids are
// consecutive; a CSV is one sheet), then once when the customers are saved.
// - skip (default): for each line identity (identityRows), the sheet's copies up to the number
//   already stored are deleted again; the rest stay (two equal lines in one file are two sales).
// - replace: the stored lines of earlier batches dated within the sheet's first to last date move
//   to replaced_sale_lines (an undo brings them back); the sheet's lines all stay.
// - keep: every line stays.
// The sheets of one batch are consecutive exports (docs/decisions.md): each sheet meets the lines
// of the earlier batches and of the sheets before it; a later sheet replaces an earlier sheet's
// lines by deleting them (they belong to the batch, and go with it on undo).
// Where nothing can overlap (other dates) it costs one pass over the sheet's days (65 ms of CPU
// for a million lines) and a look at the batches' first and last days (import_batches.first_day,
// migration 6). Into an empty workspace not even that: the batch's days are left unknown, and the
// next import that meets it finds them (batchesWithoutDays).
import type { OverlapMode, OverlapPreview, ReplacedBatch } from '../../shared/api/import-api';
import { isoOfDay, type Day } from '../../shared/domain/calendar';
import { dayRanges } from '../../shared/import/day-ranges';
import { recomputeCustomerAttributes } from '../db/customers-table';
import { batchesMeetingDays, batchesWithoutDays, hasOtherStoredBatch, recordOverlap, setBatchDays, type StoredBatch } from '../db/import-batches-table';
import type { Db } from '../db/open-database';
import { addReplaceRange } from '../db/replace-ranges-table';
import { customerIdsReplacedBy, moveSliceToReplaced } from '../db/replaced-sale-lines-table';
import {
  countSlice,
  customerIdsOfSlice,
  customersWithLines,
  dayRangeOfLines,
  deleteLineIds,
  deleteSlice,
  identityKeys,
  linesWithIdentity,
  type LineSlice,
} from '../db/sale-lines-table';

/** A rule, or 'preview': skip, and measure what replace would remove (a dry run: 'import/overlap'). */
export type OverlapRun = OverlapMode | 'preview';

export type Overlap = {
  /** After a sheet's lines are written, with ids `firstLineId`…`lastLineId`: applies the rule to them. */
  sheet(firstLineId: number, lastLineId: number): void;
  /** Once the customers are saved: recomputes the attributes of those whose stored lines went, and records the counts on the batch. */
  finish(): void;
  /** The batch's own lines deleted again (skipped, or replaced by a later sheet): not imported. */
  removedOwn(): number;
  skipped(): number;
  /** Stored lines removed (`replace`), earlier sheets' included. */
  replaced(): number;
  /** What the dry run found (`preview` only); the caller names the file. */
  preview(): Omit<OverlapPreview, 'fileName'>;
};

type DayRange = { first: Day; last: Day };

const meets = (a: DayRange, b: DayRange) => a.first <= b.last && b.first <= a.last;

/** The days of `range` that none of `earlier` covers. */
function uncovered(range: DayRange, earlier: readonly DayRange[]): DayRange[] {
  let parts = [range];
  for (const e of earlier) {
    parts = parts.flatMap((p) => {
      if (!meets(p, e)) return [p];
      const left = e.first > p.first ? [{ first: p.first, last: e.first - 1 }] : [];
      const right = e.last < p.last ? [{ first: e.last + 1, last: p.last }] : [];
      return [...left, ...right];
    });
  }
  return parts;
}

export function createOverlap(db: Db, batchId: number, run: OverlapRun): Overlap {
  const mode: OverlapMode = run === 'preview' ? 'skip' : run;
  /** This batch's earlier sheets: where their lines start, and each one's days (null: not looked at). */
  let ownFirstLineId: number | null = null;
  const ownSheets: (DayRange | null)[] = [];
  const knownSheets = () => ownSheets.filter((d): d is DayRange => d !== null);
  let lines = 0;
  let skipped = 0;
  let replaced = 0;
  let removedOwn = 0;
  /** Customers whose lines the rule removed (other than skipped copies): their attributes are recomputed. */
  const touched = new Set<number>();
  /** Preview only: the skipped lines per day, the days the sheets have lines on where they met stored ones, and what replace would take from each batch. */
  const skippedDays = new Map<Day, number>();
  const fileDays = new Set<Day>();
  const plan = new Map<number, { batch: StoredBatch; lines: number; first: Day; last: Day }>();

  /** The part of a stored batch that can meet the sheet's days. */
  const sliceOf = (b: { id: number; firstLineId: number; lastLineId: number; firstDay: Day | null; lastDay: Day | null }, days: DayRange): LineSlice => ({
    fromId: b.firstLineId,
    toId: b.lastLineId,
    batchId: b.id,
    firstDay: Math.max(days.first, b.firstDay ?? days.first),
    lastDay: Math.min(days.last, b.lastDay ?? days.last),
  });

  /** Skip: deletes the sheet's copies of each identity up to the number stored in `slices`. */
  const skip = (firstLineId: number, lastLineId: number, slices: LineSlice[]) => {
    const stored = new Map<string, number>();
    for (const slice of slices) for (const key of identityKeys(db, slice)) stored.set(key, (stored.get(key) ?? 0) + 1);
    if (stored.size === 0) return;
    const within = {
      fromId: firstLineId,
      toId: lastLineId,
      batchId,
      firstDay: Math.min(...slices.map((s) => s.firstDay)),
      lastDay: Math.max(...slices.map((s) => s.lastDay)),
    };
    const gone: number[] = [];
    const { ids, keys, days } = linesWithIdentity(db, within, run === 'preview');
    if (days) for (const day of days) fileDays.add(day);
    for (let i = 0; i < ids.length; i++) {
      const key = keys[i]!;
      const n = stored.get(key);
      if (n === undefined) continue;
      gone.push(ids[i]!);
      if (n === 1) stored.delete(key);
      else stored.set(key, n - 1);
      if (days) skippedDays.set(days[i]!, (skippedDays.get(days[i]!) ?? 0) + 1);
    }
    deleteLineIds(db, gone);
    skipped += gone.length;
    removedOwn += gone.length;
  };

  /** Replace: the stored lines of the sheet's days go, earlier batches' kept for an undo. */
  const replace = (slices: LineSlice[], own: LineSlice | null, days: DayRange) => {
    for (const slice of slices) replaced += moveSliceToReplaced(db, slice, batchId);
    if (own) {
      for (const id of customerIdsOfSlice(db, own)) touched.add(id);
      const n = deleteSlice(db, own);
      replaced += n;
      removedOwn += n;
    }
    addReplaceRange(db, batchId, days.first, days.last);
  };

  /** Preview: what replace would take from each earlier batch, days already counted for an earlier sheet left out. */
  const measureReplace = (stored: StoredBatch[], days: DayRange) => {
    for (const part of uncovered(days, knownSheets())) {
      for (const batch of stored) {
        const count = countSlice(db, sliceOf(batch, part));
        if (count.lines === 0 || count.first === null || count.last === null) continue;
        const seen = plan.get(batch.id);
        if (seen) {
          seen.lines += count.lines;
          seen.first = Math.min(seen.first, count.first);
          seen.last = Math.max(seen.last, count.last);
        } else plan.set(batch.id, { batch, lines: count.lines, first: count.first, last: count.last });
      }
    }
  };

  return {
    sheet(firstLineId, lastLineId) {
      if (lastLineId < firstLineId) return;
      lines += lastLineId - firstLineId + 1;
      // The first sheet of an import into an empty workspace meets nothing (skip and keep need no days).
      if (ownFirstLineId === null && run !== 'preview' && mode !== 'replace' && !hasOtherStoredBatch(db, batchId)) {
        ownFirstLineId = firstLineId;
        ownSheets.push(null);
        return;
      }
      const days = dayRangeOfLines(db, firstLineId, lastLineId);
      if (!days) return;
      if (mode !== 'keep') {
        for (const b of batchesWithoutDays(db, batchId)) {
          const found = dayRangeOfLines(db, b.firstLineId, b.lastLineId);
          if (found) setBatchDays(db, b.id, found.first, found.last);
        }
        const stored = batchesMeetingDays(db, batchId, days.first, days.last);
        const slices = stored.map((b) => sliceOf(b, days));
        // Earlier sheets whose days were not looked at may hold any day.
        const known = knownSheets();
        const ownDays =
          ownSheets.length === 0 ? null : known.length < ownSheets.length ? days : { first: Math.min(...known.map((s) => s.first)), last: Math.max(...known.map((s) => s.last)) };
        const own =
          ownFirstLineId !== null && ownDays && meets(ownDays, days)
            ? sliceOf({ id: batchId, firstLineId: ownFirstLineId, lastLineId: firstLineId - 1, firstDay: ownDays.first, lastDay: ownDays.last }, days)
            : null;
        if (run === 'preview') measureReplace(stored, days);
        if (mode === 'replace') replace(slices, own, days);
        else if (slices.length > 0 || own) skip(firstLineId, lastLineId, own ? [...slices, own] : slices);
      }
      ownFirstLineId ??= firstLineId;
      ownSheets.push(days);
    },
    finish() {
      if (mode === 'replace') for (const id of customerIdsReplacedBy(db, batchId)) touched.add(id);
      // From the lines left. A customer with none left keeps what it had: its lines wait in
      // replaced_sale_lines, and an undo recomputes it. (Skipped copies are the same sales: their
      // names count as seen, as the writer took them.)
      if (touched.size > 0) recomputeCustomerAttributes(db, customersWithLines(db, [...touched]));
      // Unknown when a sheet was not looked at: the next import that needs them finds them.
      const known = knownSheets();
      const complete = known.length > 0 && known.length === ownSheets.length;
      const first = complete ? Math.min(...known.map((s) => s.first)) : null;
      const last = complete ? Math.max(...known.map((s) => s.last)) : null;
      recordOverlap(db, batchId, { overlap: mode, skipped, replaced, firstDay: first, lastDay: last });
    },
    removedOwn: () => removedOwn,
    skipped: () => skipped,
    replaced: () => replaced,
    preview() {
      const batches: ReplacedBatch[] = [...plan.values()].map((p) => ({
        id: p.batch.id,
        fileName: p.batch.fileName,
        sheet: p.batch.sheet,
        lines: p.lines,
        from: isoOfDay(p.first),
        to: isoOfDay(p.last),
      }));
      const all = [...plan.values()];
      const sheets = knownSheets();
      return {
        lines,
        from: sheets.length === 0 ? null : isoOfDay(Math.min(...sheets.map((d) => d.first))),
        to: sheets.length === 0 ? null : isoOfDay(Math.max(...sheets.map((d) => d.last))),
        alreadyStored: skipped,
        storedDates: dayRanges(skippedDays, fileDays),
        replace: {
          lines: all.reduce((n, p) => n + p.lines, 0),
          from: all.length === 0 ? null : isoOfDay(Math.min(...all.map((p) => p.first))),
          to: all.length === 0 ? null : isoOfDay(Math.max(...all.map((p) => p.last))),
          batches,
        },
      };
    },
  };
}
