// Numbers written as text: `1234.56`, `1.234,56`, `1,234.56`, `R$ 1.234,56`, `€ 1.234,56`,
// `-1.234,56`, `(1.234,56)` and `(R$ 318,50)` (negative), `1 234,56`. The decimal separator is not
// guessed per value but decided per column (column-formats.ts); each value then has to agree with
// it, including the thousands grouping, so that `12.5` in a decimal-comma column is refused rather
// than read as 125.

export type DecimalSeparator = ',' | '.';

/** What a value proves about its decimal separator. */
export const NO_EVIDENCE = 0;
export const COMMA_DECIMAL = 1;
export const DOT_DECIMAL = 2;
export type DecimalEvidence = typeof NO_EVIDENCE | typeof COMMA_DECIMAL | typeof DOT_DECIMAL;

const COMMA = 44;
const DOT = 46;
const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * `1.234,56` and `12,5` prove a decimal comma; `1,234.56`, `0.125` and `1.234.567,8`… prove their
 * own; `1.234` and `1,234` prove nothing (a thousands group or three decimals), nor does `1234`.
 * Runs on every number cell of a file: it reads the text's characters in place.
 */
export function decimalEvidence(text: string): DecimalEvidence {
  const to = text.length;
  let commas = 0;
  let dots = 0;
  let last = -1;
  for (let i = 0; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA) {
      commas++;
      last = i;
    } else if (c === DOT) {
      dots++;
      last = i;
    }
  }
  if (commas === 0 && dots === 0) return NO_EVIDENCE;
  const lastIsComma = text.charCodeAt(last) === COMMA;
  if (commas > 0 && dots > 0) return lastIsComma ? COMMA_DECIMAL : DOT_DECIMAL;
  if (commas > 1) return DOT_DECIMAL; // 1,234,567: commas group thousands
  if (dots > 1) return COMMA_DECIMAL;
  let after = 0;
  for (let i = last + 1; i < to && isDigit(text.charCodeAt(i)); i++) after++;
  let before = 0;
  for (let i = last - 1; i >= 0 && isDigit(text.charCodeAt(i)); i--) before++;
  if (after === 0) return NO_EVIDENCE; // "12." or "R$ 1,-": not a number we judge on
  const decimal = lastIsComma ? COMMA_DECIMAL : DOT_DECIMAL;
  // A thousands group is exactly three digits after at most three leading digits, not starting with 0.
  if (after !== 3 || before === 0 || before > 3 || (before === 1 && text.charCodeAt(last - 1) === 48)) return decimal;
  return NO_EVIDENCE;
}

const PREFIX_SUFFIX = /^[\s(+\-\u2212]*(?:r\$|us\$|\$|€|£|eur|brl|usd|gbp)?[\s(+\-\u2212]*$/i;
const SUFFIX = /^[\s)\-\u2212]*(?:r\$|\$|€|£|eur|brl|usd|gbp)?[\s)\-\u2212]*$/i;

const isSpace = (c: number) => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 9;

/**
 * Reads a number written with `decimal` as its decimal separator. Returns null for a blank
 * text and NaN for text that is not such a number.
 */
export function parseNumberText(text: string, decimal: DecimalSeparator): number | null {
  const n = text.length;
  let start = 0;
  let end = n - 1;
  while (start < n && isSpace(text.charCodeAt(start))) start++;
  if (start === n) return null;
  while (isSpace(text.charCodeAt(end))) end--;
  // The number's core runs from the first digit (or a separator before it) to the last digit.
  const decimalCode = decimal === ',' ? COMMA : DOT;
  let first = start;
  while (first <= end && !isDigit(text.charCodeAt(first))) first++;
  if (first > end) return Number.NaN;
  if (first > start && text.charCodeAt(first - 1) === decimalCode) first--; // ",5"
  let last = end;
  while (!isDigit(text.charCodeAt(last))) last--;
  let negative = false;
  if (first > start || last < end) {
    const prefix = text.slice(start, first);
    const suffix = text.slice(last + 1, end + 1);
    if (!PREFIX_SUFFIX.test(prefix) || !SUFFIX.test(suffix)) return Number.NaN;
    const open = prefix.includes('(');
    if (open !== suffix.includes(')')) return Number.NaN;
    negative = open || /[-\u2212]/.test(prefix) || /[-\u2212]/.test(suffix);
  }
  const value = numberCore(text, first, last, decimalCode);
  return negative ? -value : value;
}

/**
 * The value of a number's core, text[first..last] from its first digit (or a leading decimal
 * separator) to its last: digits, the decimal separator once, thousands separators (or spaces)
 * between groups of three; NaN otherwise.
 */
function numberCore(text: string, first: number, last: number, decimalCode: number): number {
  const thousandsCode = decimalCode === COMMA ? DOT : COMMA;
  let mantissa = 0;
  let scale = 0;
  let inFraction = false;
  let group = 0; // digits since the last thousands separator (or the start)
  let grouped = false;
  for (let i = first; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      mantissa = mantissa * 10 + (c - 48);
      if (inFraction) scale++;
      else group++;
    } else if (c === decimalCode && !inFraction) {
      if (grouped && group !== 3) return Number.NaN;
      inFraction = true;
    } else if ((c === thousandsCode || isSpace(c)) && !inFraction) {
      if (grouped ? group !== 3 : group === 0 || group > 3) return Number.NaN;
      grouped = true;
      group = 0;
    } else {
      return Number.NaN;
    }
  }
  if (grouped && !inFraction && group !== 3) return Number.NaN;
  return scale === 0 ? mantissa : mantissa / 10 ** scale;
}
