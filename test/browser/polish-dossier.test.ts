// The dossier, in a real Chromium through the web host at 1366×768: a proposal's result (open,
// won, lost) set with one choice in its row, its reason and amount kept, the proposals summed up;
// and printed dossiers numbered "página 2 de 5" on every page, one customer and all A customers
// (rendered to PDF by Chromium, read back with poppler's pdftotext, a page looked at as an image).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, type AppSession } from './browser-harness';
import { apiOf, onAnalysedSample, showOf } from './session-helpers';

let s: AppSession;

const api = apiOf(() => s);
const show = showOf(() => s);
const money = (cents: number) => new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' }).format(cents / 100);

/** Prints the page with its print stylesheet (as the desktop's printToPDF does) and reads it back: each page's text. */
async function printed(name: string, pageToLook = 1): Promise<string[]> {
  const { page } = s;
  const path = join(SCREENSHOTS, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: null });
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  // A page as an image, for a person to look at.
  const png = join(SCREENSHOTS, `${name}-page${pageToLook}`);
  execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(pageToLook), '-l', String(pageToLook), '-singlefile', join(SCREENSHOTS, `${name}.pdf`), png]);
  expect(existsSync(`${png}.png`)).toBe(true);
  return text.split('\f').slice(0, count);
}

onAnalysedSample((opened) => (s = opened));

describe('a proposal has a result', () => {
  it('is open when added, won with one choice in its row, and lost with its reason from the form', async () => {
    const { page } = s;
    await show('#/dossier?code=C00162');
    const form = page.getByTestId('event-form');
    await form.locator('[data-field=kind]').selectOption('proposal');
    await form.locator('[data-field=title]').fill('Contrato anual de reposição');
    await form.locator('[data-field=amount]').fill('10.000,00');
    await form.getByRole('button', { name: 'Adicionar registro' }).click();
    await expect.poll(async () => (await api('dossier/get', { code: 'C00162' })).events.length).toBe(1);
    const [first] = (await api('dossier/get', { code: 'C00162' })).events;
    expect(first).toMatchObject({ kind: 'proposal', outcome: 'open', amount: 1_000_000 });
    const outcome = page.getByTestId(`outcome-${first!.id}`);
    await expect.poll(() => outcome.inputValue()).toBe('open');
    await expect.poll(() => page.getByTestId('proposals-summary').innerText()).toBe(`Propostas: 1 em aberto (${money(1_000_000)})`);

    // Won: one choice in the row, saved at once.
    await outcome.selectOption('won');
    await expect.poll(async () => (await api('dossier/get', { code: 'C00162' })).events[0]!.outcome).toBe('won');
    await expect.poll(() => page.getByTestId('proposals-summary').innerText()).toBe(`Propostas: 1 ganha (${money(1_000_000)}) · 100% das decididas foram ganhas`);

    // Lost, with its reason, from the form.
    await form.locator('[data-field=kind]').selectOption('proposal');
    await form.locator('[data-field=title]').fill('Linha de limpeza');
    await form.locator('[data-field=outcome]').selectOption('lost');
    await form.locator('[data-field=reason]').fill('Prazo de entrega');
    await form.locator('[data-field=amount]').fill('5.000,00');
    await form.getByRole('button', { name: 'Adicionar registro' }).click();
    await expect
      .poll(() => page.getByTestId('proposals-summary').innerText())
      .toBe(`Propostas: 1 ganha (${money(1_000_000)}) · 1 perdida (${money(500_000)}) · 50% das decididas foram ganhas`);
    const lost = (await api('dossier/get', { code: 'C00162' })).events.find((e) => e.title === 'Linha de limpeza')!;
    expect(lost).toMatchObject({ outcome: 'lost', reason: 'Prazo de entrega', amount: 500_000 });
    await expect.poll(() => page.getByTestId(`event-${lost.id}`).innerText()).toContain('Prazo de entrega');
    expect(await page.getByTestId(`outcome-${lost.id}`).inputValue()).toBe('lost');
    // Back to open: kept after a reload.
    await page.getByTestId(`outcome-${lost.id}`).selectOption('open');
    await expect.poll(async () => (await api('dossier/get', { code: 'C00162' })).events.find((e) => e.id === lost.id)!.outcome).toBe('open');
    await page.reload();
    await expect.poll(() => page.getByTestId(`outcome-${lost.id}`).inputValue()).toBe('open');
    await page.getByTestId(`outcome-${lost.id}`).selectOption('lost');
    await expect.poll(() => page.getByTestId('proposals-summary').innerText()).toContain('1 perdida');
    await page.getByTestId('events').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'polish-dossier-proposals.png') });
  });

  it('prints the result as words', async () => {
    const pages = await printed('polish-dossier-one', 2);
    const all = pages.join('\n');
    expect(all).toMatch(/Ganha/);
    expect(all).toMatch(/Perdida — Prazo de entrega/);
    expect(all).toContain('Propostas: 1 ganha');
  });
});

describe('printed dossiers are numbered', () => {
  it('one customer: "página i de N" and its name on every page', async () => {
    const pages = await printed('polish-dossier-one', 2);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(`página ${i + 1} de ${pages.length}`);
      expect(text, `page ${i + 1}`).toContain('Dossiê C00162 · Hotel Mineira');
    });
  });

  it('all A customers: one numbering through the document, in the language chosen', async () => {
    const { page } = s;
    const a = (await api('analysis/results', { runId: 1, filter: { abc: 'A' } })).length;
    await show('#/dossiers');
    await expect.poll(() => page.getByTestId('printed-dossier').count()).toBe(a);
    const pages = await printed('polish-dossiers-a', 3);
    expect(pages.length).toBeGreaterThanOrEqual(a);
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(`página ${i + 1} de ${pages.length}`);
      expect(text, `page ${i + 1}`).toContain('Dossiês dos clientes A · análise nº 1');
    });
    await page.getByTestId('locale').selectOption('en');
    await expect.poll(() => page.getByTestId('print-page-numbers').innerText()).toContain('"page "');
    const english = await printed('polish-dossiers-a-en');
    expect(english[0]).toContain(`page 1 of ${english.length}`);
    expect(english[0]).toContain('Dossiers of the A customers · run #1');
    await page.getByTestId('locale').selectOption('pt-BR');
  });
});
