// NPS/CSAT typed in where the indicators are, in a real Chromium through the web host at
// 1366×768: the README says "typed or imported" but they could only be imported. An answer
// (customer, date, score, comment) is checked in the user's language, saved, counted in the NPS
// at once, and can be undone.
import { describe, expect, it } from 'vitest';
import type { AppSession } from './browser-harness';
import { apiOf, onAnalysedSample } from './session-helpers';

let s: AppSession;

const api = apiOf(() => s);
const surveys = async (code: string) => (await api('dossier/get', { code })).surveys;

onAnalysedSample((opened) => (s = opened), '#/kpis');

describe('a survey answer typed in', () => {
  it('is checked in the user’s language before it is saved', async () => {
    const { page } = s;
    const form = page.getByTestId('survey-answer-form');
    await form.waitFor();
    const problem = () => form.getByTestId('answer-problem').innerText();
    await form.getByTestId('answer-save').click();
    await expect.poll(problem).toBe('Informe a nota, de 0 a 10.');
    await form.getByTestId('answer-score').fill('11');
    await form.getByTestId('answer-save').click();
    await expect.poll(problem).toBe('A nota do NPS vai de 0 a 10, em números inteiros: “11” não serve.');
    await form.getByTestId('answer-score').fill('9');
    await form.getByTestId('answer-save').click();
    await expect.poll(problem).toBe('Escolha o cliente que respondeu.');
    await form.getByTestId('answer-customer').fill('C99999');
    await form.getByTestId('answer-save').click();
    await expect.poll(problem).toBe('Nenhum cliente com o código ou o nome “C99999”.');
    await form.getByTestId('answer-customer').fill('C00162');
    await form.getByTestId('answer-day').fill('31/02/2026');
    await form.getByTestId('answer-save').click();
    await expect.poll(problem).toBe('Data: 31/02/2026 não existe: fevereiro de 2026 tem 28 dias.');
    // CSAT goes from 1 to 5.
    await form.getByTestId('answer-kind').selectOption('csat');
    await form.getByTestId('answer-day').fill('10/10/2026');
    await form.getByTestId('answer-save').click();
    await expect.poll(problem).toBe('A nota do CSAT vai de 1 a 5, em números inteiros: “9” não serve.');
    expect(await surveys('C00162')).toHaveLength(0);
    await page.getByTestId('locale').selectOption('en');
    await form.getByTestId('answer-save').click();
    await expect.poll(problem).toBe('A CSAT score is a whole number from 1 to 5: “9” is not one.');
    await page.getByTestId('locale').selectOption('pt-BR');
  });

  it('is saved and counted in the NPS at once, and can be undone', async () => {
    const { page } = s;
    const form = page.getByTestId('survey-answer-form');
    await form.getByTestId('answer-kind').selectOption('nps');
    await form.getByTestId('answer-customer').fill('Hotel Mineira'); // a name typed as listed
    await form.getByTestId('answer-day').fill('10/10/2026');
    await form.getByTestId('answer-score').fill('9');
    await form.getByTestId('answer-comment').fill('Entrega sempre no prazo');
    await form.getByTestId('answer-save').click();
    await expect.poll(() => surveys('C00162')).toMatchObject([{ kind: 'nps', score: 9, comment: 'Entrega sempre no prazo', day: 20_736 }]);
    await expect.poll(() => page.getByTestId('nps-overall').innerText()).toBe('100'); // one promoter
    expect(await form.getByTestId('undo-notice').innerText()).toContain('Resposta registrada: NPS 9 de C00162 · Hotel Mineira em 10/10/2026.');
    expect(await form.getByTestId('answer-problem').count()).toBe(0);
    await s.screenshot('polish-survey-answer');
    // A detractor brings the NPS to 0; undoing it brings it back to 100.
    await form.getByTestId('answer-customer').fill('C00179');
    await form.getByTestId('answer-score').fill('3');
    await form.getByTestId('answer-save').click();
    await expect.poll(() => page.getByTestId('nps-overall').innerText()).toBe('0');
    await form.getByTestId('undo').click();
    await expect.poll(() => page.getByTestId('nps-overall').innerText()).toBe('100');
    expect(await surveys('C00179')).toHaveLength(0);
  });
});
