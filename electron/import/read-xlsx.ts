// An .xlsx workbook opened for reading: the zip (zip-archive.ts), then the parts every sheet
// depends on, each read whole with the XML scanner before any sheet is: the workbook (sheets in
// workbook order, the 1904 date system), its relationships (which part holds each sheet), the
// styles (which cell styles format a number as a date) and the shared strings. A sheet's rows are
// then read from its own part (sheet-rows.ts), as often as asked (a second pass, another sheet),
// never holding a sheet in memory.
import type { SheetInfo } from '../../shared/api/import-api';
import { apiError } from '../../shared/api/errors';
import { LIMITS } from './limits';
import { readSheetRows } from './sheet-rows';
import { attrInt, attrName, attrText, createXmlScanner, dispatch, xmlText, type XmlHandler } from './xml-scanner';
import { openZip, type ZipArchive } from './zip-archive';
import type { RowChunk } from './row-chunk';

export type Workbook = {
  fileName: string;
  /** The sheets in workbook order, with the part each is stored in. */
  sheets: (SheetInfo & { part: string | null })[];
  sharedStrings: readonly string[];
  /** Per cell style (the `s` of a cell), 1 when it formats numbers as dates. */
  dateStyles: Uint8Array;
  date1904: boolean;
  zip: ZipArchive;
};

const A = {
  id: attrName('id'),
  Id: attrName('Id'),
  name: attrName('name'),
  target: attrName('Target'),
  type: attrName('Type'),
  date1904: attrName('date1904'),
  numFmtId: attrName('numFmtId'),
  formatCode: attrName('formatCode'),
};

/** Reads a whole part with the XML scanner, handing its events to `handler`. */
async function scanPart(wb: Pick<Workbook, 'zip' | 'fileName'>, part: string, limit: number, names: string[], handler: XmlHandler) {
  const scanner = createXmlScanner(names, { file: wb.fileName, part });
  for await (const block of wb.zip.read(part, limit)) {
    const events = scanner.feed(block);
    if (events) dispatch(events, handler);
  }
  dispatch(scanner.end(), handler);
}

/** A relationship's target as a part name: relative to the part that refers to it, or absolute. */
function resolveTarget(from: string, target: string): string {
  const base = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

/** The relationships of `part` (in its _rels folder): id → target part and type. */
async function readRelationships(wb: Pick<Workbook, 'zip' | 'fileName'>, part: string): Promise<Map<string, { target: string; type: string }>> {
  const slash = part.lastIndexOf('/');
  const relsPart = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
  const rels = new Map<string, { target: string; type: string }>();
  if (!wb.zip.has(relsPart)) return rels;
  await scanPart(wb, relsPart, LIMITS.partBytes.relationships, ['Relationship'], {
    open(name, b, from, to) {
      if (name !== 0) return;
      const id = attrText(b, from, to, A.Id);
      const target = attrText(b, from, to, A.target);
      if (id !== null && target !== null) rels.set(id, { target: resolveTarget(part, target), type: attrText(b, from, to, A.type) ?? '' });
    },
    close() {},
    text() {},
  });
  return rels;
}

const byType = (rels: Map<string, { target: string; type: string }>, type: string) => [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.target;

export async function openWorkbook(path: string, fileName: string): Promise<Workbook> {
  const zip = await openZip(path, fileName);
  try {
    const wb = { zip, fileName };
    const root = await readRelationships(wb, '');
    const workbookPart = byType(root, 'officeDocument') ?? 'xl/workbook.xml';
    if (!zip.has(workbookPart)) throw apiError('import/not-a-workbook', { file: fileName });
    const listed: { name: string; rId: string | null }[] = [];
    let date1904 = false;
    await scanPart(wb, workbookPart, LIMITS.partBytes.workbook, ['sheet', 'workbookPr'], {
      open(name, b, from, to) {
        if (name === 0) listed.push({ name: attrText(b, from, to, A.name) ?? '', rId: attrText(b, from, to, A.id) });
        else if (name === 1) date1904 = ['1', 'true'].includes(attrText(b, from, to, A.date1904) ?? '');
      },
      close() {},
      text() {},
    });
    const rels = await readRelationships(wb, workbookPart);
    const sheets = listed.map((s, i) => {
      const target = s.rId === null ? undefined : rels.get(s.rId)?.target;
      return { name: s.name, index: i + 1, part: target !== undefined && zip.has(target) ? target : null };
    });
    const stylesPart = byType(rels, 'styles');
    const stringsPart = byType(rels, 'sharedStrings') ?? (zip.has('xl/sharedStrings.xml') ? 'xl/sharedStrings.xml' : undefined);
    const dateStyles = stylesPart && zip.has(stylesPart) ? await readDateStyles(wb, stylesPart) : new Uint8Array(0);
    const sharedStrings = stringsPart && zip.has(stringsPart) ? await readSharedStrings(wb, stringsPart) : [];
    return { fileName, sheets, sharedStrings, dateStyles, date1904, zip };
  } catch (e) {
    zip.close();
    throw e;
  }
}

/** Number formats Excel builds in that show dates (and times): ids 14–22, 27–36, 45–47, 50–58. */
const BUILT_IN_DATES = (id: number) => (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);

/** Whether a number format shows a date: date or time letters outside quoted text, [..] sections and escaped, padding or fill characters (\x _x *x). */
export function isDateFormat(format: string): boolean {
  return /[ymdhsb]/i.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/[\\_*]./g, ''));
}

/** Which cell styles (cellXfs, in order) show their number as a date. */
async function readDateStyles(wb: Pick<Workbook, 'zip' | 'fileName'>, part: string): Promise<Uint8Array> {
  const custom = new Map<number, boolean>();
  const styles: number[] = [];
  let inCellXfs = false;
  await scanPart(wb, part, LIMITS.partBytes.styles, ['numFmt', 'cellXfs', 'xf'], {
    open(name, b, from, to) {
      if (name === 0) {
        const id = attrInt(b, from, to, A.numFmtId);
        if (id !== null && id >= 0) custom.set(id, isDateFormat(attrText(b, from, to, A.formatCode) ?? ''));
      } else if (name === 1) inCellXfs = true;
      else if (name === 2 && inCellXfs) styles.push(attrInt(b, from, to, A.numFmtId) ?? 0);
    },
    close(name) {
      if (name === 1) inCellXfs = false;
    },
    text() {},
  });
  return Uint8Array.from(styles, (id) => ((custom.get(id) ?? BUILT_IN_DATES(id)) ? 1 : 0));
}

/** The shared strings: each `<si>`'s text runs joined, phonetic guides (`<rPh>`) left out. */
async function readSharedStrings(wb: Pick<Workbook, 'zip' | 'fileName'>, part: string): Promise<string[]> {
  const strings: string[] = [];
  let text = '';
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  await scanPart(wb, part, LIMITS.partBytes.sharedStrings, ['si', 't', 'rPh'], {
    open(name) {
      if (name === 0) {
        inItem = true;
        text = '';
      } else if (name === 1) inText = inItem && phonetic === 0;
      else if (name === 2) phonetic++;
    },
    close(name) {
      if (name === 0) {
        if (strings.length === LIMITS.sharedStrings) throw apiError('import/too-many-strings', { file: wb.fileName, limit: LIMITS.sharedStrings });
        strings.push(text);
        inItem = false;
      } else if (name === 1) inText = false;
      else if (name === 2) phonetic--;
    },
    text(b, from, to, cdata) {
      if (inText) text += xmlText(b, from, to, cdata);
    },
  });
  return strings;
}

/** A sheet's rows, read from its part (an empty sheet, or a chart sheet, has none). */
export async function* sheetRows(wb: Workbook, sheet: string, onBytes?: (bytes: number) => void): AsyncGenerator<RowChunk> {
  const info = wb.sheets.find((s) => s.name === sheet);
  if (!info) throw apiError('import/no-such-sheet', { file: wb.fileName, sheet, sheets: wb.sheets.map((s) => s.name) });
  if (info.part === null) return;
  yield* readSheetRows(wb, info.part, sheet, onBytes);
}

export type XlsxSheet = { name: string; index: number; sheets: SheetInfo[]; rows: AsyncGenerator<RowChunk> };

/**
 * The workbook's sheets in workbook order, each with its rows (for readers that want every sheet
 * as it comes: the survey import). Closing it early closes the file.
 */
export async function* readXlsxSheets(path: string, fileName = path): AsyncGenerator<XlsxSheet> {
  const wb = await openWorkbook(path, fileName);
  try {
    const sheets = wb.sheets.map(({ name, index }) => ({ name, index }));
    for (const s of wb.sheets) {
      const rows = sheetRows(wb, s.name);
      yield { name: s.name, index: s.index, sheets, rows };
      await rows.return(undefined);
    }
  } finally {
    wb.zip.close();
  }
}
