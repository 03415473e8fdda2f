// Writes a generated sales history (shared/sample/generate-sales.ts) as a Brazilian ERP CSV or
// as an .xlsx, streaming, so that a million lines never sit in memory.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { BR_HEADER, brRow, generateSales, type SampleOptions } from '../../shared/sample/generate-sales';
import { ymdOfDay } from '../../shared/domain/calendar';
import { loadExcelJs } from '../export/stream-workbook';

/** Windows-1252 is what Brazilian ERPs write; every character of the sample exists in it. */
function cp1252(text: string): Buffer {
  const out = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[i] = code < 256 ? code : 0x3f;
  }
  return out;
}

export async function writeSampleCsv(path: string, options: SampleOptions): Promise<number> {
  const out = createWriteStream(path);
  let count = 0;
  let chunk: string[] = [BR_HEADER.join(';')];
  const flush = async () => {
    if (!out.write(cp1252(`${chunk.join('\r\n')}\r\n`))) await once(out, 'drain');
    chunk = [];
  };
  for (const line of generateSales(options)) {
    chunk.push(brRow(line).join(';'));
    count++;
    if (chunk.length >= 5000) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
  return count;
}

export async function writeSampleXlsx(path: string, options: SampleOptions): Promise<number> {
  const { stream } = await loadExcelJs();
  const workbook = new stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('Vendas');
  sheet.addRow(['Relatório de vendas — exportado do ERP']).commit();
  sheet.addRow(BR_HEADER).commit();
  let count = 0;
  for (const l of generateSales(options)) {
    const { year, month, day } = ymdOfDay(l.day);
    const row = sheet.addRow([
      new Date(Date.UTC(year, month - 1, day)), l.order, l.code, l.name, l.seller, l.product,
      l.quantity, l.unitPrice / 100, l.amount / 100, l.cost / 100, l.segment, l.region,
    ]);
    row.getCell(1).numFmt = 'dd/mm/yyyy';
    row.commit();
    count++;
  }
  sheet.commit();
  await workbook.commit();
  return count;
}
