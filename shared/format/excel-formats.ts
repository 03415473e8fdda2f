// Excel number-format codes for a locale and a currency. Codes are written in Excel's invariant
// syntax (`.` decimal, `,` grouping): Excel shows them with the reader's own separators, so
// only the currency symbol, its place and the order of day and month depend on the locale.
import type { LocaleFormat } from './locale';

export type ExcelFormats = {
  money: string;
  percent: string;
  date: string;
  dateTime: string;
  integer: string;
  /** Quantities kept in thousandths. */
  quantity: string;
  /** Coefficients of variation and other small ratios. */
  ratio: string;
  /** Average counts (orders per period) and days that may carry a half. */
  decimal: string;
};

const SYMBOLS: Record<string, string> = { BRL: 'R$', EUR: '€', USD: '$', GBP: '£' };

/** The currency symbol as Excel literal text; an unknown currency shows its ISO code. */
function symbolOf(currency: string): string {
  return `"${SYMBOLS[currency] ?? currency}"`;
}

export function excelFormats(loc: LocaleFormat): ExcelFormats {
  const symbol = symbolOf(loc.currency);
  // Where the decimal comma is used (pt-BR aside) the symbol follows the amount: 1.234,56 €.
  const money =
    loc.lang === 'es' || loc.lang === 'ca'
      ? `#,##0.00 ${symbol};-#,##0.00 ${symbol}`
      : loc.lang === 'pt'
        ? `${symbol} #,##0.00;-${symbol} #,##0.00`
        : `${symbol}#,##0.00;-${symbol}#,##0.00`;
  const date = loc.dateOrder === 'mdy' ? 'mm/dd/yyyy' : 'dd/mm/yyyy';
  return {
    money,
    percent: '0.00%',
    date,
    dateTime: `${date} hh:mm`,
    integer: '#,##0',
    quantity: '#,##0.000',
    ratio: '0.000',
    decimal: '#,##0.0',
  };
}
