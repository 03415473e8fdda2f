// A walk over the screens in a real browser: for each stop (a route, and what to do there), the
// text a user can read once the screen has settled — text in view, each select's options, and
// the titles, placeholders and labels read aloud — and the words of it found in a word list
// (test/i18n/word-lists.ts). The language select names each language in its own words and is
// left out.
import type { Page } from 'playwright-core';
import { wordsOf } from './word-lists';

export type Stop = {
  /** What the report calls it. */
  name: string;
  /** The address after '#', as `#/customers?abc=A`. */
  hash: string;
  /** What to do once the screen has settled (type a search, open a form, provoke an error). */
  act?: (page: Page) => Promise<void>;
};

export type Finding = { stop: string; word: string; line: string };

/** Texts shown while a screen is still loading, in the four languages. */
const LOADING = /Carregando|Loading|Cargando|carregant/;

export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const out: string[] = [];
    const skipped = (el: Element) => el.closest('[data-testid=locale], script, style, noscript') !== null;
    const shown = (el: Element): boolean => {
      const style = getComputedStyle(el);
      return style.display !== 'none' && style.visibility !== 'hidden' && el.getClientRects().length > 0;
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim();
      if (!el || !text || skipped(el)) continue;
      // A closed select's options are read when it opens: they count if the select is in view.
      const select = el.closest('select');
      if (select ? shown(select) : shown(el)) out.push(text);
    }
    for (const el of document.body.querySelectorAll('[title], [placeholder], [aria-label]')) {
      if (skipped(el) || !shown(el)) continue;
      for (const name of ['title', 'placeholder', 'aria-label']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out.join('\n');
  });
}

/** The screen's text once nothing is loading and two reads 300 ms apart agree. */
export async function settledText(page: Page, timeoutMs = 30_000): Promise<string> {
  const until = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    await page.waitForTimeout(300);
    const text = await visibleText(page);
    if (text === last && !LOADING.test(text)) return text;
    if (Date.now() > until) throw new Error(`the screen did not settle: ${text.slice(0, 400)}`);
    last = text;
  }
}

/** The words of `text` in `list`, each with the line it was read in. */
export function findWords(stop: string, text: string, list: Set<string>): Finding[] {
  const found: Finding[] = [];
  for (const line of text.split('\n')) for (const word of new Set(wordsOf(line))) if (list.has(word)) found.push({ stop, word, line: line.slice(0, 160) });
  return found;
}

/** Visits each stop in turn and returns what it read there, by stop. */
export async function walk(page: Page, stops: readonly Stop[], onStop?: (stop: Stop, text: string) => Promise<void>): Promise<Map<string, string>> {
  const read = new Map<string, string>();
  for (const stop of stops) {
    await page.evaluate((h) => {
      window.location.hash = h;
    }, stop.hash);
    await settledText(page);
    if (stop.act) await stop.act(page);
    const text = await settledText(page);
    read.set(stop.name, text);
    await onStop?.(stop, text);
  }
  return read;
}
