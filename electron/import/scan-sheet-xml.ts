// A fast scanner for a worksheet's XML (xl/worksheets/sheetN.xml), fed with decoded text as it
// is inflated. exceljs's own row objects cost more than the whole rest of an import, so only the
// container (zip, workbook, shared strings, styles) is read through exceljs (read-xlsx.ts) and the
// rows are cut out here with indexOf: `<row r="…">`, `<c r="B7" s="3" t="s"><v>12</v></c>`,
// inline strings `<is><t>…</t></is>`, formula cells by their cached `<v>` result.
import type { Cell } from '../../shared/import/detect-header';
import type { RowChunk } from './row-chunk';

export type SheetContext = {
  /** The workbook's shared strings, as plain text. */
  sharedStrings: readonly string[];
  /** Whether a style index formats its number as a date (the value is then an Excel serial). */
  isDateStyle: (style: number) => boolean;
  /** Workbooks of the 1904 date system count serials from 1904-01-01: shifted to 1900's. */
  date1904: boolean;
};

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : NAMED[name!]!,
  );
}

/** Column number (0-based) of a cell reference such as "AB12" starting at `at`. */
function columnOfRef(text: string, at: number): number {
  let col = 0;
  for (let i = at; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  return col - 1;
}

/** The value of attribute `name` (written as ` name="`) in an opening tag, or null. */
function attr(tag: string, name: string): string | null {
  const at = tag.indexOf(name);
  if (at === -1) return null;
  const start = at + name.length;
  const end = tag.indexOf('"', start);
  return end === -1 ? null : tag.slice(start, end);
}

export function createSheetScanner(ctx: SheetContext) {
  let prefix: string | null = null; // namespace prefix of the sheet's elements ("" or "x:")
  let carry = '';
  let lastRow = 0;
  let rowOpen = '<row';
  let rowClose = '</row>';
  let cellOpen = '<c';
  let cellClose = '</c>';
  let valueOpen = '<v';
  let valueClose = '</v>';
  let textOpen = '<t';
  let textClose = '</t>';
  const dateShift = ctx.date1904 ? 1462 : 0;

  const setPrefix = (p: string) => {
    prefix = p;
    rowOpen = `<${p}row`;
    rowClose = `</${p}row>`;
    cellOpen = `<${p}c`;
    cellClose = `</${p}c>`;
    valueOpen = `<${p}v`;
    valueClose = `</${p}v>`;
    textOpen = `<${p}t`;
    textClose = `</${p}t>`;
  };

  const inlineText = (body: string): string => {
    let text = '';
    let i = 0;
    for (;;) {
      const open = body.indexOf(textOpen, i);
      if (open === -1) break;
      const after = body.charCodeAt(open + textOpen.length);
      if (after !== 62 /* > */ && after !== 32) {
        i = open + textOpen.length;
        continue; // another tag starting with t
      }
      const gt = body.indexOf('>', open);
      if (body.charCodeAt(gt - 1) === 47 /* / */) {
        i = gt + 1;
        continue; // <t/>
      }
      const close = body.indexOf(textClose, gt);
      if (close === -1) break;
      text += body.slice(gt + 1, close);
      i = close + textClose.length;
    }
    return decodeXml(text);
  };

  /** The cells of one `<row>…</row>` (its content between `from` and `to`), found by position only. */
  const scanRow = (s: string, from: number, to: number): Cell[] | null => {
    const cells: Cell[] = [];
    let any = false;
    let col = -1;
    let i = from;
    for (;;) {
      const open = s.indexOf(cellOpen, i);
      if (open === -1 || open >= to) break;
      const next = s.charCodeAt(open + cellOpen.length);
      if (next !== 32 && next !== 62 && next !== 47) {
        i = open + cellOpen.length;
        continue;
      }
      const gt = s.indexOf('>', open);
      const ref = s.indexOf(' r="', open);
      col = ref !== -1 && ref < gt ? columnOfRef(s, ref + 4) : col + 1;
      if (s.charCodeAt(gt - 1) === 47) {
        i = gt + 1;
        continue; // <c …/>: no value
      }
      const close = s.indexOf(cellClose, gt);
      i = close + cellClose.length;
      const t = s.indexOf(' t="', open);
      // n (number, the default), s (shared string), inlineStr, str (a formula's text), b, e, d
      const type = t !== -1 && t < gt ? s.charCodeAt(t + 4) : 110; /* n */
      const typeIsInline = type === 105 /* i */;
      let value: Cell = null;
      if (typeIsInline) {
        value = inlineText(s.slice(gt + 1, close));
      } else {
        const v = s.indexOf(valueOpen, gt);
        if (v === -1 || v > close) continue; // a formula without a cached result, or an empty cell
        const vgt = s.indexOf('>', v);
        if (s.charCodeAt(vgt - 1) === 47) continue;
        const raw = s.slice(vgt + 1, s.indexOf(valueClose, vgt));
        if (type === 110 /* n */) {
          const n = Number(raw);
          if (raw === '' || Number.isNaN(n)) continue;
          value = n;
          if (dateShift !== 0) {
            const st = s.indexOf(' s="', open);
            if (st !== -1 && st < gt && ctx.isDateStyle(Number(s.slice(st + 4, s.indexOf('"', st + 4))))) value = n + dateShift;
          }
        } else if (type === 115 /* s */ && s.charCodeAt(t + 5) === 34 /* " */) {
          value = ctx.sharedStrings[Number(raw)] ?? null;
        } else if (type === 98 /* b */) {
          value = raw === '1' ? 'TRUE' : 'FALSE';
        } else {
          value = decodeXml(raw); // str (a formula's text), e (an error such as #N/A), d (ISO date text)
        }
      }
      if (value === null || value === '') continue;
      while (cells.length < col) cells.push(null);
      cells[col] = value;
      any = true;
    }
    return any ? cells : null;
  };

  const scan = (s: string, out: RowChunk): number => {
    let pos = 0;
    for (;;) {
      const open = s.indexOf(rowOpen, pos);
      if (open === -1) return Math.max(pos, s.length - rowOpen.length);
      if (open + rowOpen.length >= s.length) return open; // cut right after "<row"
      const next = s.charCodeAt(open + rowOpen.length);
      if (next !== 32 && next !== 62 && next !== 47) {
        pos = open + rowOpen.length; // <rowBreaks>…
        continue;
      }
      const gt = s.indexOf('>', open);
      if (gt === -1) return open;
      const tag = s.slice(open, gt);
      const r = attr(tag, ' r="');
      const number = r === null ? lastRow + 1 : Number(r);
      if (s.charCodeAt(gt - 1) === 47) {
        lastRow = number; // <row r="5"/>
        pos = gt + 1;
        continue;
      }
      const close = s.indexOf(rowClose, gt);
      if (close === -1) return open;
      lastRow = number;
      const cells = scanRow(s, gt + 1, close);
      if (cells) {
        out.rows.push(cells);
        out.numbers.push(number);
      }
      pos = close + rowClose.length;
    }
  };

  return {
    push(text: string, out: RowChunk) {
      let s = carry.length === 0 ? text : carry + text;
      if (prefix === null) {
        const at = s.indexOf('sheetData');
        if (at === -1) {
          carry = s;
          return;
        }
        const lt = s.lastIndexOf('<', at);
        setPrefix(s.slice(lt + 1, at));
        s = s.slice(lt);
      }
      const done = scan(s, out);
      carry = s.slice(done);
    },
  };
}
