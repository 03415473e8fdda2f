// A streaming XML scanner for the parts of an .xlsx (workbook, relationships, styles, shared
// strings, sheets), fed with the part's bytes as they are inflated. It reports the elements the
// caller names (by their local name, whatever the namespace prefix), with the tag's bytes for
// reading attributes, and the raw text between tags, as arrays of events. Its guarantees:
// - linear time: the bytes are scanned once; what a block leaves unfinished (one tag or one run
//   of text) is kept, bounded by LIMITS.xmlToken, and the blocks are gathered into large ones,
//   so that an unfinished token is looked at again a bounded number of times;
// - no entity is ever expanded: a DOCTYPE (where entities would be declared: "billion laughs",
//   external entities) refuses the part; text keeps the five predefined entities and character
//   references only (xmlText);
// - comments, processing instructions and CDATA sections are understood, so that a `>` inside
//   them (or inside an attribute value) does not cut a tag.
import { apiError } from '../../shared/api/errors';
import { LIMITS } from './limits';

/** What the scanner reports, in document order: an element opening or closing, or text. */
export const OPEN = 0;
export const CLOSE = 1;
export const TEXT = 2;
/** The text of a CDATA section: as it is, no entities. */
export const CDATA_TEXT = 3;

/**
 * The events of one scanned stretch of a part, valid until the scanner is fed again: `count`
 * events of three numbers each in `data`. Event e is data[3e] = its kind + 4 × (its element's
 * index among the names asked for, + 1: 0 for any other element), and, for OPEN, bytes[data[3e+1],
 * data[3e+2]) are its tag's attributes; for TEXT, its raw text. A self-closing element is an OPEN
 * and a CLOSE. A plain array the caller loops over (`kindOf`, `nameOf`), rather than a callback per
 * event: each caller's loop stays its own (a callback shared by all the parts' readers would be
 * called with five shapes of handler, and run a third slower on a sheet).
 */
export type XmlEvents = { count: number; data: Int32Array; bytes: Buffer };

export const kindOf = (head: number): number => head & 3;
export const nameOf = (head: number): number => (head >> 2) - 1;

/** For readers of small parts: the events handed to callbacks. */
export type XmlHandler = {
  open(name: number, bytes: Buffer, from: number, to: number): void;
  close(name: number): void;
  text(bytes: Buffer, from: number, to: number, cdata: boolean): void;
};

export function dispatch(ev: XmlEvents, handler: XmlHandler): void {
  const d = ev.data;
  for (let e = 0; e < 3 * ev.count; e += 3) {
    const kind = kindOf(d[e]!);
    if (kind === OPEN) handler.open(nameOf(d[e]!), ev.bytes, d[e + 1]!, d[e + 2]!);
    else if (kind === CLOSE) handler.close(nameOf(d[e]!));
    else handler.text(ev.bytes, d[e + 1]!, d[e + 2]!, kind === CDATA_TEXT);
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const COLON = 0x3a;
const DQ = 0x22;
const SQ = 0x27;

/** Blocks are gathered to this size before they are scanned. */
const SCAN_BYTES = 256 * 1024;

const ascii = (s: string) => Buffer.from(s, 'latin1');
const COMMENT = ascii('<!--');
const COMMENT_END = ascii('-->');
const CDATA = ascii('<![CDATA[');
const CDATA_END = ascii(']]>');
const PI_END = ascii('?>');

const startsAt = (b: Uint8Array, at: number, s: Uint8Array) => {
  for (let k = 0; k < s.length; k++) if (b[at + k] !== s[k]) return false;
  return true;
};

export type XmlScanner = {
  /** Takes the next block of the part; the events of what could be scanned, or null (gathering). */
  feed(block: Uint8Array): XmlEvents | null;
  /** The end of the part: the events of what was left. */
  end(): XmlEvents;
};

/** `names`: the local names the caller wants told apart; events carry their index, or −1. */
export function createXmlScanner(names: readonly string[], where: { file: string; part: string }): XmlScanner {
  const wanted = names.map(ascii);
  let buf = Buffer.allocUnsafe(SCAN_BYTES * 2);
  let filled = 0;
  const ev: XmlEvents = { count: 0, data: new Int32Array(3 * 4096), bytes: buf };
  const bad = () => apiError('import/bad-xml', where);

  /** Makes room for three more events (a token is at most: text, open, close). */
  const room = () => {
    if (3 * (ev.count + 3) <= ev.data.length) return;
    const bigger = new Int32Array(ev.data.length * 2);
    bigger.set(ev.data);
    ev.data = bigger;
  };

  /** One-letter names (`c`, `v`, `t`) are looked up in a table, the others compared. */
  const oneLetter = new Int16Array(256).fill(-1);
  wanted.forEach((w, id) => {
    if (w.length === 1 && oneLetter[w[0]!] === -1) oneLetter[w[0]!] = id;
  });
  /** The id of the element whose local name is bytes[from, to), or −1. */
  const nameId = (b: Uint8Array, from: number, to: number): number => {
    const length = to - from;
    if (length === 1) return oneLetter[b[from]!]!;
    next: for (let id = 0; id < wanted.length; id++) {
      const w = wanted[id]!;
      if (w.length !== length) continue;
      for (let k = 0; k < length; k++) if (b[from + k] !== w[k]) continue next;
      return id;
    }
    return -1;
  };

  /** Scans the whole tokens of b (its `end` bytes) into events; returns where the first unfinished one starts. */
  const scan = (b: Buffer, end: number, final: boolean): number => {
    // The events' arrays in locals, written in place: this loop runs for every cell of a sheet.
    let d = ev.data;
    let n = 0; // 3 × the events so far
    let i = 0;
    try {
      for (;;) {
        if (n + 9 > d.length) {
          ev.count = n / 3;
          room();
          d = ev.data;
        }
        // Text between tags is short (a cell's value): a loop finds its end sooner than a call would.
        let lt = i;
        while (lt < end && b[lt] !== LT) lt++;
        if (lt === end) {
          if (final && end > i) {
            d[n] = TEXT;
            d[n + 1] = i;
            d[n + 2] = end;
            n += 3;
          }
          return final ? end : i;
        }
        if (lt > i) {
          d[n] = TEXT;
          d[n + 1] = i;
          d[n + 2] = lt;
          n += 3;
        }
        if (lt + 1 >= end) return lt;
        const c = b[lt + 1];
        if (c === SLASH) {
          // The name (its local part after a prefix's colon), then the `>`.
          let start = lt + 2;
          let nameEnd = start;
          for (; nameEnd < end; nameEnd++) {
            const x = b[nameEnd]!;
            if (x === GT || x <= 0x20) break;
            if (x === COLON) start = nameEnd + 1;
          }
          let gt = nameEnd;
          while (gt < end && b[gt] !== GT) gt++;
          if (gt === end) return lt;
          d[n] = CLOSE + 4 * (nameId(b, start, nameEnd) + 1);
          n += 3;
          i = gt + 1;
          continue;
        }
        if (c === QUESTION) {
          const e = b.indexOf(PI_END, lt + 2);
          if (e === -1) return lt;
          i = e + 2;
          continue;
        }
        if (c === BANG) {
          if (end - lt < CDATA.length && !final) return lt;
          if (startsAt(b, lt, COMMENT)) {
            const e = b.indexOf(COMMENT_END, lt + COMMENT.length);
            if (e === -1) return lt;
            i = e + COMMENT_END.length;
            continue;
          }
          if (startsAt(b, lt, CDATA)) {
            const e = b.indexOf(CDATA_END, lt + CDATA.length);
            if (e === -1) return lt;
            d[n] = CDATA_TEXT;
            d[n + 1] = lt + CDATA.length;
            d[n + 2] = e;
            n += 3;
            i = e + CDATA_END.length;
            continue;
          }
          // <!DOCTYPE, <!ENTITY…: declarations, where entities would be defined. Never read.
          throw apiError('import/xml-declarations', where);
        }
        // An opening tag: its name (the local part), then its end: the first `>` outside quoted attribute values.
        let start = lt + 1;
        let nameEnd = start;
        for (; nameEnd < end; nameEnd++) {
          const x = b[nameEnd]!;
          if (x === GT || x === SLASH || x <= 0x20) break;
          if (x === COLON) start = nameEnd + 1;
        }
        let gt = nameEnd;
        for (; gt < end; gt++) {
          const x = b[gt];
          if (x === GT) break;
          if (x === DQ || x === SQ) {
            gt++;
            while (gt < end && b[gt] !== x) gt++;
            if (gt === end) return lt;
          }
        }
        if (gt >= end) return lt;
        const selfClosing = b[gt - 1] === SLASH;
        const tagEnd = selfClosing ? gt - 1 : gt;
        const id = 4 * (nameId(b, start, nameEnd) + 1);
        d[n] = OPEN + id;
        d[n + 1] = nameEnd;
        d[n + 2] = tagEnd;
        n += 3;
        if (selfClosing) {
          d[n] = CLOSE + id;
          n += 3;
        }
        i = gt + 1;
      }
    } finally {
      ev.count = n / 3;
    }
  };

  /** The events of the buffer's whole tokens; what is left is kept for the next run (moved to the front then). */
  let consumed = 0;
  const run = (final: boolean): XmlEvents => {
    ev.bytes = buf;
    consumed = scan(buf.subarray(0, filled), filled, final);
    if (filled - consumed > LIMITS.xmlToken) throw bad();
    return ev;
  };
  /** Moves what the last run left to the front (its events are no longer needed). */
  const keepRest = () => {
    if (consumed === 0) return;
    buf.copyWithin(0, consumed, filled);
    filled -= consumed;
    consumed = 0;
  };

  return {
    feed(block) {
      keepRest();
      if (filled + block.length > buf.length) {
        const bigger = Buffer.allocUnsafe(Math.max(buf.length * 2, filled + block.length));
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      buf.set(block, filled);
      filled += block.length;
      return filled >= SCAN_BYTES ? run(false) : null;
    },
    end() {
      keepRest();
      return run(true);
    },
  };
}

/** The value of the attribute whose local name is `name` in a tag's bytes[from, to), as bytes [start, end); null if absent. */
export function attrRange(b: Buffer, from: number, to: number, name: Uint8Array): [number, number] | null {
  let k = from;
  while (k < to) {
    while (k < to && b[k]! <= 0x20) k++;
    const nameStart = k;
    while (k < to && b[k] !== 0x3d /* = */ && b[k]! > 0x20) k++;
    const nameEnd = k;
    while (k < to && b[k] !== DQ && b[k] !== SQ) k++;
    if (k >= to) return null;
    const quote = b[k]!;
    const valueStart = k + 1;
    let valueEnd = valueStart;
    while (valueEnd < to && b[valueEnd] !== quote) valueEnd++;
    let local = nameStart;
    for (let j = nameStart; j < nameEnd; j++) if (b[j] === COLON) local = j + 1;
    if (nameEnd - local === name.length) {
      let same = true;
      for (let j = 0; j < name.length; j++) if (b[local + j] !== name[j]) same = false;
      if (same) return [valueStart, valueEnd];
    }
    k = valueEnd + 1;
  }
  return null;
}

/** An attribute's text (entities decoded), or null. */
export function attrText(b: Buffer, from: number, to: number, name: Uint8Array): string | null {
  const r = attrRange(b, from, to, name);
  return r === null ? null : xmlText(b, r[0], r[1]);
}

/** An attribute's value as a non-negative whole number; null if absent; −1 if not such a number. */
export function attrInt(b: Buffer, from: number, to: number, name: Uint8Array): number | null {
  const r = attrRange(b, from, to, name);
  if (r === null) return null;
  let n = 0;
  if (r[1] === r[0] || r[1] - r[0] > 15) return -1;
  for (let k = r[0]; k < r[1]; k++) {
    const d = b[k]! - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export const attrName = ascii;

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** A code point a character reference may name; anything else reads as U+FFFD. */
const character = (cp: number): string => (cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd');

/**
 * Text from the XML's bytes: UTF-8, with the predefined entities and character references decoded
 * (no other entity exists here); a CDATA section's text as it is.
 */
export function xmlText(b: Buffer, from: number, to: number, cdata = false): string {
  const text = b.toString('utf8', from, to);
  if (cdata || !text.includes('&')) return text;
  return text.replace(ENTITY, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
    dec !== undefined ? character(Number(dec)) : hex !== undefined ? character(parseInt(hex, 16)) : NAMED[name!]!,
  );
}
