// Naming the columns in the import wizard (issue #10.4), in a real Chromium through the web host at
// 1366×768: a CSV without a header (the first rows with a dropdown per column, "the first row is
// data", what is still missing, the import with that mapping and its figures), the mapping
// remembered for the next header-less file as wide (#132), a wide file whose header is nonsense
// words (the table scrolls, not the page; the header set remembered), the keyboard, and the
// rejects in English.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeShopExport } from '../import/real-files';
import { openApp, type AppSession } from './browser-harness';
import {
  chooseFile,
  HEADERLESS_CENTS,
  HEADERLESS_LINES,
  HEADERLESS_READABLE,
  pageScrollsSideways,
  writeHeaderlessCsv,
  writeNonsenseCsv,
} from './import-wizard-files';

const sql = (s: AppSession, query: string) => s.host.workspace.ctx.db.prepare(query);
const revenue = (s: AppSession) => sql(s, 'SELECT coalesce(sum(amount_cents), 0) FROM sale_lines').pluck().get();

describe('naming the columns in the import wizard', () => {
  let s: AppSession;

  beforeAll(async () => {
    s = await openApp({ viewport: { width: 1366, height: 768 } });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows a header-less file’s first rows with a dropdown per column, and says what is missing', async () => {
    const { page } = s;
    await chooseFile(page, writeHeaderlessCsv(s.dir, 'vendas-sem-cabecalho.csv'));
    const naming = page.getByTestId('naming');
    await naming.waitFor();
    await expect.poll(() => naming.innerText()).toContain('O Clave não reconheceu os cabeçalhos deste arquivo.');
    await expect.poll(() => page.getByTestId('naming-missing').innerText()).toBe(
      'Ainda falta escolher: Cliente (código), Data, valor (ou quantidade e preço unitário).',
    );
    // Until told otherwise, the first row is taken as the header (not recognised), and nothing can be imported.
    await expect.poll(() => naming.locator('tbody tr').first().innerText()).toContain('cabeçalho');
    await expect.poll(() => page.getByTestId('file-name').locator('..').innerText()).toContain('cabeçalho na linha 1, não reconhecido');
    await expect.poll(() => page.getByTestId('file-name').locator('..').innerText()).toContain('separador ponto e vírgula (;)');
    expect(await page.getByTestId('import-run').isDisabled()).toBe(true);
    expect(await naming.locator('thead select').count()).toBe(6);
    await s.screenshot('import-naming');
  });

  it('is used from the keyboard: Tab goes from one column’s dropdown to the next', async () => {
    const { page } = s;
    await page.getByTestId('first-row-is-data').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('name-column-0');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('name-column-1');
  });

  it('reads the first row as data when told, follows each choice, and imports with that mapping', async () => {
    const { page } = s;
    await page.getByTestId('first-row-is-data').check();
    await expect.poll(() => page.getByTestId('file-name').locator('..').innerText()).toContain('sem cabeçalho');
    // Row 1 is data now: no row is tagged as the header.
    await expect.poll(() => page.getByTestId('naming').locator('tbody tr').first().innerText()).not.toContain('cabeçalho');
    const choices: [number, string][] = [
      [0, 'orderId'],
      [1, 'customer'],
      [2, 'date'],
      [3, 'product'],
      [4, 'quantity'],
    ];
    for (const [column, field] of choices) await page.getByTestId(`name-column-${column}`).selectOption(field);
    await expect.poll(() => page.getByTestId('naming-missing').innerText()).toBe('Ainda falta escolher: valor (ou quantidade e preço unitário).');
    await page.getByTestId('name-column-5').selectOption('amount');
    await expect.poll(() => page.getByTestId('naming-missing').innerText()).toBe('Os campos obrigatórios estão escolhidos.');
    // The preview follows: row 1 is a sale, the amounts read with a decimal comma.
    const preview = page.getByTestId('preview');
    await expect.poll(() => preview.locator('tbody tr').first().innerText()).toMatch(/^1\tC001\t05\/01\/2025\t1001\tParafuso\t10\tR\$\s150,00$/);
    await expect.poll(() => page.getByTestId('naming').locator('thead th').nth(6).innerText()).toContain('vírgula decimal');
    // The unreadable amount of row 8, named by its column's letter.
    await expect.poll(() => page.getByTestId('preview-rejects').locator('tbody tr').first().innerText()).toContain('coluna F');
    await s.screenshot('import-naming-chosen');

    await page.getByTestId('import-run').click();
    await page.getByTestId('import-summary').waitFor();
    await expect.poll(() => page.getByTestId('summary-imported').innerText()).toBe(String(HEADERLESS_READABLE));
    await expect.poll(() => page.getByTestId('summary-rejected').innerText()).toBe('1');
    expect(revenue(s)).toBe(HEADERLESS_CENTS);
    const lines = sql(s, 'SELECT c.code, l.day, l.quantity_milli, l.amount_cents FROM sale_lines l JOIN customers c ON c.id = l.customer_id ORDER BY l.id').all();
    expect(lines[0]).toEqual({ code: 'C001', day: expect.any(Number), quantity_milli: 10_000, amount_cents: 15_000 });
    expect(sql(s, 'SELECT count(DISTINCT customer_id) FROM sale_lines').pluck().get()).toBe(4);
    expect(sql(s, "SELECT sum(amount_cents) FROM sale_lines l JOIN customers c ON c.id = l.customer_id WHERE c.code = 'C001'").pluck().get()).toBe(136_500);
  });

  it('shows the rejects in English, the column named by its letter', async () => {
    const { page } = s;
    await page.getByTestId('locale').selectOption('en');
    const row = page.getByTestId('batch-rejects').locator('tbody tr').first();
    await expect.poll(() => row.locator('td').allInnerTexts()).toEqual([
      '8',
      'column F',
      'Unreadable number: "abc" (the decimal separator in this column is the comma).',
      expect.stringContaining('1008 · C003 · 03/03/2025 · Bucha · 3 · abc'),
    ]);
    await s.screenshot('import-naming-summary-en');
    await page.getByTestId('locale').selectOption('pt-BR');
  });

  it('offers the columns named before to the next header-less file of the same width', async () => {
    const { page } = s;
    const next = HEADERLESS_LINES.slice(0, 3).map((l) => ({ ...l, order: `2${l.order}`, date: l.date.replace('/01/', '/04/') }));
    await chooseFile(page, writeHeaderlessCsv(s.dir, 'abril-sem-cabecalho.csv', next));
    await page.getByTestId('naming').waitFor();
    await page.getByTestId('first-row-is-data').check();
    await expect.poll(() => page.getByText('As mesmas da última importação de um arquivo sem cabeçalho com 6 colunas.').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('naming-missing').innerText()).toBe('Os campos obrigatórios estão escolhidos.');
    await expect.poll(() => page.getByTestId('name-column-5').inputValue()).toBe('amount');
    await page.getByTestId('import-run').click();
    // The workspace holds sales now: the dry run finds none of these stored, and imports.
    await page.getByTestId('import-summary').waitFor();
    await expect.poll(() => page.getByTestId('summary-imported').innerText()).toBe('3');
    expect(revenue(s)).toBe(HEADERLESS_CENTS + 15_000 + 4_550 + 120_000);
  });

  it('names the columns of a wide file whose header is nonsense: the table scrolls, not the page; the header set is remembered', async () => {
    const { page } = s;
    const wide = writeNonsenseCsv(s.dir, 'exportacao-estranha.csv', 24);
    await chooseFile(page, wide.path);
    const naming = page.getByTestId('naming');
    await naming.waitFor();
    await expect.poll(() => naming.locator('thead select').count()).toBe(24);
    await expect.poll(() => naming.locator('tbody tr').first().innerText()).toContain('zorp');
    expect(await pageScrollsSideways(page)).toBe(false);
    const box = naming.locator('.naming-scroll');
    expect(await box.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    // The last column is reached by scrolling the table.
    await page.getByTestId('name-column-23').scrollIntoViewIfNeeded();
    expect(await pageScrollsSideways(page)).toBe(false);
    await page.getByTestId('name-column-0').selectOption('customer');
    await page.getByTestId('name-column-1').selectOption('date');
    await page.getByTestId('name-column-2').selectOption('amount');
    await expect.poll(() => page.getByTestId('naming-missing').innerText()).toBe('Os campos obrigatórios estão escolhidos.');
    await expect.poll(() => page.getByTestId('preview').locator('tbody tr').count()).toBe(6);
    await s.screenshot('import-naming-wide');
    const before = revenue(s) as number;
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-summary').waitFor();
    await expect.poll(() => page.getByTestId('summary-imported').innerText()).toBe('6');
    expect(revenue(s)).toBe(before + wide.cents);

    // Another export with the same nonsense header: its columns come as named, ready to import.
    const again = writeNonsenseCsv(s.dir, 'exportacao-estranha-2.csv', 24, 3);
    await chooseFile(page, again.path);
    await page.getByTestId('naming').waitFor();
    await expect.poll(() => page.getByText('As mesmas da última importação com estes cabeçalhos.').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('naming-missing').innerText()).toBe('Os campos obrigatórios estão escolhidos.');
    await expect.poll(() => page.getByTestId('import-run').isEnabled()).toBe(true);
  });

  it('speaks English on the naming step too', async () => {
    const { page } = s;
    await page.getByTestId('locale').selectOption('en');
    await chooseFile(page, writeHeaderlessCsv(s.dir, 'no-header.csv', HEADERLESS_LINES.slice(0, 4)));
    await page.getByTestId('naming').waitFor();
    await expect.poll(() => page.getByTestId('naming-missing').innerText()).toBe('Still to choose: Customer (code), Date, amount (or quantity and unit price).');
    await expect.poll(() => page.getByTestId('file-name').locator('..').innerText()).toContain('delimiter semicolon (;)');
    await s.screenshot('import-naming-en');
    await page.getByTestId('locale').selectOption('pt-BR');
  });

  it('names the delimiter and the encoding: runs of spaces, a vertical bar, UTF-16 BE', async () => {
    const { page } = s;
    const facts = () => page.getByTestId('file-name').locator('..').innerText();
    await chooseFile(page, writeShopExport(s.dir).path);
    await page.getByTestId('preview').waitFor();
    await expect.poll(facts).toContain('separador espaços (colunas alinhadas)');
    expect(await page.getByTestId('naming').count()).toBe(0);
    // A UTF-16 big-endian text (with its byte order mark), columns split by "|".
    const text = '\ufeffCliente|Data|Valor\nC1|01/11/2024|10,00\n';
    const bytes = Buffer.from(text, 'utf16le').swap16();
    writeFileSync(join(s.dir, 'utf16.txt'), bytes);
    await chooseFile(page, join(s.dir, 'utf16.txt'));
    await page.getByTestId('preview').waitFor();
    await expect.poll(facts).toContain('codificação UTF-16 BE · separador barra vertical (|) · cabeçalho na linha 1');
    await page.getByTestId('locale').selectOption('ca');
    await expect.poll(facts).toContain('codificació UTF-16 BE · separador barra vertical (|) · capçalera a la fila 1');
    await page.getByTestId('locale').selectOption('es');
    await expect.poll(facts).toContain('codificación UTF-16 BE · separador barra vertical (|)');
    await page.getByTestId('locale').selectOption('pt-BR');
  });
});
