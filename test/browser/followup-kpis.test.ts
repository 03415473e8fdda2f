// Follow-up, KPIs and data safety in a real Chromium through the web host, on a fresh workspace
// loaded with the one-click sample: the agenda (an activity logged with a next contact date, the
// customers whose expected purchase has passed), win-back (a reason and an offer kept across a
// reload), the dashboard against the API, an NPS sheet with a bad row, a health weight, and a
// backup restored over a later change.
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerName, Handlers } from '../../shared/api/handlers';
import { isoOfDay, type Day } from '../../shared/domain/calendar';
import { localToday } from '../../electron/kam/today';
import { openApp, SCREENSHOTS, type AppSession } from './browser-harness';

let s: AppSession;
const today: Day = localToday();

/** Calls the workspace's API table directly, to check what the screens show against the backend. */
function api<N extends HandlerName>(name: N, arg: Parameters<Handlers[N]>[0]): ReturnType<Handlers[N]> {
  return s.host.workspace.api.call(name, arg);
}

async function show(hash: string) {
  await s.page.evaluate((h) => {
    window.location.hash = h;
  }, hash);
}

const pt = {
  integer: (n: number) => new Intl.NumberFormat('pt-BR').format(n),
  percent: (share: number) => new Intl.NumberFormat('pt-BR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share),
};

beforeAll(async () => {
  s = await openApp();
  const { page } = s;
  // The one-click sample: generate, import, run, and the matrix opens.
  await page.getByTestId('start-sample').click();
  await page.waitForURL(/#\/matrix/, { timeout: 120_000 });
  await api('team/save', { member: { name: 'Kátia Souza', role: 'kam', email: null } });
}, 180_000);

afterAll(async () => {
  await s?.close();
});

describe('follow-up', () => {
  it('agenda: lists overdue purchases, and a logged contact with its next date', async () => {
    const { page } = s;
    const before = await api('agenda/list', { days: 7 });
    const onlyPurchases = await api('agenda/list', { days: 7, kind: 'purchase', limit: 1000 });
    const purchases = onlyPurchases.overdue.rows;
    expect(purchases.length).toBeGreaterThan(0);
    await show('#/agenda');
    await page.getByTestId('agenda-overdue').waitFor();
    // The first 50 of each list, and a "Mostrar mais" for the rest.
    const firstPage = [...before.overdue.rows, ...before.due.rows].filter((i) => i.kind === 'purchase');
    await expect.poll(() => page.locator('[data-testid^="agenda-item-purchase-"]').count()).toBe(firstPage.length);
    const allPurchases = onlyPurchases.overdue.total + onlyPurchases.due.total;
    await expect.poll(() => page.locator('[data-testid=agenda-kind] option[value=purchase]').textContent()).toBe(`Compras atrasadas (${pt.integer(allPurchases)})`);
    if (before.overdue.total > 50) {
      await page.getByTestId('agenda-overdue-more').click();
      await expect.poll(() => page.locator('[data-testid=agenda-overdue] tbody tr').count()).toBe(Math.min(100, before.overdue.total));
    }
    const first = purchases[0]!;
    await expect.poll(() => page.getByTestId(`agenda-item-purchase-${first.code}`).innerText()).toContain('Compra prevista para');

    // "Novo contato" with the customer picker, from the keyboard after the first click.
    const results = await api('analysis/results', { runId: (await api('analysis/runs', {}))[0]!.id, filter: { abc: 'A' } });
    const whole = await api('agenda/list', { days: 7, limit: 1000 });
    const customer = results.find((r) => !whole.due.rows.some((i) => i.code === r.code) && !whole.overdue.rows.some((i) => i.code === r.code && i.kind === 'contact'))!;
    await page.getByTestId('agenda-new').click();
    const form = page.getByTestId('activity-form');
    await form.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('activity-customer');
    await page.keyboard.type(customer.code);
    await form.getByTestId('activity-kind').selectOption('visit');
    await form.getByTestId('activity-owner').selectOption({ label: 'Kátia Souza' });
    await form.getByTestId('activity-next').fill(isoOfDay(today + 3));
    await form.getByTestId('activity-notes').fill('Apresentar a nova linha');
    await form.getByTestId('activity-save').click();
    await page.getByTestId('agenda-notice').waitFor();
    const row = page.getByTestId(`agenda-item-contact-${customer.code}`);
    await row.waitFor();
    await expect.poll(() => row.innerText()).toContain('Apresentar a nova linha');
    await expect.poll(() => row.innerText()).toContain('Kátia Souza');
    await expect.poll(() => row.innerText()).toContain('em 3 dias');
    const after = await api('agenda/list', { days: 7, kind: 'contact', limit: 1000 });
    expect(after.due.rows.find((i) => i.kind === 'contact' && i.code === customer.code)).toMatchObject({ day: today + 3, activityKind: 'visit' });

    // "Registrar contato" on an overdue purchase opens the form for that customer.
    await page.getByTestId(`log-purchase-${first.code}`).click();
    await expect.poll(() => page.getByTestId('activity-form').innerText()).toContain(first.code);
    await s.screenshot('followup-agenda');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('activity-form').count()).toBe(0);
    // Only the contacts: the one just logged is there, the purchases are not.
    await page.getByTestId('agenda-kind').selectOption('contact');
    await page.waitForFunction(() => window.location.hash.includes('kind=contact'));
    // The address changes before the list re-renders: wait for the list.
    await expect.poll(() => page.locator('[data-testid^="agenda-item-purchase-"]').count()).toBe(0);
    await expect.poll(() => page.getByTestId(`agenda-item-contact-${customer.code}`).isVisible()).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'followup-agenda-contacts.png') });
  });

  it('win-back: a reason and an offer are saved at once and kept after a reload', async () => {
    const { page } = s;
    const list = await api('winback/list', {});
    expect(list.length).toBeGreaterThan(0);
    const code = list[0]!.code;
    await show('#/winback');
    await page.getByTestId('winback-table').waitFor();
    await page.getByTestId(`winback-reason-${code}`).selectOption('price');
    await expect.poll(() => page.getByTestId(`winback-state-${code}`).innerText()).toBe('Salvo');
    await page.getByTestId(`winback-offer-${code}`).fill('Desconto de 5 % no próximo pedido');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await api('winback/list', {})).find((r) => r.code === code)?.case?.offer).toBe('Desconto de 5 % no próximo pedido');
    await page.reload();
    await page.getByTestId('winback-table').waitFor();
    await expect.poll(() => page.getByTestId(`winback-reason-${code}`).inputValue()).toBe('price');
    await expect.poll(() => page.getByTestId(`winback-offer-${code}`).inputValue()).toBe('Desconto de 5 % no próximo pedido');
    await s.screenshot('followup-winback');
  });
});

describe('KPIs', () => {
  it('the dashboard shows the numbers of the API', async () => {
    const { page } = s;
    const dash = await api('kpi/dashboard', {});
    await show('#/kpis');
    await page.getByTestId('dash-key-accounts').waitFor();
    const value = (id: string) => page.getByTestId(`dash-${id}-value`).innerText();
    await expect.poll(() => value('key-accounts')).toBe(pt.integer(dash.keyAccounts));
    await expect.poll(() => value('key-share')).toBe(pt.percent(dash.keyAccountsShare!));
    await expect.poll(() => value('concentration')).toContain(`HHI ${pt.integer(Math.round(dash.hhi!))}`);
    await expect.poll(() => value('at-risk')).toBe(pt.integer(dash.keyAccountsAtRisk.length));
    await expect.poll(() => value('overdue-contacts')).toBe(pt.integer(dash.overdueContacts));
    await expect.poll(() => value('overdue-purchases')).toBe(pt.integer(dash.overduePurchases));
    await expect.poll(() => value('open-winbacks')).toBe(pt.integer(dash.openWinbacks));
    expect(dash.openWinbacks).toBe(1); // the case opened on the win-back screen
    // The ten least healthy first, all of them on request.
    if (dash.keyAccountsAtRisk.length > 0) {
      await expect.poll(() => page.getByTestId('at-risk').locator('tbody tr').count()).toBe(Math.min(10, dash.keyAccountsAtRisk.length));
      await expect.poll(() => page.getByTestId('at-risk').locator('tbody tr').first().innerText()).toContain(dash.keyAccountsAtRisk[0]!.code);
    }
    if (dash.keyAccountsAtRisk.length > 10) {
      await page.getByTestId('at-risk-all').click();
      await expect.poll(() => page.getByTestId('at-risk').locator('tbody tr').count()).toBe(dash.keyAccountsAtRisk.length);
    }
    // The agenda card leads to the agenda.
    await page.getByTestId('dash-overdue-purchases').click();
    await page.waitForFunction(() => window.location.hash.startsWith('#/agenda'));
  });

  it('the dashboard is sent with the ten least healthy at risk; every one comes on request (decision #187)', async () => {
    const { page } = s;
    // Without a decision map a key account loses 60 points: every one of them is at risk.
    const weights = await api('kpi/health-weights', {});
    await api('kpi/set-health-weights', { weights: { ...weights, decisionMap: 60 } });
    try {
      const all = await api('kpi/dashboard', {});
      expect(all.keyAccountsAtRisk.length).toBeGreaterThan(10);
      const asked: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/api/call/kpi/dashboard')) asked.push(r.postData() ?? '');
      });
      await show('#/');
      await show('#/kpis');
      const rows = page.getByTestId('at-risk').locator('tbody tr');
      await expect.poll(() => page.getByTestId('dash-at-risk-value').innerText()).toBe(pt.integer(all.keyAccountsAtRisk.length));
      await expect.poll(() => rows.count()).toBe(10);
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('a')?.textContent))).toEqual(all.keyAccountsAtRisk.slice(0, 10).map((r) => r.code));
      expect(asked.map((body) => JSON.parse(body))).toEqual([{ atRiskLimit: 10 }]);
      await expect.poll(() => page.getByTestId('at-risk-all').innerText()).toContain(pt.integer(all.keyAccountsAtRisk.length));
      await page.getByTestId('at-risk-all').click();
      await expect.poll(() => rows.count()).toBe(all.keyAccountsAtRisk.length);
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('a')?.textContent))).toEqual(all.keyAccountsAtRisk.map((r) => r.code));
      await expect.poll(() => page.getByTestId('at-risk-all').count()).toBe(0);
      await s.screenshot('kpis-at-risk-all');
    } finally {
      await api('kpi/set-health-weights', { weights });
    }
  });

  it('imports an NPS sheet: the answers count, the bad row is shown with its reason', async () => {
    const { page } = s;
    const run = (await api('analysis/runs', {}))[0]!;
    const a = (await api('analysis/results', { runId: run.id, filter: { abc: 'A' } })).slice(0, 3);
    const path = join(s.dir, 'pesquisa-nps.xlsx');
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Respostas');
    sheet.addRow(['Código', 'Data', 'Nota', 'Comentário']);
    const date = (day: Day) => new Date(day * 86_400_000);
    sheet.addRow([a[0]!.code, date(today - 10), 10, 'Excelente']);
    sheet.addRow([a[1]!.code, date(today - 8), 9, null]);
    sheet.addRow([a[2]!.code, date(today - 6), 3, 'Atrasos na entrega']);
    sheet.addRow([a[0]!.code, date(today - 4), 11, null]); // row 5: out of range
    sheet.getColumn(2).numFmt = 'dd/mm/yyyy';
    await wb.xlsx.writeFile(path);

    await show('#/kpis');
    await page.getByTestId('survey-import').waitFor();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('survey-import').click();
    await (await chooser).setFiles(path);
    const result = page.getByTestId('survey-result');
    await result.waitFor();
    await expect.poll(() => result.innerText()).toBe('pesquisa-nps.xlsx: 4 linhas lidas, 3 importadas, 1 rejeitada.');
    const reject = page.getByTestId('survey-rejects').locator('tbody tr');
    await expect.poll(() => reject.count()).toBe(1);
    await expect.poll(() => reject.innerText()).toMatch(/^5\s+Nota\s+Nota inválida: "11"/);
    const nps = await api('kpi/nps', {});
    expect(nps.overall).toMatchObject({ answers: 3, promoters: 2, detractors: 1 });
    await expect.poll(() => page.getByTestId('nps-overall').innerText()).toBe(pt.integer(Math.round(nps.overall.nps!)));
    // The key accounts' NPS card follows: three A customers answered.
    await expect.poll(() => page.getByTestId('dash-key-nps-value').innerText()).toBe(pt.integer(Math.round((await api('kpi/dashboard', {})).keyAccountsNps.nps!)));
    await page.getByTestId('nps-chart').waitFor();
    await s.screenshot('kpis-dashboard');
    // Closer looks, at the screen's own size, for a person to check.
    for (const [id, name] of [['nps-title', 'kpis-nps-view'], ['churn-title', 'kpis-churn-view'], ['customer-kpis-title', 'kpis-customer-view']] as const) {
      await page.evaluate((el) => document.getElementById(el)?.scrollIntoView({ block: 'start' }), id);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
    }
  });

  it('a health weight is saved when its field is left, and kept', async () => {
    const { page } = s;
    const field = page.getByTestId('weight-overdue');
    await field.scrollIntoViewIfNeeded();
    await field.fill('40');
    await page.keyboard.press('Tab');
    await page.getByTestId('weights-notice').waitFor();
    await expect.poll(async () => (await api('kpi/health-weights', {})).overdue).toBe(40);
    // The focus went on to the next weight (the editor was not redrawn under it).
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('weight-declining');
    await page.reload();
    await page.getByTestId('weight-overdue').waitFor();
    await expect.poll(() => page.getByTestId('weight-overdue').inputValue()).toBe('40');
    await expect.poll(() => page.getByTestId('health-overdue').innerText()).toContain('40');
    await page.getByTestId('weight-overdue').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'kpis-weights-view.png') });
    await page.getByTestId('weights-defaults').click();
    await expect.poll(async () => (await api('kpi/health-weights', {})).overdue).toBe(25);
    await expect.poll(() => page.getByTestId('weight-overdue').inputValue()).toBe('25');
  });
});

describe('data safety', () => {
  it('backup, a later change, restore: the change is gone; a file that is not a backup is refused', async () => {
    const { page } = s;
    await show('#/start?backup=1');
    await page.getByTestId('backup-panel').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('backup-make');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^clave-.*\d{4}-\d{2}-\d{2}\.clave$/);
    const saved = join(s.dir, file.suggestedFilename());
    await file.saveAs(saved);
    await expect.poll(() => page.getByTestId('backup-outcome').innerText()).toMatch(/^Cópia gravada: clave-/);

    await api('customers/create', { code: 'PNOVO', name: 'Prospecto depois da cópia' });
    expect((await api('customers/get', { code: 'PNOVO' })).code).toBe('PNOVO');

    // Not a Clave database: refused with the backend's message, nothing changed.
    const bogus = join(s.dir, 'notas.clave');
    writeFileSync(bogus, 'não é um banco de dados');
    let chooser = page.waitForEvent('filechooser');
    await page.getByTestId('backup-restore').click();
    await (await chooser).setFiles(bogus);
    await page.getByTestId('backup-restore-confirm').click();
    await expect.poll(() => page.getByTestId('backup-outcome').innerText()).toContain('notas.clave não é um banco de dados do Clave');
    expect((await api('customers/get', { code: 'PNOVO' })).code).toBe('PNOVO');

    chooser = page.waitForEvent('filechooser');
    await page.getByTestId('backup-restore').click();
    await (await chooser).setFiles(saved);
    const confirm = page.getByTestId('backup-restore-confirm');
    await confirm.waitFor();
    await s.screenshot('backup-confirm');
    await confirm.click();
    await expect.poll(() => page.getByTestId('backup-outcome').innerText()).toMatch(/restaurado: [\d.]+ clientes e 1 análise\.$/);
    await expect(api('customers/get', { code: 'PNOVO' })).rejects.toMatchObject({ type: 'not-found' });
    // What was there before the copy is still there: the win-back case and the logged contact.
    expect((await api('winback/list', {})).some((r) => r.case?.offer === 'Desconto de 5 % no próximo pedido')).toBe(true);
    await s.screenshot('backup-restored');
  });
});

describe('languages', () => {
  it('the four screens speak English when asked', async () => {
    const { page } = s;
    await page.getByTestId('locale').selectOption('en');
    for (const [hash, heading, name] of [
      ['#/agenda', 'Agenda', 'en-agenda'],
      ['#/winback', 'Win-back', 'en-winback'],
      ['#/kpis', 'KPIs', 'en-kpis'],
      ['#/start', 'Backup', 'en-start'],
    ] as const) {
      await show(hash);
      await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `followup-${name}.png`) });
    }
    await expect.poll(() => page.getByTestId('backup-make').innerText()).toBe('Back up');
    await page.getByTestId('locale').selectOption('pt-BR');
  });
});
