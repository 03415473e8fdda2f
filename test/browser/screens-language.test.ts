// Issue #13.4 "every message in the user's language", as a user reads it: a full pass of the
// screens, in a real Chromium through the web host, on the sample workspace with a team, a logged
// contact, a win-back case and a second run — in pt-BR with no English word left, then in English
// with no Portuguese word left. Each stop includes what a user trips on: an error under the
// analysis form, a refusal from the backend in the error banner, the grid's own text when a search
// matches nothing, the agenda's overdue purchases (worded by the screen from figures), the history's
// class moves. The word lists are made from Clave's own catalogues (test/i18n/word-lists.ts says
// how); the walker is test/i18n/screen-walker.ts.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerName, Handlers } from '../../shared/api/handlers';
import { localToday } from '../../electron/kam/today';
import { findWords, walk, type Finding, type Stop } from '../i18n/screen-walker';
import { wordsOnlyIn } from '../i18n/word-lists';
import { openApp, SCREENSHOTS, type AppSession } from './browser-harness';

let s: AppSession;
let keyAccount: string;

function api<N extends HandlerName>(name: N, arg: Parameters<Handlers[N]>[0]): ReturnType<Handlers[N]> {
  return s.host.workspace.api.call(name, arg);
}

/** Data: what the test types and the workspaces' files, shown as they are in every language. */
const DATA = ['Kátia Souza', 'Pedido trimestral', 'Frete grátis', 'P-ZZ', 'vendas-exemplo-clave.csv'];

async function typeInto(page: Page, testId: string, text: string) {
  const input = page.getByTestId(testId);
  await input.fill(text);
  await expect.poll(() => input.inputValue()).toBe(text);
}

const stops = (): Stop[] => [
  { name: 'start', hash: '#/start' },
  { name: 'import', hash: '#/import' },
  {
    name: 'analysis, with A above B and X above Y',
    hash: '#/analysis',
    act: async (page) => {
      const decimal = (await page.evaluate(() => document.documentElement.lang)) === 'en' ? '.' : ',';
      await typeInto(page, 'param-a', '96');
      await typeInto(page, 'param-x', `1${decimal}5`);
      await typeInto(page, 'param-y', `1${decimal}2`);
      await page.getByTestId('param-problems').waitFor();
    },
  },
  { name: 'matrix', hash: '#/matrix' },
  { name: 'customers', hash: '#/customers' },
  {
    name: 'customers, a search that matches nothing',
    hash: '#/customers',
    act: async (page) => {
      await typeInto(page, 'customer-search', 'zzzz');
      await expect.poll(() => page.getByTestId('shown-count').getAttribute('data-shown')).toBe('0');
    },
  },
  { name: 'pareto', hash: '#/pareto' },
  {
    name: 'history, two runs compared',
    hash: '#/history',
    act: async (page) => {
      for (const id of [1, 2]) if (!(await page.getByTestId(`compare-${id}`).isChecked())) await page.getByTestId(`compare-${id}`).check();
      await page.getByTestId('migration-moves').waitFor();
    },
  },
  {
    name: 'portfolio, a prospect whose code exists',
    hash: '#/portfolio',
    act: async (page) => {
      await page.getByTestId('new-prospect').click();
      await typeInto(page, 'prospect-code', keyAccount);
      await typeInto(page, 'prospect-name', 'P-ZZ');
      await page.getByTestId('prospect-create').click();
      await page.getByRole('alert').first().waitFor();
    },
  },
  { name: 'dossier', hash: `#/dossier?code=${keyAccount}` },
  { name: 'dossiers to print', hash: '#/dossiers' },
  { name: 'agenda', hash: '#/agenda' },
  { name: 'win-back', hash: '#/winback' },
  { name: 'indicators', hash: '#/kpis' },
];

/** Walks every screen; returns each word of `list` read, with where, and what each stop read. */
async function foreignWords(list: Set<string>, shots: string | null): Promise<{ found: Finding[]; read: Map<string, string> }> {
  const found: Finding[] = [];
  const read = await walk(s.page, stops(), async (stop, text) => {
    found.push(...findWords(stop.name, text, list));
    // What a user sees first at 1366×768, for a person to look at (test-output/screenshots/).
    if (shots) await s.page.screenshot({ path: join(SCREENSHOTS, `${shots}-${stop.name.replace(/\W+/g, '-')}.png`) });
  });
  return { found, read };
}

const report = (found: Finding[]) => found.map((f) => `${f.stop}: "${f.word}" in "${f.line}"`).join('\n');

beforeAll(async () => {
  s = await openApp({ viewport: { width: 1366, height: 768 } });
  const { page } = s;
  await page.getByTestId('start-sample').click();
  await page.waitForURL(/#\/matrix/, { timeout: 120_000 });
  // A team, a contact due, a win-back case and a second run, so that every screen has something to say.
  const today = localToday();
  const member = await api('team/save', { member: { name: DATA[0]!, role: 'kam', email: null } });
  const [run] = await api('analysis/runs', {});
  const results = await api('analysis/results', { runId: run!.id, filter: { abc: 'A' } });
  keyAccount = results[0]!.code;
  await api('records/save', { kind: 'activity', code: keyAccount, record: { kind: 'visit', day: today - 2, ownerId: member.id, notes: DATA[1]!, nextContactDay: today + 1 } });
  const [lost] = await api('winback/list', {});
  if (lost) await api('winback/save', { code: lost.code, case: { reason: 'price', reasonText: null, offer: DATA[2]!, outcome: 'open' } });
  await api('analysis/run', { params: { basis: 'margin' } });
  // The workspaces' names and paths: the sample's, and the one the test opened first (listed as recent).
  const sample = await s.host.backend.dispatch('workspace/info', {});
  DATA.push(s.dir, 'workspace', 'workspaces', JSON.stringify(sample.ok ? sample.value : ''));
  await page.reload();
  await page.getByTestId('locale').waitFor();
}, 240_000);

afterAll(async () => {
  await s?.close();
});

describe('a full pass of the screens', () => {
  it('in pt-BR, no English word is left', async () => {
    await expect.poll(() => s.page.getByTestId('locale').inputValue()).toBe('pt-BR');
    const { found, read } = await foreignWords(wordsOnlyIn('en', 'pt', DATA), null);
    expect(report(found)).toBe('');
    // Numbers in messages as the reader writes them.
    expect(read.get('analysis, with A above B and X above Y')).toContain('X = 1,5, Y = 1,2');
    expect(read.get('customers, a search that matches nothing')).toContain('Nenhum cliente com estes filtros.');
    expect(read.get('history, two runs compared')).toMatch(/\b(1 (subiu|caiu|entrou|saiu)|\d+ (subiram|caíram|entraram|saíram))\b/);
  });

  it('in English, no Portuguese word is left', async () => {
    await s.page.getByTestId('locale').selectOption('en');
    await expect.poll(() => s.page.evaluate(() => document.documentElement.lang)).toBe('en');
    const { found, read } = await foreignWords(wordsOnlyIn('pt', 'en', DATA), 'i18n-en');
    expect(report(found)).toBe('');
    expect(read.get('analysis, with A above B and X above Y')).toContain('X = 1.5, Y = 1.2');
    expect(read.get('customers, a search that matches nothing')).toContain('No customer matches these filters.');
  });
});
