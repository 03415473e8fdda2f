// Files shaped like the real ones issue #10 was tried with, generated here (never stored): a
// retailer's workbook (two yearly sheets sharing a header and a few December days, `InvoiceDate`
// and `Customer ID` headers, customer codes as Excel numbers, cancellations as negative lines,
// rows without a customer), a record shop's text export (`customer_id date number_of_cds
// dollar_value`, runs of spaces, `19970101` dates), and a CSV without a header.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export type RetailLine = { invoice: string; stock: string; description: string; quantity: number; date: Date; price: number; customer: number | null; country: string };

export const RETAIL_HEADER = ['Invoice', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'Price', 'Customer ID', 'Country'];

/** Deterministic lines for one sheet: `days` days from `first`, a few invoices a day. */
export function retailLines(first: string, days: number, seed: number): RetailLine[] {
  const lines: RetailLine[] = [];
  let n = seed;
  const next = () => (n = (n * 1103515245 + 12345) % 2147483648);
  const start = Date.parse(`${first}T00:00:00Z`);
  for (let d = 0; d < days; d++) {
    for (let k = 0; k < 3; k++) {
      const invoice = 489000 + seed * 1000 + d * 3 + k;
      const customer = next() % 9 === 0 ? null : 12346 + (next() % 40);
      const cancelled = next() % 11 === 0;
      for (let item = 0; item < 2; item++) {
        const quantity = (1 + (next() % 12)) * (cancelled ? -1 : 1);
        lines.push({
          invoice: `${cancelled ? 'C' : ''}${invoice}`,
          stock: `2${next() % 9000}`,
          description: ['WHITE HANGING HEART', 'REGENCY CAKESTAND', 'JUMBO BAG RED'][next() % 3]!,
          quantity,
          date: new Date(start + d * 86_400_000 + (8 + k) * 3_600_000 + item * 60_000),
          price: [2.55, 12.75, 1.95][next() % 3]!,
          customer,
          country: customer !== null && customer % 5 === 0 ? 'France' : 'United Kingdom',
        });
      }
    }
  }
  return lines;
}

/**
 * The retailer's workbook: "Year 2009-2010" up to 9 December 2010 and "Year 2010-2011" from 1
 * December 2010, the days they share holding the same lines in both (as the real one does).
 */
export async function writeRetailWorkbook(dir: string, name = 'online_retail_II.xlsx'): Promise<{ path: string; sheets: { name: string; lines: RetailLine[] }[]; shared: RetailLine[] }> {
  const first = retailLines('2010-11-20', 20, 1);
  const shared = first.filter((l) => l.date.getTime() >= Date.parse('2010-12-01T00:00:00Z'));
  const sheets = [
    { name: 'Year 2009-2010', lines: first },
    { name: 'Year 2010-2011', lines: [...shared, ...retailLines('2010-12-10', 6, 2)] },
  ];
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    ws.addRow(RETAIL_HEADER);
    for (const l of sheet.lines) {
      const row = ws.addRow([l.invoice, l.stock, l.description, l.quantity, l.date, l.price, l.customer, l.country]);
      row.getCell(5).numFmt = 'dd/mm/yyyy hh:mm';
    }
  }
  const path = join(dir, name);
  await wb.xlsx.writeFile(path);
  return { path, sheets, shared };
}

export type ShopLine = { customer: string; day: string; cds: number; dollars: string };

/** The record shop's export: fixed-width columns padded with spaces, dates written yyyymmdd. */
export function writeShopExport(dir: string, name = 'CDNOW_master.txt'): { path: string; lines: ShopLine[] } {
  const lines: ShopLine[] = [];
  for (let c = 1; c <= 30; c++) {
    for (let k = 0; k < (c % 4) + 1; k++) {
      const month = ((c + k * 5) % 12) + 1;
      const cents = 999 + ((c * 37 + k * 101) % 9000);
      lines.push({ customer: String(c).padStart(5, '0'), day: `1997${String(month).padStart(2, '0')}${String((c % 27) + 1).padStart(2, '0')}`, cds: (k % 3) + 1, dollars: (cents / 100).toFixed(2) });
    }
  }
  const pad = (s: string, n: number) => s.padStart(n, ' ');
  const text = ['customer_id date number_of_cds dollar_value', ...lines.map((l) => `${pad(l.customer, 6)} ${l.day} ${pad(String(l.cds), 2)} ${pad(l.dollars, 7)}`)].join('\n');
  const path = join(dir, name);
  writeFileSync(path, `${text}\n`);
  return { path, lines };
}

/** A CSV without a header row: code, date, amount. */
export function writeHeaderless(dir: string, name = 'sem-cabecalho.csv'): string {
  const path = join(dir, name);
  writeFileSync(path, 'C1;01/11/2024;10,00\nC2;02/11/2024;20,50\nC1;03/11/2024;(5,25)\n');
  return path;
}
