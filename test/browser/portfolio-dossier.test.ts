// The portfolio and the dossier in a real browser against a real workspace: a user creates a
// prospect, qualifies it (three P), fills its decision-making map and action plan, edits an
// imported customer, deletes and undoes, and prints dossiers to PDF (checked with poppler).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../shared/api/analysis-api';
import { SCREENSHOTS, type AppSession } from './browser-harness';
import { onPreparedSession } from './session-helpers';

let session: AppSession;
let run: RunSummary;

const PDF_DIR = SCREENSHOTS;

/** The text of a PDF (pages separated by form feeds) and its page count, through poppler. */
function pdfText(path: string): { pages: string[]; count: number } {
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const count = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  return { pages: text.split('\f').slice(0, count), count };
}

/** Prints what the page shows with its print stylesheet, as the desktop's printToPDF does. */
async function printToPdf(name: string): Promise<string> {
  const { page } = session;
  const path = join(PDF_DIR, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: null });
  // The first page as an image, for a person to look at.
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', path, join(PDF_DIR, `${name}-page1`)]);
  expect(existsSync(join(PDF_DIR, `${name}-page1.png`))).toBe(true);
  return path;
}

/** Replaces the browser's print dialog, which would block a headless test, by a note of the document title. */
async function stubPrint() {
  await session.page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printed = document.title;
    };
  });
}

async function show(hash: string) {
  await session.page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

onPreparedSession(
  (opened) => (session = opened),
  async () => {
    const api = session.host.workspace.api;
    const sample = await api.call('sample/create', { lines: 3000, customers: 40 });
    await api.call('import/run', { fileId: sample.fileId });
    run = await api.call('analysis/run', {});
  },
  // The default window (1440×900).
  { open: {} },
);

describe('portfolio', () => {
  it('lists every customer by status, with class badges and formatted money', async () => {
    const { page } = session;
    await show('#/portfolio');
    const table = page.getByTestId('portfolio-table');
    await table.waitFor();
    const rows = page.locator('tr.portfolio-row');
    // Every customer, also those outside the run's window.
    const listed = await session.host.workspace.api.call('customers/list', {});
    expect(listed.length).toBeGreaterThanOrEqual(run.totals.customers);
    expect(await rows.count()).toBe(listed.length);
    expect(await table.textContent()).toMatch(/R\$\s?\d{1,3}(\.\d{3})*,\d{2}/);
    // The status tabs count and filter.
    const active = page.getByTestId('status-active');
    const count = Number((await active.locator('.tab-count').textContent())!.replace(/\D/g, ''));
    await active.click();
    await expect.poll(() => rows.count()).toBe(count);
    await page.getByTestId('status-all').click();
    await page.getByTestId('group-by').selectOption('seller');
    await page.locator('tr.group-row').first().waitFor();
    await session.screenshot('portfolio');
    await page.getByTestId('group-by').selectOption('none');
    expect(await page.getByTestId('seller-segment').locator('tbody tr').count()).toBeGreaterThan(0);
  });
});

describe('dossier', () => {
  const PROSPECT = { code: 'P-100', name: 'Prospecção Ágil Ltda' };

  it('creates a prospect from the portfolio and qualifies it with the three P (kept after a reload)', async () => {
    const { page } = session;
    await show('#/portfolio');
    await page.getByTestId('new-prospect').click();
    await page.getByTestId('prospect-code').fill(PROSPECT.code);
    await page.getByTestId('prospect-name').fill(PROSPECT.name);
    await page.getByTestId('prospect-name').press('Enter');
    await page.waitForFunction(() => window.location.hash.startsWith('#/dossier?code=P-100'));
    await expect.poll(() => page.getByTestId('dossier-name').textContent()).toContain(PROSPECT.name);
    expect(await page.getByTestId('three-p-checked').textContent()).toBe('Ainda não verificado');
    for (const p of ['need', 'pay', 'authority']) {
      await page.getByTestId(`threeP-${p}`).check();
      await expect.poll(() => page.getByTestId(`threeP-${p}`).isChecked()).toBe(true);
    }
    await expect.poll(() => page.getByTestId('three-p-checked').textContent()).toMatch(/^Verificado em \d{2}\/\d{2}\/\d{4}$/);
    await page.reload();
    await page.getByTestId('threeP-authority').waitFor();
    for (const p of ['need', 'pay', 'authority']) expect(await page.getByTestId(`threeP-${p}`).isChecked()).toBe(true);
    const listed = await session.host.workspace.api.call('customers/list', { filter: { search: PROSPECT.code } });
    expect(listed[0]).toMatchObject({ code: PROSPECT.code, status: 'prospect', threeP: 3 });
  });

  it('adds a contact, a decision maker, an objective and an action', async () => {
    const { page } = session;
    const person = page.getByTestId('person-form');
    await person.locator('[data-field=name]').fill('Carla Contato');
    await person.locator('[data-field=email]').fill('carla@agil.com.br');
    await person.getByRole('button', { name: 'Adicionar pessoa' }).click();
    await page.getByTestId('people').getByText('Carla Contato').waitFor();
    await person.locator('[data-field=name]').fill('Sérgio Diretor');
    await person.locator('[data-field=role]').fill('Diretor de compras');
    await person.locator('[data-field=influence]').selectOption('decision maker');
    await person.locator('[data-field=attitude]').selectOption('supporter');
    await person.getByRole('button', { name: 'Adicionar pessoa' }).click();
    const sergio = page.getByTestId('people').locator('tr', { hasText: 'Sérgio Diretor' });
    await sergio.waitFor();
    expect(await sergio.textContent()).toContain('Decisor');
    expect(await sergio.textContent()).toContain('A favor');

    const objective = page.getByTestId('objective-form');
    await objective.locator('[data-field=title]').fill('Fechar o primeiro pedido');
    await objective.locator('[data-field=dueDay]').fill('31/03/2030');
    await objective.getByRole('button', { name: 'Adicionar objetivo' }).click();
    await page.locator('[data-testid^=objective-row-]', { hasText: 'Fechar o primeiro pedido' }).waitFor();
    const action = page.getByTestId('action-form');
    await expect.poll(() => action.locator('[data-field=objectiveId] option:checked').textContent()).toBe('Fechar o primeiro pedido');
    await action.locator('[data-field=title]').fill('Apresentar a linha nova');
    await action.locator('[data-field=dueDay]').fill('15/02/2030');
    await action.getByRole('button', { name: 'Adicionar ação' }).click();
    await page.locator('[data-testid^=action-]', { hasText: 'Apresentar a linha nova' }).first().waitFor();
    expect(await page.locator('[data-testid^=objective-] .actions').textContent()).toContain('15/02/2030');

    const dossier = await session.host.workspace.api.call('dossier/get', { code: PROSPECT.code });
    expect(dossier.people.map((p) => [p.name, p.influence])).toEqual(expect.arrayContaining([['Carla Contato', null], ['Sérgio Diretor', 'decision maker']]));
    expect(dossier.actions).toMatchObject([{ title: 'Apresentar a linha nova', objectiveId: dossier.objectives[0]!.id }]);
    // Ticking the action done saves it at once with today's date.
    await page.locator(`[data-testid=action-done-${dossier.actions[0]!.id}]`).check();
    await expect.poll(async () => (await session.host.workspace.api.call('dossier/get', { code: PROSPECT.code })).actions[0]!.doneDay).not.toBeNull();
  });

  it("edits an imported customer's name, keeps showing the imported one, deletes a person and undoes it", async () => {
    const { page } = session;
    const [top] = await session.host.workspace.api.call('analysis/results', { runId: run.id, filter: { abc: 'A' } });
    const code = top!.code;
    const imported = top!.name!;
    await show('#/portfolio');
    await page.locator(`tr.portfolio-row[data-code="${code}"]`).click();
    await page.waitForFunction((c) => window.location.hash === `#/dossier?code=${c}`, code);
    await expect.poll(() => page.getByTestId('dossier-name').textContent()).toContain(imported);
    await page.getByTestId('field-name').fill('Cliente Renomeado S/A');
    await page.getByTestId('field-name').press('Tab');
    await expect.poll(() => page.getByTestId('dossier-name').textContent()).toContain('Cliente Renomeado S/A');
    expect(await page.getByTestId('imported-name').textContent()).toContain(`Importado: ${imported}`);

    const person = page.getByTestId('person-form');
    await person.locator('[data-field=name]').fill('Roberta Compras');
    await person.locator('[data-field=phone]').fill('+55 11 4002-8922');
    await person.locator('[data-field=influence]').selectOption('sponsor');
    await person.getByRole('button', { name: 'Adicionar pessoa' }).click();
    const roberta = page.getByTestId('people').locator('tr', { hasText: 'Roberta Compras' });
    await roberta.waitFor();
    await person.locator('[data-field=name]').fill('Pessoa Temporária');
    await person.getByRole('button', { name: 'Adicionar pessoa' }).click();
    const temp = page.getByTestId('people').locator('tr', { hasText: 'Pessoa Temporária' });
    await temp.waitFor();
    await temp.getByRole('button', { name: 'Excluir' }).click();
    await temp.getByRole('button', { name: 'Sim, excluir' }).click();
    await expect.poll(() => temp.count()).toBe(0);
    expect(await page.getByTestId('undo-notice').textContent()).toContain('Pessoa Temporária');
    await page.getByTestId('undo').click();
    await temp.waitFor();
    expect((await session.host.workspace.api.call('dossier/get', { code })).people.map((p) => p.name)).toContain('Pessoa Temporária');

    // A proposal lost, with its reason and amount, and a competitor.
    const event = page.getByTestId('event-form');
    await event.locator('[data-field=kind]').selectOption('proposal');
    await event.locator('[data-field=title]').fill('Contrato anual de reposição');
    await event.locator('[data-field=outcome]').selectOption('lost');
    await event.locator('[data-field=reason]').fill('Preço acima do concorrente');
    await event.locator('[data-field=amount]').fill('48.500,00');
    await event.getByRole('button', { name: 'Adicionar registro' }).click();
    // Intl puts a no-break space after the currency symbol.
    await expect.poll(() => page.getByTestId('events').textContent()).toMatch(/R\$\s48\.500,00/);
    const competitor = page.getByTestId('competitor-form');
    await competitor.locator('[data-field=name]').fill('Rival Distribuidora');
    await competitor.locator('[data-field=notes]').fill('Desconto agressivo no atacado');
    await competitor.getByRole('button', { name: 'Adicionar concorrente' }).click();
    await page.getByTestId('competitors').getByText('Rival Distribuidora').waitFor();
    await page.getByTestId('monthly-chart').waitFor();
    await session.screenshot('dossier');

    // "Imprimir dossiê" hands the page to the print path under the dossier's file name.
    await stubPrint();
    await page.getByTestId('print-dossier').click();
    await expect.poll(() => page.evaluate(() => document.body.dataset.printed)).toBe(`dossie-${code}`);

    const pdf = pdfText(await printToPdf('dossier'));
    const all = pdf.pages.join('\n');
    expect(all).toContain('Cliente Renomeado S/A');
    expect(all).toContain('2. Histórico do relacionamento');
    expect(all).toContain('3. Mapa de decisão');
    expect(all).toContain('Roberta Compras');
    expect(all).toContain('Rival Distribuidora');
    expect(all).toMatch(/R\$\s?48\.500,00/);
    // No screen chrome in print: no navigation, no buttons.
    expect(all).not.toContain('Carteira de clientes');
    expect(all).not.toContain('Adicionar pessoa');
    expect(all).not.toContain('Imprimir dossiê');
  });

  it('prints the dossiers of all A customers, one page-broken dossier each', async () => {
    const { page } = session;
    const a = await session.host.workspace.api.call('analysis/results', { runId: run.id, filter: { abc: 'A' } });
    await show('#/portfolio');
    await page.getByTestId('print-key-accounts').click();
    await page.waitForFunction(() => window.location.hash.startsWith('#/dossiers'));
    await expect.poll(() => page.getByTestId('printed-dossier').count()).toBe(a.length);
    // `print=1` (the app menu) prints once the dossiers are on the page, then drops the parameter.
    await stubPrint();
    await show('#/dossiers?print=1');
    await expect.poll(() => page.evaluate(() => document.body.dataset.printed)).toBe(`dossies-clientes-A-analise-${run.id}`); // the run's number in the file name
    await page.waitForFunction(() => !window.location.hash.includes('print='));

    const pdf = pdfText(await printToPdf('dossiers-a'));
    expect(pdf.count).toBeGreaterThanOrEqual(a.length);
    // Each dossier starts a page: some page begins with each A customer's name, in ABC order.
    const starts = pdf.pages.map((p) => p.trim().slice(0, 300));
    let last = -1;
    for (const c of a) {
      const name = c.code === a[0]!.code ? 'Cliente Renomeado S/A' : c.name!;
      const at = starts.findIndex((s, i) => i > last && s.includes(name));
      expect(at, `${c.code} ${name}`).toBeGreaterThan(last);
      last = at;
    }
  });
});

describe('deleting asks, and can be undone', () => {
  it('keeps the team: add a KAM, rename it, delete it, undo', async () => {
    const { page } = session;
    const api = session.host.workspace.api;
    await show('#/portfolio');
    await page.getByTestId('team-new-name').fill('Renata Alves');
    await page.getByTestId('team-add').click();
    await expect.poll(async () => (await api.call('team/list', {})).map((t) => t.name)).toContain('Renata Alves');
    const renata = (await api.call('team/list', {})).find((t) => t.name === 'Renata Alves')!;
    const row = page.getByTestId(`team-${renata.id}`);
    const name = row.getByRole('textbox').first();
    await name.fill('Renata Alves Souza');
    await name.press('Enter');
    await expect.poll(async () => (await api.call('team/list', {})).find((t) => t.id === renata.id)?.name).toBe('Renata Alves Souza');
    // Deleting asks first, in place; the confirmation removes; "Desfazer" brings it back.
    await page.getByTestId(`team-delete-${renata.id}`).click();
    expect(await api.call('team/list', {})).toContainEqual(expect.objectContaining({ id: renata.id }));
    await page.getByTestId(`team-delete-${renata.id}-confirm`).click();
    await expect.poll(async () => (await api.call('team/list', {})).some((t) => t.id === renata.id)).toBe(false);
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await api.call('team/list', {})).some((t) => t.id === renata.id)).toBe(true);
    await expect.poll(() => page.getByTestId(`team-${renata.id}`).count()).toBe(1);
  });

  it('deletes a customer from its dossier and restores it', async () => {
    const { page } = session;
    const api = session.host.workspace.api;
    const victim = (await api.call('analysis/results', { runId: run.id, filter: { abc: 'C' } }))[0]!;
    await show(`#/dossier?code=${encodeURIComponent(victim.code)}`);
    await page.getByTestId('delete-customer').click();
    await page.getByTestId('delete-customer-confirm').click();
    await page.getByTestId('customer-deleted').waitFor();
    // Out of the portfolio, its sales and runs untouched.
    expect((await api.call('customers/list', {})).some((c) => c.code === victim.code)).toBe(false);
    expect((await api.call('analysis/results', { runId: run.id, filter: { abc: 'C' } }))[0]!.code).toBe(victim.code);
    await page.getByTestId('customer-deleted').getByRole('button').click();
    await expect.poll(() => page.getByTestId('customer-deleted').count()).toBe(0);
    expect((await api.call('customers/list', {})).some((c) => c.code === victim.code)).toBe(true);
  });
});
