// Page numbers of a printed document ("página 2 de 5"), in the user's language, and its name
// beside them, in the margins of every printed page: CSS page-margin boxes (@page @bottom-*),
// which Chromium draws in the desktop's printToPDF and in the browser's own print alike. The rule
// is a <style> of the printing screen, so that its words follow the language chosen in Clave.
import { useMessages } from '../i18n/settings';
import { defineMessages } from '../i18n/locales';

const messages = defineMessages({
  'pt-BR': { page: 'página ', of: ' de ' },
  en: { page: 'page ', of: ' of ' },
  es: { page: 'página ', of: ' de ' },
  ca: { page: 'pàgina ', of: ' de ' },
});

/** A CSS string literal of any text (quotes, backslashes and line breaks escaped). */
const cssString = (text: string) => `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;

export function PrintPageNumbers({ title }: { title: string }) {
  const m = useMessages(messages);
  const margin = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #5d6675;';
  const css = `@page {
  @bottom-left { content: ${cssString(title)}; ${margin} }
  @bottom-right { content: ${cssString(m.page)} counter(page) ${cssString(m.of)} counter(pages); ${margin} }
}`;
  return <style data-testid="print-page-numbers">{css}</style>;
}
