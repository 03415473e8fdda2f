// Reading exported files back the way a user's program would, for the export tests: a cell of
// the workbook or a CSV field turned back into the column's exact unit (cents, thousandths,
// days), so that a test compares with the stored run figure by figure.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { dayFromYmd } from '../../shared/domain/calendar';
import type { CellValue, ColumnKind } from '../../shared/format/customer-columns';
import type { Labels } from '../../shared/format/labels';
import type { LocaleFormat } from '../../shared/format/locale';

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A workbook cell as the column's exact value. */
export function fromCell(kind: ColumnKind, cell: ExcelJS.Cell, labels: Labels): CellValue {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Math.round(v.getTime() / 86_400_000);
  if (typeof v === 'string') return kind === 'class' && v === labels.xyzNew ? 'new' : v;
  if (typeof v !== 'number') throw new Error(`Unexpected cell ${cell.address}: ${JSON.stringify(v)}`);
  if (kind === 'money') return Math.round(v * 100);
  if (kind === 'quantity') return Math.round(v * 1000);
  return v;
}

/** RFC 4180 records (quoted fields, doubled quotes, CRLF), after the byte-order mark. */
export function parseCsv(path: string, separator: string): { bom: boolean; records: string[][]; raw: string } {
  const text = readFileSync(path, 'utf8');
  const bom = text.startsWith('\ufeff');
  const body = bom ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\r' && body[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return { bom, records, raw: body };
}

/** A CSV field as the column's exact value (the text as written, guard quote included). */
export function fromCsvField(kind: ColumnKind, field: string, loc: LocaleFormat, labels: Labels): CellValue {
  if (field === '') return null;
  const number = (s: string) => Number(loc.decimal === ',' ? s.replace(',', '.') : s);
  switch (kind) {
    case 'text':
      return field;
    case 'class':
      return field === labels.xyzNew ? 'new' : field;
    case 'money':
      return Math.round(number(field) * 100);
    case 'quantity':
      return Math.round(number(field) * 1000);
    case 'percent':
      return number(field) / 100;
    case 'date': {
      const [a, b, y] = field.split('/').map(Number) as [number, number, number];
      return loc.dateOrder === 'mdy' ? dayFromYmd(y, a, b) : dayFromYmd(y, b, a);
    }
    default:
      return number(field);
  }
}
