// Per-column formats: the decimal separator of each money/quantity column and how the date column
// is written, decided from the column's values, the locale breaking ties (SPEC "Import").
//
// How the decision is made:
// - Each value is classified by what it proves (decimalEvidence, dateEvidence): `1.234,56` or
//   `12,5` prove a decimal comma, `1,234.56` a decimal point, `1.234` nothing; `25/12/2024` proves
//   day-first, `12/25/2024` month-first, `05/06/2024` nothing; `19970101` is a compact date. Real
//   numbers prove nothing about decimals; in the date column a number is a date of its own shape
//   (an Excel serial), unless it reads as `yyyymmdd`.
// - A number column goes with the majority of its proofs; with no proof at all, with the locale
//   (pt-BR, ca, es: decimal comma; en-US, en-GB: decimal point). The date column is `yyyymmdd`
//   when its every date reads so; else day- or month-first by the majority of its proofs, the
//   locale breaking a tie (en-US: month-first; the others day-first); ISO when only ISO dates
//   prove anything.
// - The import decides from the first rows of each sheet (EVIDENCE_ROWS), reads with that
//   decision, and gathers the evidence of every row meanwhile: a sheet whose whole decides
//   otherwise is read again with the whole's decision (electron/import/import-file.ts, the
//   second pass). The preview decides from the rows it reads.
import type { Cell } from './detect-header';
import { type ColumnMapping, type FieldKey, type ImportLocale } from './fields';
import { COMMA_DECIMAL, decimalEvidence, DOT_DECIMAL, type DecimalSeparator } from './parse-number';
import { COMPACT, compactDay, DAY_FIRST, dateEvidence, MONTH_FIRST, NO_ORDER, YEAR_FIRST, type DateEvidence } from './parse-date';

/** How many data rows decide the formats the first reading uses. */
export const EVIDENCE_ROWS = 5000;

export const NUMBER_FIELDS = ['amount', 'quantity', 'unitPrice', 'cost', 'margin'] as const satisfies readonly FieldKey[];

export type ColumnFormat = {
  decimal?: DecimalSeparator;
  /** 'ymd' when the column's text dates are all year-first (ISO, or `yyyymmdd`); day/month order otherwise. */
  dateOrder?: 'dmy' | 'mdy' | 'ymd';
  /** The date column is written `yyyymmdd` throughout (19970101). */
  compact?: boolean;
  /** Whether the column's values proved the format, or the locale chose it for want of proof. */
  decidedBy?: 'values' | 'locale';
};

export type ColumnFormats = Partial<Record<FieldKey, ColumnFormat>>;

export function localeDecimal(locale: ImportLocale): DecimalSeparator {
  return locale === 'en-US' || locale === 'en-GB' ? '.' : ',';
}

export function localeMonthFirst(locale: ImportLocale): boolean {
  return locale === 'en-US';
}

/** What a column's values proved so far: per number column (in NUMBER_FIELDS order of the mapped ones) and the date column. */
export type EvidenceCounts = {
  comma: number[];
  dot: number[];
  dayFirst: number;
  monthFirst: number;
  yearFirst: number;
  /** Dates of another shape that prove no order (05/06/2024, an Excel serial). */
  otherDates: number;
  compact: number;
};

export type EvidenceCollector = {
  /** Adds the evidence of one data row. */
  add(row: readonly Cell[]): void;
  counts(): EvidenceCounts;
  decide(locale: ImportLocale): ColumnFormats;
};

export function createEvidenceCollector(mapping: ColumnMapping): EvidenceCollector {
  const numberColumns = NUMBER_FIELDS.filter((f) => mapping[f] !== undefined).map((f) => mapping[f]!);
  const comma = numberColumns.map(() => 0);
  const dot = numberColumns.map(() => 0);
  const dateColumn = mapping.date;
  const dates = { dayFirst: 0, monthFirst: 0, yearFirst: 0, otherDates: 0, compact: 0 };
  let lastDate: Cell = null;
  let lastDateEvidence: DateEvidence = NO_ORDER;
  const counts = (): EvidenceCounts => ({ comma: [...comma], dot: [...dot], ...dates });

  const countDate = (e: DateEvidence) => {
    if (e === DAY_FIRST) dates.dayFirst++;
    else if (e === MONTH_FIRST) dates.monthFirst++;
    else if (e === YEAR_FIRST) dates.yearFirst++;
    else if (e === COMPACT) dates.compact++;
    else if (e === NO_ORDER) dates.otherDates++;
  };

  return {
    add(row) {
      for (let k = 0; k < numberColumns.length; k++) {
        const cell = row[numberColumns[k]!];
        if (typeof cell !== 'string') continue;
        const e = decimalEvidence(cell);
        if (e === COMMA_DECIMAL) comma[k]!++;
        else if (e === DOT_DECIMAL) dot[k]!++;
      }
      if (dateColumn === undefined) return;
      const cell = row[dateColumn];
      if (cell === null || cell === undefined) return;
      // Consecutive rows (the lines of one order) repeat the date: the same proof again.
      if (cell !== lastDate) {
        lastDate = cell;
        lastDateEvidence = typeof cell === 'number' ? (compactDay(cell) !== null ? COMPACT : NO_ORDER) : dateEvidence(cell);
      }
      countDate(lastDateEvidence);
    },
    counts,
    decide: (locale) => decideFormats(mapping, counts(), locale),
  };
}

export function decideFormats(mapping: ColumnMapping, counts: EvidenceCounts, locale: ImportLocale): ColumnFormats {
  const { comma, dot, dayFirst, monthFirst, yearFirst, otherDates, compact } = counts;
  const formats: ColumnFormats = {};
  NUMBER_FIELDS.filter((f) => mapping[f] !== undefined).forEach((field, k) => {
    const c = comma[k]!;
    const d = dot[k]!;
    formats[field] = c === d ? { decimal: localeDecimal(locale), decidedBy: 'locale' } : { decimal: c > d ? ',' : '.', decidedBy: 'values' };
  });
  if (mapping.date !== undefined) {
    if (compact > 0 && dayFirst + monthFirst + yearFirst + otherDates === 0) {
      formats.date = { dateOrder: 'ymd', compact: true, decidedBy: 'values' };
    } else if (dayFirst === monthFirst) {
      const onlyIso = yearFirst > 0 && dayFirst === 0;
      formats.date = onlyIso ? { dateOrder: 'ymd', decidedBy: 'values' } : { dateOrder: localeMonthFirst(locale) ? 'mdy' : 'dmy', decidedBy: 'locale' };
    } else {
      formats.date = { dateOrder: monthFirst > dayFirst ? 'mdy' : 'dmy', decidedBy: 'values' };
    }
  }
  return formats;
}

/** Whether two decisions read every column the same way (who decided does not matter). */
export function sameFormats(a: ColumnFormats, b: ColumnFormats): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ColumnFormats>;
  return [...keys].every((k) => a[k]?.decimal === b[k]?.decimal && a[k]?.dateOrder === b[k]?.dateOrder && (a[k]?.compact ?? false) === (b[k]?.compact ?? false));
}
