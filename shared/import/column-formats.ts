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
// - CSV import: a first pass over the whole file collects the evidence before anything is parsed
//   (stopping early once every column has SETTLED_PROOFS proofs), so the decision sees every row.
// - XLSX import and every preview: the evidence comes from the first EVIDENCE_ROWS data rows, which
//   are held in memory; the rest is streamed. A later value that contradicts the decision (`12.5`
//   in a decimal-comma column, `13/25/2024` in a day-first one) is rejected with a reason saying so.
import type { Cell } from './detect-header';
import { type ColumnMapping, type FieldKey, type ImportLocale } from './fields';
import { COMMA_DECIMAL, decimalEvidence, DOT_DECIMAL, type DecimalSeparator } from './parse-number';
import { DAY_FIRST, dateEvidence, MONTH_FIRST, YEAR_FIRST } from './parse-date';

/** How many data rows a workbook or a preview reads before deciding. */
export const EVIDENCE_ROWS = 5000;
/** A column with this many proofs is settled: the CSV first pass may stop when all are. */
export const SETTLED_PROOFS = 50;

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

export type EvidenceCollector = {
  /** Adds the evidence of one data row. */
  add(row: readonly Cell[]): void;
  /** True when every column has enough proofs for more rows to change nothing in practice. */
  settled(): boolean;
  /** Whether the values of this column (0-based) still count: it is tracked and not settled. */
  wants(column: number): boolean;
  decide(locale: ImportLocale): ColumnFormats;
};

export function createEvidenceCollector(mapping: ColumnMapping): EvidenceCollector {
  const numberFields = NUMBER_FIELDS.filter((f) => mapping[f] !== undefined);
  const numberColumns = numberFields.map((f) => mapping[f]!);
  const comma = numberFields.map(() => 0);
  const dot = numberFields.map(() => 0);
  const dateColumn = mapping.date;
  let dayFirst = 0;
  let monthFirst = 0;
  let yearFirst = 0;

  return {
    add(row) {
      for (let k = 0; k < numberColumns.length; k++) {
        const cell = row[numberColumns[k]!];
        if (typeof cell !== 'string') continue;
        const e = decimalEvidence(cell);
        if (e === COMMA_DECIMAL) comma[k]!++;
        else if (e === DOT_DECIMAL) dot[k]!++;
      }
      if (dateColumn !== undefined) {
        const cell = row[dateColumn];
        if (typeof cell === 'string') {
          const e = dateEvidence(cell);
          if (e === DAY_FIRST) dayFirst++;
          else if (e === MONTH_FIRST) monthFirst++;
          else if (e === YEAR_FIRST) yearFirst++;
        }
      }
    },
    wants(column) {
      if (column === dateColumn) return dayFirst + monthFirst + yearFirst < SETTLED_PROOFS;
      const k = numberColumns.indexOf(column);
      return k !== -1 && comma[k]! + dot[k]! < SETTLED_PROOFS;
    },
    settled() {
      for (let k = 0; k < numberColumns.length; k++) if (comma[k]! + dot[k]! < SETTLED_PROOFS) return false;
      return dateColumn === undefined || dayFirst + monthFirst + yearFirst >= SETTLED_PROOFS;
    },
    decide(locale) {
      const formats: ColumnFormats = {};
      numberFields.forEach((field, k) => {
        const c = comma[k]!;
        const d = dot[k]!;
        formats[field] =
          c === d ? { decimal: localeDecimal(locale), decidedBy: 'locale' } : { decimal: c > d ? ',' : '.', decidedBy: 'values' };
      });
      if (dateColumn !== undefined) {
        if (dayFirst === monthFirst) {
          const onlyIso = yearFirst > 0 && dayFirst === 0;
          formats.date = onlyIso
            ? { dateOrder: 'ymd', decidedBy: 'values' }
            : { dateOrder: localeMonthFirst(locale) ? 'mdy' : 'dmy', decidedBy: 'locale' };
        } else {
          formats.date = { dateOrder: monthFirst > dayFirst ? 'mdy' : 'dmy', decidedBy: 'values' };
        }
      }
      return formats;
    },
  };
}
