// Overlapping exports on the screens (issue #10.3), in a real Chromium through the web host at
// 1366×768: before importing, what is already stored and for which dates, the three rules (skip
// selected), what replace would remove; the summary, the batches table, and an undo of a replace
// that brings the lines back.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APR_SEP_CSV, JAN_JUN_CSV } from '../import/overlap-helpers';
import { openApp, type AppSession } from './browser-harness';

// The same two exports as the command-line test, January–June then April–September with C2's May
// corrected and a new C3 (test/import/overlap-helpers.ts has their figures).
async function api<T>(s: AppSession, name: string, arg: unknown): Promise<T> {
  const result = await s.host.workspace.api.dispatch(name, arg);
  if (!result.ok) throw new Error(`${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result.value as T;
}

const revenue = (s: AppSession) => s.host.workspace.ctx.db.prepare('SELECT sum(amount_cents) FROM sale_lines').pluck().get();

describe('overlapping exports in the import wizard', () => {
  let s: AppSession;
  let first: string;
  let second: string;

  beforeAll(async () => {
    s = await openApp({ viewport: { width: 1366, height: 768 } });
    first = join(s.dir, 'vendas-jan-jun.csv');
    second = join(s.dir, 'vendas-abr-set.csv');
    writeFileSync(first, JAN_JUN_CSV);
    writeFileSync(second, APR_SEP_CSV);
  });
  afterAll(async () => {
    await s?.close();
  });

  /** Chooses a file in the wizard and presses "Importar" (or "Importar de novo") once its preview is there. */
  async function chooseAndImport(path: string, button = 'import-run') {
    const { page } = s;
    await page.goto(`${new URL(page.url()).origin}/#/import`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('choose-file').click();
    await (await chooser).setFiles(path);
    await page.getByTestId('preview').waitFor();
    await page.getByTestId(button).click();
  }

  it('imports into an empty workspace without asking', async () => {
    await chooseAndImport(first);
    await s.page.getByTestId('import-summary').waitFor();
    await expect.poll(() => s.page.getByTestId('summary-imported').innerText()).toBe('12');
    expect(revenue(s)).toBe(90_000);
  });

  it('says what is already stored and where, with skip chosen; replace shows what it would remove', async () => {
    const { page } = s;
    await chooseAndImport(second);
    const panel = page.getByTestId('overlap');
    await panel.waitFor();
    await expect.poll(() => panel.innerText()).toContain('vendas-abr-set.csv tem 15 linhas de venda, de 10/04/2025 a 20/09/2025.');
    // C1's 10/04, 10/05, 10/06 and C2's 20/04 and 20/06 (C2's May is another amount).
    await expect.poll(() => page.getByTestId('overlap-stored').innerText()).toContain('5 delas já estão guardadas');
    // C2's corrected 20/05 is a day of the file with nothing stored: two ranges.
    await expect.poll(() => page.getByTestId('overlap-dates').innerText()).toBe('10/04/2025 a 10/05/2025: 3 linhas\n10/06/2025 a 20/06/2025: 2 linhas');
    await expect.poll(() => page.getByTestId('overlap-skip').isChecked()).toBe(true);
    expect(await page.getByTestId('overlap-plan').count()).toBe(0);
    await s.screenshot('import-overlap');
    await page.getByTestId('overlap-replace').check();
    // The file runs 10/04–20/09: January–June's April, May and June lines of C1 and C2.
    await expect.poll(() => page.getByTestId('overlap-plan').innerText()).toContain('Substituir removerá 6 linhas guardadas, de 10/04/2025 a 20/06/2025');
    await expect.poll(() => page.getByTestId('overlap-plan').innerText()).toContain('lote nº 1, vendas-jan-jun.csv: 6 linhas (10/04/2025 a 20/06/2025)');
    await s.screenshot('import-overlap-replace');
    // Nothing was written by looking.
    expect(revenue(s)).toBe(90_000);
    // Back to the preview, nothing imported.
    await page.getByRole('button', { name: 'Voltar' }).click();
    await expect.poll(() => page.getByTestId('import-run').isVisible()).toBe(true);
    expect(await api<unknown[]>(s, 'import/batches', {})).toHaveLength(1);
  });

  it('skip: imports the 10 lines not stored and says it skipped 5', async () => {
    const { page } = s;
    await page.getByTestId('import-run').click();
    await page.getByTestId('overlap').waitFor();
    await page.getByTestId('overlap-import').click();
    await page.getByTestId('import-summary').waitFor();
    await expect.poll(() => page.getByTestId('summary-imported').innerText()).toBe('10');
    await expect.poll(() => page.getByTestId('summary-skipped').innerText()).toBe('5');
    await s.screenshot('import-overlap-skip-summary');
    expect(revenue(s)).toBe(150_000); // 900 + 300 + 60 + 150 + 90
    await page.getByTestId('undo-import').click();
    await page.getByTestId('undo-import-confirm').click();
    await page.getByText('Importação desfeita: 10 linhas de venda removidas.').waitFor();
    expect(revenue(s)).toBe(90_000);
  });

  it('replace: imports the whole file, says it replaced 6; undone from the batches table, it brings them back', async () => {
    const { page } = s;
    await chooseAndImport(second);
    await page.getByTestId('overlap').waitFor();
    await page.getByTestId('overlap-replace').check();
    await page.getByTestId('overlap-import').click();
    await page.getByTestId('import-summary').waitFor();
    await expect.poll(() => page.getByTestId('summary-imported').innerText()).toBe('15');
    await expect.poll(() => page.getByTestId('summary-replaced').innerText()).toBe('6');
    expect(revenue(s)).toBe(145_000); // January–March 450 + the whole second export 1.000
    await page.getByRole('link', { name: 'Início' }).click();
    const table = page.getByTestId('start-batches');
    await table.waitFor();
    const row = table.locator('tbody tr').first();
    await expect.poll(() => row.locator('td').allInnerTexts()).toEqual(expect.arrayContaining(['vendas-abr-set.csv', '15', '0', '6']));
    await s.screenshot('start-batches-overlap');
    await row.getByRole('button', { name: 'Desfazer' }).click();
    await row.getByRole('button', { name: 'Sim, desfazer' }).click();
    await page.getByText('linhas de venda removidas; 6 linhas que ele havia substituído estão de volta.').waitFor();
    expect(revenue(s)).toBe(90_000);
  });

  it('keep: imports every line, the overlap counted twice', async () => {
    const { page } = s;
    await chooseAndImport(second);
    await page.getByTestId('overlap').waitFor();
    await page.getByTestId('overlap-keep').check();
    await page.getByTestId('overlap-import').click();
    await page.getByTestId('import-summary').waitFor();
    await expect.poll(() => page.getByTestId('summary-imported').innerText()).toBe('15');
    expect(revenue(s)).toBe(190_000);
  });

  it('speaks the reader’s language', async () => {
    const { page } = s;
    // The same content as batch 1: the wizard asks first, then checks.
    await chooseAndImport(first, 'import-again');
    await page.getByTestId('overlap').waitFor();
    await page.getByTestId('locale').selectOption('en');
    await expect.poll(() => page.getByTestId('overlap-stored').innerText()).toContain('12 of them are already stored');
    await page.getByTestId('overlap-replace').check();
    // January–June's 12 lines, and the kept April–September's 6 of April–June.
    await expect.poll(() => page.getByTestId('overlap-plan').innerText()).toContain('Replacing will remove 18 stored lines, from 01/10/2025 to 06/20/2025');
    await s.screenshot('import-overlap-en');
    await page.getByTestId('locale').selectOption('pt-BR');
    await page.getByRole('button', { name: 'Voltar' }).click();
  });
});
