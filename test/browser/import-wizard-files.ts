// Files for the import wizard's browser tests, generated here (never stored), with the figures a
// user would check worked out from the lines, independently of the import: a CSV without a header
// (order, customer, date, product, quantity, amount; one unreadable amount), a wide CSV whose
// header is nonsense words, a workbook whose long preview can be cancelled.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { workbookParts, zipOf } from '../import/raw-xlsx';

export type HeaderlessLine = { order: string; customer: string; date: string; product: string; quantity: number; amount: string };

/** The lines of the header-less file; the last one's amount cannot be read. */
export const HEADERLESS_LINES: HeaderlessLine[] = [
  { order: '1001', customer: 'C001', date: '05/01/2025', product: 'Parafuso', quantity: 10, amount: '150,00' },
  { order: '1002', customer: 'C002', date: '06/01/2025', product: 'Porca', quantity: 5, amount: '45,50' },
  { order: '1003', customer: 'C001', date: '12/01/2025', product: 'Arruela', quantity: 40, amount: '1.200,00' },
  { order: '1004', customer: 'C003', date: '20/01/2025', product: 'Parafuso', quantity: 2, amount: '30,00' },
  { order: '1005', customer: 'C002', date: '02/02/2025', product: 'Bucha', quantity: 12, amount: '(18,00)' },
  { order: '1006', customer: 'C004', date: '15/02/2025', product: 'Porca', quantity: 100, amount: '910,25' },
  { order: '1007', customer: 'C001', date: '28/02/2025', product: 'Parafuso', quantity: 1, amount: '15,00' },
  { order: '1008', customer: 'C003', date: '03/03/2025', product: 'Bucha', quantity: 3, amount: 'abc' },
];

/** What the readable lines add up to, in cents (worked out by hand: 150 + 45,50 + 1.200 + 30 − 18 + 910,25 + 15). */
export const HEADERLESS_CENTS = 233_275;
export const HEADERLESS_READABLE = 7;

export function writeHeaderlessCsv(dir: string, name: string, lines: HeaderlessLine[] = HEADERLESS_LINES): string {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => [l.order, l.customer, l.date, l.product, l.quantity, l.amount].join(';')).join('\r\n') + '\r\n');
  return path;
}

/** Nonsense headers: no word Clave knows, whole or as the last words. */
export const NONSENSE = ['zorp', 'blix', 'quux', 'frobnitz', 'wibble', 'plugh'];

/**
 * A CSV with a header of nonsense words, `width` columns wide: customer, date and amount in the
 * first three (as `zorp`, `blix`, `quux`), then filler columns. Returns its path and its total.
 */
export function writeNonsenseCsv(dir: string, name: string, width: number, rows = 6): { path: string; cents: number } {
  const header = Array.from({ length: width }, (_, i) => (i < NONSENSE.length ? NONSENSE[i]! : `xyzzy${i}`));
  const lines = [header.join(';')];
  let cents = 0;
  for (let r = 0; r < rows; r++) {
    const amount = 100 * (r + 1) + 25; // 1,25, 2,25, …
    cents += amount;
    const cells = [`K${(r % 3) + 1}`, `${String(r + 1).padStart(2, '0')}/03/2025`, `${Math.floor(amount / 100)},${String(amount % 100).padStart(2, '0')}`];
    for (let c = 3; c < width; c++) cells.push(`valor extra ${r}-${c}`);
    lines.push(cells.join(';'));
  }
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return { path, cents };
}

/**
 * A workbook whose preview takes seconds: a sales sheet first, then sheets of a million blank
 * rows each, whose beginnings the preview reads to find those that share the header (about a
 * second each on the benchmark machine). The blank rows keep the file small (15 MB for three).
 */
export function writeSlowWorkbook(dir: string, name: string, blankSheets = 4): string {
  const rows = 1_000_000;
  const blank = Array.from({ length: rows }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t> </t></is></c></row>`).join('');
  const text = (ref: string, s: string) => `<c r="${ref}" t="inlineStr"><is><t>${s}</t></is></c>`;
  const sales = `<row r="1">${text('A1', 'Cliente')}${text('B1', 'Data')}${text('C1', 'Valor')}</row><row r="2">${text('A2', 'C1')}${text('B2', '01/11/2024')}<c r="C2"><v>10</v></c></row>`;
  const parts = workbookParts([{ name: 'Vendas', sheetData: sales }, ...Array.from({ length: blankSheets }, (_, k) => ({ name: `Vazia ${k + 1}`, sheetData: blank }))]);
  const entries = [parts.contentTypes, parts.rootRels, parts.workbook, parts.workbookRels, parts.styles, ...parts.sheets].map(([entry, xml]) => ({ name: entry, raw: Buffer.from(xml, 'utf8') }));
  const path = join(dir, name);
  writeFileSync(path, zipOf(entries));
  return path;
}

/** Opens the wizard afresh and chooses `path` in the file chooser; the preview then loads. */
export async function chooseFile(page: Page, path: string): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/#/import`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('choose-file').click();
  await (await chooser).setFiles(path);
}

/** Whether the page itself scrolls sideways (a wide table must scroll inside its box instead). */
export function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
