// The screens at scale (issue #13.1): a workspace made from one of the benchmark's imports (two
// runs, a team, key accounts with KAMs, contacts and actions), served by the web host as
// `npm start` serves it (the backend in a process of its own), and each screen opened in
// Chromium. For each screen: the time from navigation to its first useful content (the rows,
// the chart, the matrix: what the user came for, not a "loading" line), and the time a search,
// a filter or a sort takes to show its answer. Both are measured in the page, from the action to
// the first animation frame that shows the answer. It prints; it asserts nothing.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { openWorkspace } from '../../electron/api/open-workspace';
import { startWebHost } from '../../electron/web-host/start-web-host';
import { addMonths, dayOfIso, isoOfDay } from '../../shared/domain/calendar';
import { CHROMIUM, CHROMIUM_ARGS } from '../browser/browser-harness';

/** How long a screen may take before the bench gives up on it (and says so). */
const TIMEOUT_MS = 120_000;

/**
 * Copies `source` (an imported workspace) to `target` and gives it what the screens show: a run
 * of the previous year and the current analysis (so the history can compare), a team of four
 * KAMs owning the 2,000 largest customers, a contact logged on each with next contacts spread
 * over the weeks around today, and an open action on 500 of them.
 */
export async function prepareScreensWorkspace(target: string, source: string, tempDir: string): Promise<{ customers: number; runs: number }> {
  rmSync(target, { force: true });
  copyFileSync(source, target);
  const w = openWorkspace({ dbPath: target, tempDir });
  const api = w.api;
  const defaults = await api.call('analysis/defaults', {});
  const latest = defaults.latestSale!;
  // The year before, then the default window: the latter is the current analysis.
  await api.call('analysis/run', { to: isoOfDay(addMonths(latest, -12)) });
  const run = await api.call('analysis/run', {});
  const team = [];
  for (const name of ['Ana Souza', 'Bruno Lima', 'Carla Dias', 'Diego Rocha'])
    team.push(await api.call('team/save', { member: { name, role: 'kam', email: null } }));
  const results = (await api.call('analysis/results', { runId: run.id, filter: { abc: 'A' } })).slice(0, 2000);
  const today = dayOfIso(new Date().toISOString().slice(0, 10))!;
  let i = 0;
  for (const r of results) {
    const kam = team[i % team.length]!;
    await api.call('customers/update', { code: r.code, patch: { kamId: kam.id } });
    await api.call('records/save', {
      kind: 'activity',
      code: r.code,
      record: { kind: 'call', day: today - 30 - (i % 20), ownerId: kam.id, notes: `Ligação ${i}`, nextContactDay: today - 10 + (i % 40) },
    });
    if (i < 500) {
      await api.call('records/save', {
        kind: 'action',
        code: r.code,
        record: { objectiveId: null, title: `Proposta ${i}`, ownerId: kam.id, dueDay: today - 5 + (i % 20), doneDay: null },
      });
    }
    i += 1;
  }
  w.close();
  return { customers: run.totals.customers, runs: 2 };
}

/**
 * One timed thing: a screen's first content, or an action's answer. null: it did not come within
 * the timeout. `calls`: the backend calls the page made meanwhile, each with when it was sent and
 * answered (ms after the action): what is left of `ms` after the last answer is the page drawing it.
 */
export type ScreenTiming = { what: string; ms: number | null; note?: string; calls?: string };

type Action =
  | { kind: 'hash'; hash: string }
  | { kind: 'click'; selector: string }
  | { kind: 'type'; selector: string; text: string }
  | { kind: 'select'; selector: string; value: string };

type Probe = {
  action: Action;
  /** A CSS selector that must match for the answer to be on screen. */
  until: string;
  /** CSS selectors whose texts together must differ from before the action (the list has changed). */
  changed?: string[];
  /** CSS selectors of what comes after the first content (a chart, a panel): each timed from the action too. */
  later?: string[];
  timeout: number;
};

/**
 * Runs in the page: does the action, then checks at every animation frame whether the answer is
 * on screen; returns the milliseconds from the action to that frame, or -1 after the timeout,
 * then those of each of `later` (-1 for those not shown within the timeout). A frame is what the
 * user sees: a long task that blocks the page delays it, as it delays the user.
 */
function probeInPage(p: Probe): Promise<{ times: number[]; calls: string }> {
  const text = (selectors: string[]) => selectors.map((s) => document.querySelector(s)?.textContent ?? '').join('\u0000');
  const before = p.changed === undefined ? null : text(p.changed);
  // The page keeps 250 resource timings: the earlier probes' are dropped so that this one's are kept.
  performance.clearResourceTimings();
  const t0 = performance.now();
  const a = p.action;
  if (a.kind === 'hash') window.location.hash = a.hash;
  else {
    const el = document.querySelector(a.selector);
    if (!el) return Promise.resolve({ times: [-2], calls: '' });
    if (a.kind === 'click') (el as HTMLElement).click();
    else {
      // React listens to the native events: set the value as a user's typing would.
      const proto = a.kind === 'type' ? HTMLInputElement.prototype : HTMLSelectElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, a.kind === 'type' ? a.text : a.value);
      el.dispatchEvent(new Event(a.kind === 'type' ? 'input' : 'change', { bubbles: true }));
    }
  }
  const later = p.later ?? [];
  const times: (number | null)[] = [null, ...later.map(() => null)];
  return new Promise((done) => {
    const tick = () => {
      const ms = performance.now() - t0;
      if (times[0] === null && document.querySelector(p.until) !== null && (p.changed === undefined || text(p.changed) !== before)) times[0] = ms;
      later.forEach((selector, k) => {
        if (times[k + 1] === null && document.querySelector(selector) !== null) times[k + 1] = ms;
      });
      // The calls made since the action, from the page's own resource timings.
      const calls = () =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((e) => e.name.includes('/api/call/') && e.startTime >= t0)
          .map((e) => `${decodeURIComponent(e.name.replace(/^.*\/api\/call\//, ''))} sent +${Math.round(e.startTime - t0)} answered +${Math.round(e.responseEnd - t0)}`)
          .join('; ');
      if (times.every((t) => t !== null)) done({ times: times as number[], calls: calls() });
      else if (ms > p.timeout) done({ times: times.map((t) => t ?? -1), calls: calls() });
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The timing of the first content, then one for each of `later` named by `laterWhat` (the calls with the last). */
async function probe(page: Page, what: string, p: Omit<Probe, 'timeout'>, laterWhat: string[] = []): Promise<ScreenTiming[]> {
  const { times, calls } = await page.evaluate(probeInPage, { ...p, timeout: TIMEOUT_MS });
  if (times[0] === -2) return [{ what, ms: null, note: `no ${p.action.kind === 'hash' ? '' : p.action.selector} on the page` }];
  return [what, ...laterWhat].map((w, k, all) => ({
    what: w,
    ...(times[k]! < 0 ? { ms: null, note: `not within ${TIMEOUT_MS / 1000} s` } : { ms: times[k]! }),
    ...(k === all.length - 1 ? { calls } : {}),
  }));
}

/** The value of a select's first option that chooses something (the one after 'everyone'). */
async function firstOption(page: Page, selector: string): Promise<string> {
  return page.locator(`${selector} option`).nth(1).getAttribute('value', { timeout: TIMEOUT_MS }).then((v) => v ?? '');
}

/** Scrolls the customer grid right until the column's header is drawn. */
async function scrollGridTo(page: Page, col: string): Promise<void> {
  const header = page.locator(`.ag-header-cell[col-id="${col}"]`);
  for (let x = 0; x < 8000 && (await header.count()) === 0; x += 300)
    await page.locator('.ag-body-horizontal-scroll-viewport').evaluate((el, left) => (el.scrollLeft = left), x);
}

/** Lets whatever the last answer started (a second request, a repaint) finish before the next probe. */
const settle = (page: Page) => page.waitForTimeout(1500);

/** Serves the workspace and opens each screen in Chromium. */
export async function screensStep(dbPath: string): Promise<ScreenTiming[]> {
  const dir = mkdtempSync(join(tmpdir(), 'clave-bench-screens-'));
  const host = await startWebHost({ dbPath, rendererDir: resolve('dist', 'renderer'), backend: 'process', userDataDir: dir });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const out: ScreenTiming[] = [];
  try {
    const page = await (await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'pt-BR' })).newPage();
    page.on('pageerror', (e) => console.error(`[page error] ${e.message}`));
    // The start screen from a fresh page load: the app's code, then the workspace's runs.
    const t0 = performance.now();
    await page.goto(host.url);
    await page.locator('[data-testid="start-runs"] tbody tr').first().waitFor({ timeout: TIMEOUT_MS });
    out.push({ what: 'start (page load)', ms: performance.now() - t0 });
    await settle(page);
    // `later`: [what, selector] of parts that come after the first content, timed from the navigation too.
    const go = (hash: string, until: string, later: [string, string][] = []) =>
      probe(page, hash.slice(2).split('?')[0] || 'start', { action: { kind: 'hash', hash }, until, later: later.map(([, sel]) => sel) }, later.map(([w]) => w));
    const step = async (t: Promise<ScreenTiming[]>) => {
      for (const r of await t) {
        out.push(r);
        console.error(`  ${r.what}: ${r.ms === null ? r.note : `${Math.round(r.ms)} ms`}${r.calls ? ` (${r.calls})` : ''}`);
      }
      await settle(page);
    };

    // BENCH_SCREENS=portfolio,dossier: only those screens (the start screen always).
    const only = process.env.BENCH_SCREENS?.split(',');
    const wanted = (screen: string) => !only || only.includes(screen);
    const act = (what: string, action: Action, until: string, changed?: string[]) => step(probe(page, what, { action, until, ...(changed && { changed }) }));
    const type = (selector: string, text: string): Action => ({ kind: 'type', selector, text });
    const select = (selector: string, value: string): Action => ({ kind: 'select', selector, value });
    const click = (selector: string): Action => ({ kind: 'click', selector });

    if (wanted('matrix')) await step(go('#/matrix', '[data-testid="matrix"]'));

    const gridRow = '.customer-grid .ag-row';
    const gridFirst = [`${gridRow}[row-index="0"]`, '[data-testid="shown-count"]'];
    // The count says "loading" while the grid asks (no data-shown): the answer is the count back with the rows changed,
    // the first one a customer's (a row still loading has no row-id: after a sort, the count stays while the rows go).
    const gridDone = '.customers-screen:has([data-testid="shown-count"][data-shown]):has(.customer-grid .ag-row[row-index="0"][row-id])';
    if (wanted('customers')) {
      await step(go('#/customers', `${gridRow}[row-id]`));
      await act('customers: search', type('[data-testid="customer-search"]', 'hotel guan'), gridDone, gridFirst);
      await act('customers: clear search', type('[data-testid="customer-search"]', ''), gridDone, gridFirst);
      await act('customers: filter B', select('[data-testid="filter-abc"]', 'B'), gridDone, gridFirst);
      await act('customers: filter P(alive) < 50 %', select('[data-testid="filter-alive"]', 'unlikely'), gridDone, gridFirst);
      await act('customers: sort by name', click('.ag-header-cell[col-id="name"] .ag-header-cell-label'), gridDone, gridFirst);
      // ag-grid draws the columns in view only: scroll to the predicted ones first (not timed).
      await scrollGridTo(page, 'clv12m');
      await act('customers: sort by CLV 12 m', click('.ag-header-cell[col-id="clv12m"] .ag-header-cell-label'), gridDone, gridFirst);
    }

    if (wanted('pareto')) await step(go('#/pareto', '[data-testid="pareto-chart"]'));

    if (wanted('history')) {
      await step(go('#/history', '[data-testid="history-runs"] tbody tr'));
      const runs = await page.locator('[data-testid^="compare-"]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.testid!));
      if (runs.length >= 2) {
        await page.locator(`[data-testid="${runs[0]}"]`).check();
        await act('history: compare two runs', click(`[data-testid="${runs[1]}"]`), '[data-testid="migration-moves"]');
        await act('history: customers of a cell (A→B)', click('[data-testid="migration-A-B"]'), '[data-testid="migration-customers"] tbody tr');
      }
    }

    const portfolioRow = 'tr.portfolio-row';
    const portfolioFirst = [portfolioRow, '.portfolio-toolbar .shown-count'];
    // The rows on screen stay while the next ones come (the count aria-busy).
    const portfolioDone = '.portfolio-toolbar .shown-count[aria-busy="false"]';
    let top: string | null = null;
    if (wanted('portfolio')) {
      await step(go('#/portfolio', portfolioRow));
      // The dossier opened later is the portfolio's first customer: the current analysis's largest.
      top = await page.locator(portfolioRow).first().getAttribute('data-code', { timeout: TIMEOUT_MS });
      await act('portfolio: search', type('[data-testid="portfolio-search"]', 'hotel guan'), portfolioDone, portfolioFirst);
      await act('portfolio: clear search', type('[data-testid="portfolio-search"]', ''), portfolioDone, portfolioFirst);
      await act('portfolio: show more', click('[data-testid="portfolio-more"]'), `${portfolioRow}:nth-of-type(101)`);
      await act('portfolio: filter B', select('[data-testid="filter-abc"]', 'B'), portfolioDone, portfolioFirst);
      await act('portfolio: sort by name', click('[data-testid="sort-name"]'), portfolioDone, portfolioFirst);
      await act('portfolio: sort by P(alive)', click('[data-testid="sort-pAlive"]'), portfolioDone, portfolioFirst);
      await act('portfolio: only probably losing', click('[data-testid="filter-losing"]'), portfolioDone, portfolioFirst);
      await act('portfolio: status lost', click('[data-testid="status-lost"]'), portfolioDone, portfolioFirst);
    }

    if (wanted('dossier')) await step(go(`#/dossier?code=${encodeURIComponent(top ?? 'C000001')}`, '[data-testid="dossier-name"]'));
    if (wanted('agenda')) {
      await step(go('#/agenda', '.agenda-section'));
      // Each list's heading counts its items: a filter's answer changes them.
      const agendaCounts = ['#agenda-overdue-title', '#agenda-due-title', '[data-testid="agenda-losing"] h2'];
      await act('agenda: one KAM', select('[data-testid="agenda-owner"]', await firstOption(page, '[data-testid="agenda-owner"]')), '.agenda-section', agendaCounts);
      await act('agenda: 30 days ahead', select('[data-testid="agenda-days"]', '30'), '.agenda-section', agendaCounts);
      await act('agenda: purchases only', select('[data-testid="agenda-kind"]', 'purchase'), '.agenda-section', agendaCounts);
    }
    if (wanted('winback')) {
      await step(go('#/winback', '[data-testid="winback-table"] tbody tr', [['winback: loss trend', '#winback-trend-title']]));
      await act('winback: show more', click('[data-testid="winback-more"]'), '[data-testid="winback-table"] tbody tr:nth-of-type(101)');
    }
    if (wanted('kpis')) {
      await step(go('#/kpis', '[data-testid="dash-key-accounts-value"]', [['kpis: churn panel', '[data-testid="churn-table"]']]));
      await act('kpis: churn by quarter', select('[data-testid="churn-period"]', 'quarter'), '[data-testid="churn-table"]', ['[data-testid="churn-table"]']);
    }
    if (wanted('start')) await step(go('#/', '[data-testid="start-runs"] tbody tr'));
  } finally {
    await browser.close();
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

export function printScreens(title: string, timings: ScreenTiming[]) {
  console.log(`\n${title}\nscreen / action                          time`);
  for (const t of timings) {
    const ms = t.ms === null ? (t.note ?? '—') : `${Math.round(t.ms).toLocaleString('en')} ms`;
    console.log(`${t.what.padEnd(40)} ${ms.padStart(9)}`);
  }
}
