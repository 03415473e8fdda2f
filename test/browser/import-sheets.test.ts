// A retailer's workbook in the import wizard (issue #10.3 and #10.4), in a real Chromium through
// the web host at 1366×768: its `InvoiceDate` / `Customer ID` headers recognised without naming
// any column; its two yearly sheets, which share their December days line for line, offered as
// one batch; the overlap between the sheets explained before importing and the shared days
// counted once; the summary listing the sheets; the same file and sheets again asked about; and a
// preview that takes long, cancelled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRetailWorkbook, type RetailLine } from '../import/real-files';
import { openApp, type AppSession } from './browser-harness';
import { chooseFile, writeSlowWorkbook } from './import-wizard-files';

const sql = (s: AppSession, query: string) => s.host.workspace.ctx.db.prepare(query);
const cents = (l: RetailLine) => Math.round(l.quantity * l.price * 100);
const withCustomer = (lines: RetailLine[]) => lines.filter((l) => l.customer !== null);

describe("a retailer's workbook in the import wizard", () => {
  let s: AppSession;
  let workbook: Awaited<ReturnType<typeof writeRetailWorkbook>>;

  beforeAll(async () => {
    s = await openApp({ viewport: { width: 1366, height: 768 } });
    workbook = await writeRetailWorkbook(s.dir);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('recognises InvoiceDate-style headers without asking to name the columns, and offers both sheets as one batch', async () => {
    const { page } = s;
    await chooseFile(page, workbook.path);
    await page.getByTestId('preview').waitFor();
    expect(await page.getByTestId('naming').count()).toBe(0);
    const selected = (field: string) => page.locator(`#map-${field} option:checked`).textContent();
    await expect.poll(() => selected('date')).toBe('E · InvoiceDate');
    await expect.poll(() => selected('customer')).toBe('G · Customer ID');
    const offer = page.getByTestId('all-sheets').locator('..');
    await expect.poll(() => offer.innerText()).toBe('Importar as 2 abas (Year 2009-2010, Year 2010-2011) como um lote');
    expect(await page.getByTestId('all-sheets').isChecked()).toBe(false);
    await s.screenshot('import-all-sheets');
    // The same mapping over the first rows, on demand: the header row is tagged, the columns named.
    await page.getByTestId('show-first-rows').click();
    const naming = page.getByTestId('naming');
    await expect.poll(() => naming.locator('tbody tr').first().innerText()).toMatch(/^1 cabeçalho\tInvoice\tStockCode/);
    await expect.poll(() => page.getByTestId('name-column-4').inputValue()).toBe('date');
    await expect.poll(() => page.getByTestId('naming-missing').innerText()).toBe('Os campos obrigatórios estão escolhidos.');
    await page.getByTestId('show-fields').click();
    await expect.poll(() => page.getByTestId('mapping').isVisible()).toBe(true);
  });

  it('explains the days the sheets share before importing, imports them once, and lists the sheets read', async () => {
    const { page } = s;
    const [first, second] = workbook.sheets;
    const shared = withCustomer(workbook.shared);
    const kept = [...withCustomer(first!.lines), ...withCustomer(second!.lines.slice(workbook.shared.length))];
    const readable = withCustomer([...first!.lines, ...second!.lines]);
    await page.getByTestId('all-sheets').check();
    await expect.poll(() => page.getByTestId('import-run').isEnabled()).toBe(true);
    await page.getByTestId('import-run').click();
    // An empty workspace, yet the second sheet repeats the first one's December days: the step says so.
    const panel = page.getByTestId('overlap');
    await panel.waitFor();
    await expect.poll(() => page.getByTestId('overlap-sheets').innerText()).toContain('As 2 abas (Year 2009-2010, Year 2010-2011) são lidas em ordem, como exportações seguidas');
    await expect.poll(() => panel.innerText()).toContain(`online_retail_II.xlsx tem ${readable.length} linhas de venda, de 20/11/2010 a 15/12/2010.`);
    await expect.poll(() => page.getByTestId('overlap-stored').innerText()).toContain(`${shared.length} delas já estão guardadas`);
    await expect.poll(() => page.getByTestId('overlap-dates').innerText()).toBe(`01/12/2010 a 09/12/2010: ${shared.length} linhas`);
    await s.screenshot('import-all-sheets-overlap');
    await page.getByTestId('overlap-import').click();
    await page.getByTestId('import-summary').waitFor();
    await expect.poll(() => page.getByTestId('summary-sheets').innerText()).toBe('Abas lidas: Year 2009-2010, Year 2010-2011');
    await expect.poll(() => page.getByTestId('summary-imported').innerText()).toBe(String(kept.length));
    await expect.poll(() => page.getByTestId('summary-skipped').innerText()).toBe(String(shared.length));
    // Each sheet numbers its rows from 1: the rejects say which sheet.
    const lastReject = page.getByTestId('batch-rejects').locator('tbody tr').last();
    await expect.poll(() => lastReject.locator('td').allInnerTexts()).toEqual(['Year 2010-2011', '75', 'Customer ID', 'Linha sem código de cliente.', expect.any(String)]);
    await s.screenshot('import-all-sheets-summary');
    // The shared days once: the revenue is the first sheet's and the second's own days.
    expect(sql(s, 'SELECT sum(amount_cents) FROM sale_lines').pluck().get()).toBe(kept.reduce((n, l) => n + cents(l), 0));
    expect(sql(s, 'SELECT count(*) FROM sale_lines').pluck().get()).toBe(kept.length);
    expect(sql(s, 'SELECT sheet FROM import_batches').pluck().get()).toBe('Year 2009-2010, Year 2010-2011');
  });

  it('asks before importing the very same file and sheets again', async () => {
    const { page } = s;
    await chooseFile(page, workbook.path);
    await page.getByTestId('preview').waitFor();
    // One sheet alone is other content: no question.
    await expect.poll(() => page.getByTestId('import-run').isVisible()).toBe(true);
    await page.getByTestId('all-sheets').check();
    await expect.poll(() => page.getByTestId('import-again').isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('alert').innerText()).toContain('Este arquivo tem o mesmo conteúdo do lote nº 1 (online_retail_II.xlsx)');
    await page.getByTestId('import-skip').click();
    await page.getByTestId('import-summary').waitFor();
    await expect.poll(() => page.getByTestId('import-summary').innerText()).toContain('online_retail_II.xlsx já estava importado; nada foi gravado de novo.');
    expect(sql(s, 'SELECT count(*) FROM import_batches').pluck().get()).toBe(1);
  });

  it('cancels a preview that takes long: the backend stops reading, and the wizard is back to choosing a file', async () => {
    const { page } = s;
    const slow = writeSlowWorkbook(s.dir, 'planilha-enorme.xlsx');
    const preview = page.waitForResponse((r) => r.url().includes('/api/call/import/preview'));
    const cancelled = page.waitForResponse((r) => r.url().includes('/api/call/import/cancel'));
    await chooseFile(page, slow);
    const reading = page.getByTestId('preview-reading');
    await reading.waitFor();
    await expect.poll(() => reading.innerText()).toContain('Lendo o início do arquivo…');
    await s.screenshot('import-preview-reading');
    await page.getByTestId('preview-cancel').click();
    // The cancel found the preview running, and the preview ended as cancelled, not read.
    expect(await (await cancelled).json()).toEqual({ cancelled: true });
    const answer = await preview;
    expect(answer.ok()).toBe(false);
    expect(await answer.json()).toMatchObject({ type: 'cancelled', code: 'import/cancelled' });
    await page.getByTestId('choose-file').waitFor();
    await expect.poll(() => page.url()).toMatch(/#\/import$/);
    await expect.poll(() => s.host.workspace.ctx.jobs.running()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
