// Writes a minimal .xlsx by hand (a zip of deflated XML parts, in the order given), to test workbooks
// that exceljs would not write: parts in an unusual order, prefixed elements, inline strings.
import { writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';

export function writeZip(path: string, parts: [string, string][]) {
  writeFileSync(path, zipOf(parts.map(([name, text]) => ({ name, raw: Buffer.from(text, 'utf8') }))));
}

/** A zip entry: its name and bytes; `claim` overrides the unpacked size it declares (a lying zip). */
export type ZipEntry = { name: string; raw: Buffer; claim?: number };

/** The bytes of a zip of deflated entries, in the order given. */
export function zipOf(entries: ZipEntry[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, raw, claim } of entries) {
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const size = claim ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt16LE(0x21, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, cd, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a workbook whose sheets hold the given sheetData XML; shared strings optional; `cellXfs`: the number formats of styles 0, 1, … */
export function workbookParts(sheets: { name: string; sheetData: string; prefix?: string }[], sharedStrings: string[] = [], date1904 = false, cellXfs: { numFmtId: number; formatCode?: string }[] = []) {
  const p = (s: { prefix?: string }) => (s.prefix ? `${s.prefix}:` : '');
  return {
    contentTypes: [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    ] as [string, string],
    rootRels: [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ] as [string, string],
    workbook: [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL}">${date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join('')}</sheets></workbook>`,
    ] as [string, string],
    workbookRels: [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ] as [string, string],
    styles: [
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${NS}"><numFmts>${cellXfs
        .filter((x) => x.formatCode)
        .map((x) => `<numFmt numFmtId="${x.numFmtId}" formatCode="${x.formatCode}"/>`)
        .join('')}</numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs>${cellXfs.map((x) => `<xf numFmtId="${x.numFmtId}" applyNumberFormat="1"/>`).join('')}</cellXfs></styleSheet>`,
    ] as [string, string],
    sharedStrings: [
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="${sharedStrings.length}">${sharedStrings
        .map((s) => `<si><t>${s}</t></si>`)
        .join('')}</sst>`,
    ] as [string, string],
    sheets: sheets.map(
      (s, i) =>
        [
          `xl/worksheets/sheet${i + 1}.xml`,
          `<?xml version="1.0" encoding="UTF-8"?><${p(s)}worksheet xmlns${s.prefix ? `:${s.prefix}` : ''}="${NS}"><${p(s)}sheetData>${s.sheetData}</${p(s)}sheetData></${p(s)}worksheet>`,
        ] as [string, string],
    ),
  };
}
