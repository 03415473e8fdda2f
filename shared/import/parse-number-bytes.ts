// parseNumberText (parse-number.ts) over the bytes of a CSV field, for the
// import's fast path (electron/import/parse-row-bytes.ts): the same rules, without making a
// string of every number of a million-line file. Only the plain shapes are read here, ASCII
// digits with separators and an optional leading minus; anything else (a currency, brackets, a
// non-breaking space) returns OTHER_SHAPE and the caller reads the field as text. A test checks
// it against the text function on every shape they know.
import { numberCore } from './parse-number';

/** Not a plain ASCII number: read the field as text instead. */
export const OTHER_SHAPE = -1;

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
  const value = numberCore(bytes, first, last, decimalCode);
  return negative ? -value : value;
}
