// Reads what an .xlsx's sheets depend on straight from the zip's central directory, before
// streaming: the sheet list (names and the part each is stored in) and the shared strings.
// exceljs's streaming reader learns them only when xl/workbook.xml and xl/sharedStrings.xml go by,
// and writers (Excel, exceljs) often store those after the sheets: exceljs then fails on a sheet
// met before the workbook part, and parks every sheet met before the shared strings in a
// temporary file (slow for a preview, and racy in its zip reader).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { decodeXml } from './scan-sheet-xml';

export type WorkbookSheet = { name: string; sheetId: number; rId: string; part: string };

type Entry = { method: number; compressedSize: number; offset: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

async function readAt(handle: Awaited<ReturnType<typeof open>>, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** The zip's entries by name; null when the directory cannot be read (then exceljs decides). */
async function readDirectory(handle: Awaited<ReturnType<typeof open>>, size: number): Promise<Map<string, Entry> | null> {
  const tailLength = Math.min(size, 65_557);
  const tail = await readAt(handle, size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD) {
      at = i;
      break;
    }
  }
  if (at === -1) return null;
  const cdSize = tail.readUInt32LE(at + 12);
  const cdOffset = tail.readUInt32LE(at + 16);
  if (cdOffset === 0xffffffff || cdOffset + cdSize > size) return null; // zip64 or damaged
  const cd = await readAt(handle, cdOffset, cdSize);
  const entries = new Map<string, Entry>();
  for (let p = 0; p + 46 <= cd.length && cd.readUInt32LE(p) === CENTRAL; ) {
    const nameLength = cd.readUInt16LE(p + 28);
    const name = cd.toString('utf8', p + 46, p + 46 + nameLength);
    entries.set(name, { method: cd.readUInt16LE(p + 10), compressedSize: cd.readUInt32LE(p + 20), offset: cd.readUInt32LE(p + 42) });
    p += 46 + nameLength + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
  }
  return entries;
}

async function readEntry(handle: Awaited<ReturnType<typeof open>>, entry: Entry): Promise<string | null> {
  const local = await readAt(handle, entry.offset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) return null;
  const start = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const data = await readAt(handle, start, entry.compressedSize);
  if (entry.method === 0) return data.toString('utf8');
  if (entry.method === 8) return inflateRawSync(data).toString('utf8');
  return null;
}

const ATTRIBUTE = /([\w:]+)\s*=\s*"([^"]*)"/g;
const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(ATTRIBUTE)].map((m) => [m[1]!, m[2]!]));
const xmlText = (s: string) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);

export type XlsxDirectory = { sheets: WorkbookSheet[]; sharedStrings: string[] };

/** The workbook's sheets in workbook order and its shared strings; null when they cannot be read this way. */
export async function readXlsxDirectory(path: string): Promise<XlsxDirectory | null> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    const entries = await readDirectory(handle, size);
    const workbook = entries?.get('xl/workbook.xml');
    const rels = entries?.get('xl/_rels/workbook.xml.rels');
    if (!workbook || !rels) return null;
    const [workbookXml, relsXml] = [await readEntry(handle, workbook), await readEntry(handle, rels)];
    if (workbookXml === null || relsXml === null) return null;
    const targets = new Map<string, string>();
    for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
      const a = attributes(m[0]);
      if (a.Id && a.Target) targets.set(a.Id, a.Target.replace(/^\/?(?:xl\/)?/, ''));
    }
    const sheets: WorkbookSheet[] = [];
    for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
      const a = attributes(m[0]);
      const rId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
      if (!a.name || !rId) continue;
      sheets.push({ name: xmlText(a.name), sheetId: Number(a.sheetId), rId, part: targets.get(rId) ?? '' });
    }
    const strings = entries!.get('xl/sharedStrings.xml');
    const sharedStrings = strings ? await readSharedStrings(path, handle, strings) : [];
    return sharedStrings ? { sheets, sharedStrings } : null;
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/** The shared strings part, inflated as a stream and cut into `<si>` items (rich text joined). */
async function readSharedStrings(path: string, handle: Awaited<ReturnType<typeof open>>, entry: Entry): Promise<string[] | null> {
  if (entry.method !== 8 && entry.method !== 0) return null;
  const local = await readAt(handle, entry.offset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) return null;
  const start = entry.offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1, highWaterMark: 1024 * 1024 });
  const source = entry.method === 8 ? raw.pipe(createInflateRaw()) : raw;
  raw.on('error', (e) => source.destroy(e));
  const strings: string[] = [];
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  let prefix: string | null = null;
  let open = '<si>';
  let close = '</si>';
  for await (const bytes of source as AsyncIterable<Buffer>) {
    let s = carry + decoder.decode(bytes, { stream: true });
    if (prefix === null) {
      const at = s.indexOf('sst');
      if (at === -1) {
        carry = s;
        continue;
      }
      const lt = s.lastIndexOf('<', at);
      prefix = s.slice(lt + 1, at);
      open = `<${prefix}si>`;
      close = `</${prefix}si>`;
    }
    let pos = 0;
    const emptyItem = `<${prefix}si/>`;
    let empty = s.indexOf(emptyItem); // looked up again only once passed: no quadratic search
    for (;;) {
      let o = s.indexOf(open, pos);
      if (empty !== -1 && empty < pos) empty = s.indexOf(emptyItem, pos);
      if (empty !== -1 && (o === -1 || empty < o)) {
        strings.push('');
        pos = empty + emptyItem.length;
        continue;
      }
      if (o === -1) break;
      const c = s.indexOf(close, o);
      if (c === -1) break;
      o += open.length;
      strings.push(itemText(s.slice(o, c), prefix));
      pos = c + close.length;
    }
    carry = s.slice(pos);
  }
  return strings;
}

/** The text of one `<si>`: its `<t>` runs, leaving out phonetic guides (`<rPh>`). */
function itemText(item: string, prefix: string): string {
  const tOpen = `<${prefix}t`;
  const tClose = `</${prefix}t>`;
  const phonetic = item.indexOf(`<${prefix}rPh`);
  const body = phonetic === -1 ? item : item.slice(0, phonetic);
  let text = '';
  let i = 0;
  for (;;) {
    const o = body.indexOf(tOpen, i);
    if (o === -1) break;
    const next = body.charCodeAt(o + tOpen.length);
    const gt = body.indexOf('>', o);
    if ((next !== 62 && next !== 32) || body.charCodeAt(gt - 1) === 47) {
      i = gt + 1;
      continue;
    }
    const c = body.indexOf(tClose, gt);
    if (c === -1) break;
    text += body.slice(gt + 1, c);
    i = c + tClose.length;
  }
  return decodeXml(text);
}
