// Days typed by a person, in a real Chromium through the web host at 1366×768: typing 31/02/2026
// got "use dd/mm/aaaa" though it was typed so. Every form that takes a day now says that the day
// does not exist, in the user's language: the analysis window, the activity form (its date and
// next contact), the dossier's relationship entries and action plan. (The NPS/CSAT answer and the
// agenda's snooze, which take days too, are tested with their screens.)
import { describe, expect, it } from 'vitest';
import type { AppSession } from './browser-harness';
import { apiOf, onAnalysedSample, showOf } from './session-helpers';

let s: AppSession;

const api = apiOf(() => s);
const show = showOf(() => s);

onAnalysedSample((opened) => (s = opened));

describe('a day that does not exist', () => {
  it('the analysis window says so, whatever the language', async () => {
    const { page } = s;
    await show('#/analysis');
    const to = page.getByTestId('param-to');
    await to.waitFor();
    const problems = () => page.getByTestId('param-problems').innerText();
    await to.fill('31/02/2026');
    await expect.poll(problems).toContain('Até: 31/02/2026 não existe: fevereiro de 2026 tem 28 dias.');
    expect(await problems()).not.toContain('dd/mm/aaaa');
    await to.fill('29/02/2025');
    await expect.poll(problems).toContain('Até: 29/02/2025 não existe: fevereiro de 2025 tem 28 dias.');
    await to.fill('15/13/2026');
    await expect.poll(problems).toContain('Até: 15/13/2026 não existe: não há mês 13.');
    await to.fill('amanhã');
    await expect.poll(problems).toContain('Até: “amanhã” não é uma data: use dd/mm/aaaa.');
    await to.fill('31/12/2150');
    await expect.poll(problems).toContain('Até: 31/12/2150: use uma data entre 1900 e 2099.');
    // A leap day that exists is a day.
    await to.fill('29/02/2028');
    await expect.poll(() => page.getByTestId('param-problems').count()).toBe(0);
    await to.fill('31/02/2026');
    await page.getByTestId('param-problems').waitFor();
    await s.screenshot('polish-dates-analysis');
    // In English the screen reads month first: 02/31/2026 is the same impossible day.
    await page.getByTestId('locale').selectOption('en');
    await to.fill('02/31/2026');
    await expect.poll(problems).toContain('To: 02/31/2026 does not exist: February 2026 has 28 days.');
    await page.getByTestId('locale').selectOption('es');
    await to.fill('31/02/2026');
    await expect.poll(problems).toContain('Hasta: 31/02/2026 no existe: febrero de 2026 tiene 28 días.');
    await page.getByTestId('locale').selectOption('ca');
    await expect.poll(problems).toContain('31/02/2026 no existeix: febrer de 2026 té 28 dies.');
    await page.getByTestId('locale').selectOption('pt-BR');
  });

  it('the activity form says which of its days does not exist', async () => {
    const { page } = s;
    await show('#/dossier?code=C00162');
    await page.getByTestId('log-activity').click();
    const form = page.getByTestId('activity-form');
    await form.getByTestId('activity-day').fill('31/02/2026');
    await form.getByTestId('activity-save').click();
    await expect.poll(() => form.getByRole('alert').innerText()).toBe('Data: 31/02/2026 não existe: fevereiro de 2026 tem 28 dias.');
    await form.getByTestId('activity-day').fill('10/02/2026');
    await form.getByTestId('activity-next').fill('31/04/2026');
    await form.getByTestId('activity-save').click();
    await expect.poll(() => form.getByRole('alert').innerText()).toBe('Próximo contato: 31/04/2026 não existe: abril de 2026 tem 30 dias.');
    expect((await api('dossier/get', { code: 'C00162' })).activities).toHaveLength(0);
    await form.getByTestId('activity-next').fill('30/04/2026');
    await form.getByTestId('activity-save').click();
    await expect.poll(async () => (await api('dossier/get', { code: 'C00162' })).activities.length).toBe(1);
  });

  it('the dossier entries and the action plan say so under the field', async () => {
    const { page } = s;
    await show('#/dossier?code=C00162');
    const event = page.getByTestId('event-form');
    await event.locator('[data-field=day]').fill('30/02/2026');
    await event.locator('[data-field=title]').fill('Reunião de revisão');
    await event.getByRole('button', { name: 'Adicionar registro' }).click();
    await expect.poll(() => event.getByTestId('date-problem-day').innerText()).toBe('30/02/2026 não existe: fevereiro de 2026 tem 28 dias.');
    const objective = page.getByTestId('objective-form');
    await objective.locator('[data-field=title]').fill('Dobrar o pedido médio');
    await objective.locator('[data-field=dueDay]').fill('32/01/2027');
    await objective.locator('[data-field=title]').press('Enter');
    await expect.poll(() => objective.getByTestId('date-problem-dueDay').innerText()).toBe('32/01/2027 não existe: janeiro de 2027 tem 31 dias.');
    await event.scrollIntoViewIfNeeded();
    await s.screenshot('polish-dates-dossier');
    const dossier = await api('dossier/get', { code: 'C00162' });
    expect(dossier.events).toHaveLength(0);
    expect(dossier.objectives).toHaveLength(0);
  });
});
