// A worksheet's rows, read from its XML part (xl/worksheets/sheetN.xml) as it is inflated, with
// the XML scanner: `<row r="7">`, `<c r="B7" s="3" t="s"><v>12</v></c>`, inline strings
// `<is><t>…</t></is>`, formula cells by their cached `<v>` result. A cell becomes a number, or a
// text: a shared string, an inline or formula string, TRUE/FALSE, an error such as #N/A, and a
// number whose style shows a date becomes its date, `yyyy-mm-dd` (1904-system serials shifted).
// A cell reference beyond Excel's last column or row refuses the sheet: rows are arrays as wide
// as their last cell, so a forged reference must never size one.
import { apiError } from '../../shared/api/errors';
import { isoOfDay } from '../../shared/domain/calendar';
import type { Cell } from '../../shared/import/detect-header';
import { dayFromExcelSerial } from '../../shared/import/parse-date';
import { LIMITS } from './limits';
import { newChunk, type RowChunk } from './row-chunk';
import { CDATA_TEXT, createXmlScanner, kindOf, nameOf, OPEN, TEXT, xmlText, type XmlEvents } from './xml-scanner';
import type { Workbook } from './read-xlsx';

const ROW = 0;
const C = 1;
const V = 2;
const IS = 3;
const T = 4;
const RPH = 5;
const NAMES = ['row', 'c', 'v', 'is', 't', 'rPh'];

/** A cell's type (its `t`). */
const NUMBER = 0;
const SHARED = 1;
const BOOLEAN = 2;
const STRING = 3; // str (a formula's text), e (an error), d (an ISO date), inlineStr

/** Serials of the 1904 date system count from 1904-01-01: this many days after 1900's. */
const SHIFT_1904 = 1462;
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * The texts of a sheet's cells repeat (a customer's code and name, a seller, a product): a small
 * cache keyed by their bytes gives the same string again, so that the sheet makes one string per
 * value rather than one per cell (a million-line sheet made 7 million), and the lines' numbering
 * compares them by reference. Two levels: the column's last value (the lines of one order), then
 * a table of recent values by a hash of their bytes. Keys are kept in preallocated arenas.
 */
function createTextCache() {
  const MAX = 48;
  const SLOTS = 4096;
  const COLUMNS = 64;
  const arena = new Uint8Array((SLOTS + COLUMNS) * MAX);
  const lengths = new Int32Array(SLOTS + COLUMNS).fill(-1);
  const texts: string[] = new Array(SLOTS + COLUMNS).fill('');
  const same = (slot: number, b: Buffer, from: number, length: number) => {
    if (lengths[slot] !== length) return false;
    const at = slot * MAX;
    for (let k = 0; k < length; k++) if (arena[at + k] !== b[from + k]) return false;
    return true;
  };
  const keep = (slot: number, b: Buffer, from: number, length: number, text: string) => {
    const at = slot * MAX;
    for (let k = 0; k < length; k++) arena[at + k] = b[from + k]!;
    lengths[slot] = length;
    texts[slot] = text;
  };
  return (b: Buffer, from: number, to: number, column: number): string => {
    const length = to - from;
    if (length > MAX) return xmlText(b, from, to);
    const last = column < COLUMNS ? SLOTS + column : -1;
    if (last !== -1 && same(last, b, from, length)) return texts[last]!;
    let h = length;
    for (let k = from; k < to; k++) h = (Math.imul(h, 31) + b[k]!) | 0;
    const slot = h & (SLOTS - 1);
    let text: string;
    if (same(slot, b, from, length)) text = texts[slot]!;
    else {
      text = xmlText(b, from, to);
      keep(slot, b, from, length, text);
    }
    if (last !== -1) keep(last, b, from, length, text);
    return text;
  };
}

/** A number written in a `<v>`; NaN when it is not one. Plain decimals are read from the bytes (exact: fewer than 16 digits). */
function numberOf(b: Buffer, from: number, to: number): number {
  let i = from;
  const negative = b[i] === 45;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let scale = 0;
  let dot = false;
  for (; i < to; i++) {
    const c = b[i]!;
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      if (dot) scale++;
    } else if (c === 46 && !dot) dot = true;
    else break;
  }
  if (i < to || digits === 0 || digits > 15) {
    const text = b.toString('latin1', from, to).trim();
    return text === '' ? Number.NaN : Number(text);
  }
  const value = scale === 0 ? mantissa : mantissa / POW10[scale]!;
  return negative ? -value : value;
}

export async function* readSheetRows(wb: Workbook, part: string, sheet: string, onBytes?: (bytes: number) => void): AsyncGenerator<RowChunk> {
  const { sharedStrings, dateStyles } = wb;
  const shift = wb.date1904 ? SHIFT_1904 : 0;
  const outOfSheet = (ref: string) => apiError('import/cell-out-of-sheet', { file: wb.fileName, sheet, ref: ref.slice(0, 24) });
  let out = newChunk();
  let rowNumber = 0;
  let cells: Cell[] = [];
  let col = -1;
  let type = NUMBER;
  let style = -1;
  let capturing = false;
  let inline = false;
  let phonetic = 0;
  let values = 0; // text runs read for the current cell
  let number = Number.NaN;
  let text = '';
  let lastSerial = Number.NaN;
  let lastIso = '';
  const textOf = createTextCache();

  /** A cell's attributes r (its column), s (style), t (type), read in one pass over the tag. */
  const openCell = (b: Buffer, from: number, to: number) => {
    const before = col;
    col = -1;
    style = -1;
    type = NUMBER;
    let k = from;
    while (k < to) {
      while (k < to && b[k]! <= 0x20) k++;
      const nameStart = k;
      while (k < to && b[k] !== 0x3d && b[k]! > 0x20) k++;
      const nameLength = k - nameStart;
      while (k < to && b[k] !== 0x22 && b[k] !== 0x27) k++;
      if (k >= to) break;
      const quote = b[k]!;
      const from = k + 1;
      let end = from;
      while (end < to && b[end] !== quote) end++;
      k = end + 1;
      if (nameLength !== 1) continue;
      const a = b[nameStart];
      if (a === 0x72 /* r */) {
        let letters = 0;
        let c = 0;
        for (let j = from; j < end; j++) {
          const x = b[j]! | 0x20;
          if (x < 0x61 || x > 0x7a) break;
          c = c * 26 + (x - 0x60);
          if (++letters > 3) break;
        }
        if (letters > 3 || c > LIMITS.columns) throw outOfSheet(xmlText(b, from, end));
        if (letters > 0) col = c - 1;
      } else if (a === 0x73 /* s */) {
        let s = 0;
        for (let j = from; j < end; j++) s = s * 10 + (b[j]! - 48);
        style = end - from > 0 && end - from < 10 ? s : -1;
      } else if (a === 0x74 /* t */) {
        const t = end - from === 1 ? b[from] : -1;
        type = t === 0x73 /* s */ ? SHARED : t === 0x62 /* b */ ? BOOLEAN : t === 0x6e /* n */ ? NUMBER : STRING;
      }
    }
    if (col === -1) {
      col = before + 1; // a cell without a reference follows the one before
      if (col >= LIMITS.columns) throw outOfSheet(`${rowNumber}`);
    }
    values = 0;
    number = Number.NaN;
    text = '';
  };

  /** A row: its number (r="7"; without it, the one after the last), within Excel's rows. */
  const openRow = (b: Buffer, from: number, to: number) => {
    let r = -1;
    let digitsAt = 0;
    let digitsEnd = 0;
    for (let k = from; k + 3 < to; k++) {
      if (b[k]! <= 0x20 && b[k + 1] === 0x72 && b[k + 2] === 0x3d && (b[k + 3] === 0x22 || b[k + 3] === 0x27)) {
        r = 0;
        digitsAt = k + 4;
        for (digitsEnd = digitsAt; digitsEnd < to && b[digitsEnd]! >= 48 && b[digitsEnd]! <= 57; digitsEnd++) if (r <= LIMITS.sheetRows) r = r * 10 + (b[digitsEnd]! - 48);
        break;
      }
    }
    rowNumber = r > 0 ? r : rowNumber + 1;
    if (rowNumber > LIMITS.sheetRows) throw outOfSheet(`A${r > 0 ? b.toString('latin1', digitsAt, digitsEnd) : rowNumber}`);
    cells = [];
    col = -1;
  };

  const closeCell = () => {
    if (values === 0) return; // no value: an empty cell, or a formula without a cached result
    let value: Cell = null;
    if (type === NUMBER) {
      if (Number.isNaN(number)) return;
      value = number;
      if (style >= 0 && dateStyles[style] === 1) {
        if (number !== lastSerial) {
          const day = dayFromExcelSerial(number + shift);
          lastSerial = number;
          lastIso = day === null ? '' : isoOfDay(day);
        }
        if (lastIso !== '') value = lastIso;
      }
    } else if (type === SHARED) value = Number.isInteger(number) ? (sharedStrings[number] ?? null) : null;
    else if (type === BOOLEAN) value = text.trim() === '1' ? 'TRUE' : 'FALSE';
    else value = text;
    if (value === null || value === '') return;
    while (cells.length < col) cells.push(null);
    cells[col] = value;
  };

  /** The sheet's events: this loop is the sheet's own, so that its calls stay monomorphic. */
  const take = (ev: XmlEvents) => {
    const { data: d, bytes: b } = ev;
    for (let e = 0; e < 3 * ev.count; e += 3) {
      const k = kindOf(d[e]!);
      const n = nameOf(d[e]!);
      const from = d[e + 1]!;
      const to = d[e + 2]!;
      if (k === TEXT || k === CDATA_TEXT) {
        if (!capturing) continue;
        values++;
        if (type === NUMBER || type === SHARED) number = values === 1 ? numberOf(b, from, to) : Number.NaN;
        else text = values === 1 && k === TEXT ? textOf(b, from, to, col) : text + xmlText(b, from, to, k === CDATA_TEXT);
      } else if (k === OPEN) {
        if (n === C) openCell(b, from, to);
        else if (n === V) capturing = !inline;
        else if (n === T) capturing = inline && phonetic === 0;
        else if (n === ROW) openRow(b, from, to);
        else if (n === IS) inline = true;
        else if (n === RPH) phonetic++;
      } else if (n === C) closeCell();
      else if (n === V || n === T) capturing = false;
      else if (n === ROW) {
        if (cells.length > 0) {
          out.rows.push(cells);
          out.numbers.push(rowNumber);
          cells = [];
        }
      } else if (n === IS) inline = false;
      else if (n === RPH) phonetic--;
    }
  };

  const scanner = createXmlScanner(NAMES, { file: wb.fileName, part });
  const share = wb.zip.packedShare(part);
  for await (const block of wb.zip.read(part, LIMITS.partBytes.sheet)) {
    onBytes?.(block.length * share);
    const events = scanner.feed(block);
    if (events) take(events);
    if (out.rows.length > 0) {
      yield out;
      out = newChunk();
    }
  }
  take(scanner.end());
  if (out.rows.length > 0) yield out;
}
