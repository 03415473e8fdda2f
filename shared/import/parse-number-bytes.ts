// parseNumberText and decimalEvidence (parse-number.ts) over the bytes of a CSV field, for the
// import's fast path (electron/import/parse-row-bytes.ts): the same rules, without making a
// string of every number of a million-line file. Only the plain shapes are read here, ASCII
// digits with separators and an optional leading minus; anything else (a currency, brackets, a
// non-breaking space) returns OTHER_SHAPE and the caller reads the field as text. A test checks
// both against the text functions on every shape they know.
import { COMMA_DECIMAL, DOT_DECIMAL, NO_EVIDENCE, type DecimalEvidence } from './parse-number';

/** Not a plain ASCII number: read the field as text instead. */
export const OTHER_SHAPE = -1;

const COMMA = 44;
const DOT = 46;
const MINUS = 45;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || c === 9;

/**
 * The value of bytes[from, to) as parseNumberText reads its text with `decimalCode` (44 or 46) as
 * the decimal separator: null when blank, NaN when not a number, OTHER_SHAPE when not plain.
 * Where it returns OTHER_SHAPE nothing else is certain: the text function decides.
 */
export function parseNumberBytes(bytes: Uint8Array, from: number, to: number, decimalCode: number): number | null {
  let start = from;
  let end = to - 1;
  while (start < to && isSpace(bytes[start]!)) start++;
  if (start === to) return null;
  while (isSpace(bytes[end]!)) end--;
  for (let i = start; i <= end; i++) if (bytes[i]! >= 0x80) return OTHER_SHAPE; // maybe a non-breaking space, €, −
  const thousandsCode = decimalCode === COMMA ? DOT : COMMA;
  let first = start;
  while (first <= end && !isDigit(bytes[first]!)) first++;
  if (first > end) return Number.NaN;
  if (first > start && bytes[first - 1] === decimalCode) first--;
  let last = end;
  while (!isDigit(bytes[last]!)) last--;
  let negative = false;
  if (first > start || last < end) {
    // Only "-" before the number is read here; other prefixes and suffixes go by the text rules.
    if (last < end || first !== start + 1 || bytes[start] !== MINUS) return OTHER_SHAPE;
    negative = true;
  }
  let mantissa = 0;
  let scale = 0;
  let inFraction = false;
  let group = 0;
  let grouped = false;
  for (let i = first; i <= last; i++) {
    const c = bytes[i]!;
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
  const value = scale === 0 ? mantissa : mantissa / 10 ** scale;
  return negative ? -value : value;
}

/** decimalEvidence of bytes[from, to), an ASCII field (the caller checks: other bytes go as text). */
export function decimalEvidenceBytes(bytes: Uint8Array, from: number, to: number): DecimalEvidence {
  let commas = 0;
  let dots = 0;
  let last = -1;
  for (let i = from; i < to; i++) {
    const c = bytes[i]!;
    if (c === COMMA) {
      commas++;
      last = i;
    } else if (c === DOT) {
      dots++;
      last = i;
    }
  }
  if (commas === 0 && dots === 0) return NO_EVIDENCE;
  const lastIsComma = bytes[last] === COMMA;
  if (commas > 0 && dots > 0) return lastIsComma ? COMMA_DECIMAL : DOT_DECIMAL;
  if (commas > 1) return DOT_DECIMAL;
  if (dots > 1) return COMMA_DECIMAL;
  let after = 0;
  for (let i = last + 1; i < to && isDigit(bytes[i]!); i++) after++;
  let before = 0;
  for (let i = last - 1; i >= from && isDigit(bytes[i]!); i--) before++;
  if (after === 0) return NO_EVIDENCE;
  const decimal = lastIsComma ? COMMA_DECIMAL : DOT_DECIMAL;
  if (after !== 3 || before === 0 || before > 3 || (before === 1 && bytes[last - 1] === 48)) return decimal;
  return NO_EVIDENCE;
}
