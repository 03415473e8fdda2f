// Per-column formats: the decimal separator of each money/quantity column and the day/month order
// of the date column, decided from the column's values, the locale breaking ties (SPEC "Import").
//
// How the decision is made on a streamed file:
// - Each text value is classified by what it proves (decimalEvidence, dateEvidence): `1.234,56` or
//   `12,5` prove a decimal comma, `1,234.56` a decimal point, `1.234` nothing; `25/12/2024` proves
//   day-first, `12/25/2024` month-first, `05/06/2024` nothing. Real numbers and dates from a
//   workbook prove nothing and need nothing.
// - A column goes with the majority of its proofs; with no proof at all, with the locale (pt-BR,
//   ca, es: decimal comma, day-first; en-US: decimal point, month-first; en-GB: point, day-first).
// - CSV import: the evidence of every row of the file; the rows are parsed with the decision of the
//   first EVIDENCE_ROWS and parsed again in the rare file whose whole decides otherwise
//   (electron/import/parse-lines.ts).
// - XLSX import and every preview: the evidence comes from the first EVIDENCE_ROWS data rows, which
//   are held in memory; the rest is streamed. A later value that contradicts the decision (`12.5`
//   in a decimal-comma column, `13/25/2024` in a day-first one) is rejected with a reason saying so.
import type { Cell } from './detect-header';
import { type ColumnMapping, type FieldKey, type ImportLocale } from './fields';
import { COMMA_DECIMAL, decimalEvidence, DOT_DECIMAL, type DecimalEvidence, type DecimalSeparator } from './parse-number';
import { DAY_FIRST, dateEvidence, MONTH_FIRST, YEAR_FIRST, type DateEvidence } from './parse-date';

/** How many data rows a workbook or a preview reads before deciding. */
export const EVIDENCE_ROWS = 5000;

export const NUMBER_FIELDS = ['amount', 'quantity', 'unitPrice', 'cost', 'margin'] as const satisfies readonly FieldKey[];

export type ColumnFormat = {
  decimal?: DecimalSeparator;
  /** 'ymd' when the column's text dates are all year-first (ISO); day/month order otherwise. */
  dateOrder?: 'dmy' | 'mdy' | 'ymd';
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
export type EvidenceCounts = { comma: number[]; dot: number[]; dayFirst: number; monthFirst: number; yearFirst: number };

export type EvidenceCollector = {
  /** Adds the evidence of one data row. */
  add(row: readonly Cell[]): void;
  /** Adds what the k-th number column's value of a row proved (k in NUMBER_FIELDS order of the mapped ones). */
  countNumber(k: number, evidence: DecimalEvidence): void;
  /** Adds what a row's date text proved. */
  countDate(evidence: DateEvidence): void;
  counts(): EvidenceCounts;
  /** Forgets what was added. */
  reset(): void;
  decide(locale: ImportLocale): ColumnFormats;
};

export function createEvidenceCollector(mapping: ColumnMapping): EvidenceCollector {
  const numberColumns = NUMBER_FIELDS.filter((f) => mapping[f] !== undefined).map((f) => mapping[f]!);
  const comma = numberColumns.map(() => 0);
  const dot = numberColumns.map(() => 0);
  const dateColumn = mapping.date;
  let dayFirst = 0;
  let monthFirst = 0;
  let yearFirst = 0;
  let lastDate: string | null = null;
  let lastDateEvidence = dateEvidence('');
  const counts = (): EvidenceCounts => ({ comma: [...comma], dot: [...dot], dayFirst, monthFirst, yearFirst });

  const countNumber = (k: number, e: DecimalEvidence) => {
    if (e === COMMA_DECIMAL) comma[k]!++;
    else if (e === DOT_DECIMAL) dot[k]!++;
  };
  const countDate = (e: DateEvidence) => {
    if (e === DAY_FIRST) dayFirst++;
    else if (e === MONTH_FIRST) monthFirst++;
    else if (e === YEAR_FIRST) yearFirst++;
  };

  return {
    add(row) {
      for (let k = 0; k < numberColumns.length; k++) {
        const cell = row[numberColumns[k]!];
        if (typeof cell === 'string') countNumber(k, decimalEvidence(cell));
      }
      if (dateColumn !== undefined) {
        const cell = row[dateColumn];
        if (typeof cell === 'string') {
          // Consecutive rows (the lines of one order) repeat the date: the same proof again.
          if (cell !== lastDate) {
            lastDate = cell;
            lastDateEvidence = dateEvidence(cell);
          }
          countDate(lastDateEvidence);
        }
      }
    },
    countNumber,
    countDate,
    counts,
    reset() {
      comma.fill(0);
      dot.fill(0);
      dayFirst = monthFirst = yearFirst = 0;
    },
    decide: (locale) => decideFormats(mapping, counts(), locale),
  };
}

/** The evidence of two parts of one file, as if gathered in one pass. */
export function addEvidence(a: EvidenceCounts, b: EvidenceCounts): EvidenceCounts {
  return {
    comma: a.comma.map((n, k) => n + b.comma[k]!),
    dot: a.dot.map((n, k) => n + b.dot[k]!),
    dayFirst: a.dayFirst + b.dayFirst,
    monthFirst: a.monthFirst + b.monthFirst,
    yearFirst: a.yearFirst + b.yearFirst,
  };
}

export function decideFormats(mapping: ColumnMapping, counts: EvidenceCounts, locale: ImportLocale): ColumnFormats {
  const { comma, dot, dayFirst, monthFirst, yearFirst } = counts;
  const formats: ColumnFormats = {};
  NUMBER_FIELDS.filter((f) => mapping[f] !== undefined).forEach((field, k) => {
    const c = comma[k]!;
    const d = dot[k]!;
    formats[field] = c === d ? { decimal: localeDecimal(locale), decidedBy: 'locale' } : { decimal: c > d ? ',' : '.', decidedBy: 'values' };
  });
  if (mapping.date !== undefined) {
    if (dayFirst === monthFirst) {
      const onlyIso = yearFirst > 0 && dayFirst === 0;
      formats.date = onlyIso ? { dateOrder: 'ymd', decidedBy: 'values' } : { dateOrder: localeMonthFirst(locale) ? 'mdy' : 'dmy', decidedBy: 'locale' };
    } else {
      formats.date = { dateOrder: monthFirst > dayFirst ? 'mdy' : 'dmy', decidedBy: 'values' };
    }
  }
  return formats;
}
