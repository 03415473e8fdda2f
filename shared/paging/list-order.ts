// Sorting, searching and slicing a long list held as columns (one array per field), the way the
// backend pages a run's customers or the portfolio. Decisions (docs/decisions.md):
// - Text sorts by its folded form (no case, no accents, punctuation as a space) with runs of
//   digits compared as numbers ("Loja 9" before "Loja 10"): the order Intl.Collator gives with
//   `sensitivity: 'base', numeric: true` for names and codes, at a fraction of its cost, so that
//   200,000 names sort in a tenth of a second.
// - Empty values (null, '') go last in both directions; equal values keep the list's own order.
// - The quick search matches when every word typed appears in the row's text, folded the same way.
import { foldText } from '../import/fold-text';

/** A cell's value for sorting: a number, a text, or nothing. */
export type SortValue = number | string | null;

const DIGITS = /\d+/g;

/** The key a text sorts by (see above). */
export function sortKey(text: string): string {
  return sortKeyOfFolded(foldText(text));
}

/** The same from a text already folded (foldText). */
export function sortKeyOfFolded(folded: string): string {
  // 12 digits: codes and names never carry longer numbers that matter for order.
  return folded.replace(DIGITS, (d) => (d.length >= 12 ? d : d.padStart(12, '0')));
}

/** The words of a quick search, folded; empty when nothing is typed. */
export function searchWords(search: string): string[] {
  const folded = foldText(search);
  return folded === '' ? [] : folded.split(' ');
}

/** Whether a row's folded text holds every word. */
export function matchesWords(folded: string, words: readonly string[]): boolean {
  for (const w of words) if (!folded.includes(w)) return false;
  return true;
}

/** A row's text for the quick search: its searched fields folded, joined by a separator no word holds. */
export function searchText(fields: readonly (string | null)[]): string {
  return searchTextOfFolded(fields.map(foldField));
}

/** A field as the quick search and the sort read it: folded, '' when empty. */
export const foldField = (field: string | null): string => (field ? foldText(field) : '');

/** The same from fields already folded (foldField). */
export const searchTextOfFolded = (folded: readonly string[]): string => folded.join('|');

/** An empty value (null, '', NaN): last in either direction. */
const isEmpty = (v: SortValue): boolean => v === null || v === '' || (typeof v === 'number' && Number.isNaN(v));

/**
 * Positions 0…n−1 ordered by `values` (texts by their sortKey, which the caller has applied),
 * empty values last, ties in position order.
 */
export function sortedPositions(values: ArrayLike<SortValue>, desc: boolean): Int32Array {
  const n = values.length;
  const filled: number[] = [];
  const empty: number[] = [];
  let numbers = true;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (isEmpty(v!)) empty.push(i);
    else {
      filled.push(i);
      if (typeof v !== 'number') numbers = false;
    }
  }
  const out = new Int32Array(n);
  if (numbers) out.set(numbersInOrder(values as ArrayLike<number>, filled, desc), 0);
  else {
    const sign = desc ? -1 : 1;
    filled.sort((a, b) => {
      const x = values[a]!;
      const y = values[b]!;
      return x < y ? -sign : x > y ? sign : a - b;
    });
    out.set(filled, 0);
  }
  out.set(empty, filled.length);
  return out;
}

/**
 * `positions` ordered by their numbers, ties in the order given: a radix sort of each number's
 * bits made to compare as unsigned integers, 2-4 times faster than a comparison sort of 144,167
 * customers (a first sort by a figure of the grid: 30-90 ms → 11-37 ms).
 */
function numbersInOrder(values: ArrayLike<number>, positions: readonly number[], desc: boolean): Int32Array {
  const m = positions.length;
  const float = new Float64Array(m);
  // + 0: -0 and 0 are equal (a tie), as in the comparison sort.
  for (let k = 0; k < m; k++) float[k] = (desc ? -values[positions[k]!]! : values[positions[k]!]!) + 0;
  const words = new Uint32Array(float.buffer);
  const [low, high] = LITTLE_ENDIAN ? [0, 1] : [1, 0];
  const lo = new Uint32Array(m);
  const hi = new Uint32Array(m);
  for (let k = 0; k < m; k++) {
    const h = words[2 * k + high]!;
    const l = words[2 * k + low]!;
    // Negative numbers: every bit flipped (larger magnitude first); others: the sign bit set.
    const negative = (h & 0x80000000) !== 0;
    hi[k] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    lo[k] = negative ? ~l >>> 0 : l;
  }
  // Four stable passes of 16 bits, least significant first.
  let order = Int32Array.from({ length: m }, (_, k) => k);
  let next = new Int32Array(m);
  const counts = new Int32Array(65536);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass < 2 ? lo : hi;
    const shift = pass % 2 === 0 ? 0 : 16;
    counts.fill(0);
    for (let k = 0; k < m; k++) counts[(word[order[k]!]! >>> shift) & 0xffff]! += 1;
    let start = 0;
    for (let b = 0; b < 65536; b++) {
      const c = counts[b]!;
      counts[b] = start;
      start += c;
    }
    for (let k = 0; k < m; k++) {
      const j = order[k]!;
      next[counts[(word[j]! >>> shift) & 0xffff]!++] = j;
    }
    [order, next] = [next, order];
  }
  for (let k = 0; k < m; k++) next[k] = positions[order[k]!]!;
  return next;
}

/**
 * A column's order downwards from its order upwards (sortedPositions(values, false)), in one pass:
 * the same runs of equal values, last to first, each run kept in position order (ties keep the
 * list's order either way), the empty values still last. For figures kept with their order up,
 * so that the first sort down by one sorts nothing.
 */
export function descendingFrom(ascending: Int32Array, values: ArrayLike<SortValue>): Int32Array {
  const n = ascending.length;
  let filled = n;
  while (filled > 0 && isEmpty(values[ascending[filled - 1]!]!)) filled--;
  const out = new Int32Array(n);
  let k = 0;
  for (let end = filled; end > 0; ) {
    let start = end - 1;
    const v = values[ascending[start]!]!;
    // `===` holds -0 and 0 equal: a tie, as in the sort.
    while (start > 0 && values[ascending[start - 1]!] === v) start--;
    for (let j = start; j < end; j++) out[k++] = ascending[j]!;
    end = start;
  }
  out.set(ascending.subarray(filled), filled);
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

let identity = new Int32Array(0);
/** Positions 0…n−1 in their own order (shared: never written to). */
export function identityOrder(n: number): Int32Array {
  if (identity.length !== n) identity = Int32Array.from({ length: n }, (_, i) => i);
  return identity;
}

/** The positions of `order` that `keep`, from `offset`, at most `limit`; and how many are kept in all. */
export function pageOf(order: ArrayLike<number>, keep: ((i: number) => boolean) | null, offset: number, limit: number): { positions: number[]; total: number } {
  const positions: number[] = [];
  if (keep === null) {
    for (let j = offset; j < order.length && positions.length < limit; j++) positions.push(order[j]!);
    return { positions, total: order.length };
  }
  let total = 0;
  for (let j = 0; j < order.length; j++) {
    const i = order[j]!;
    if (!keep(i)) continue;
    if (total >= offset && positions.length < limit) positions.push(i);
    total += 1;
  }
  return { positions, total };
}
