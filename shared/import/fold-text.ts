// Text normalisation for recognising headers and labels: case- and accent-insensitive, with
// punctuation treated as a word break ("Cód. Cliente" → "cod cliente", "Nº Pedido" → "no pedido",
// "customer_id" → "customer id"); headers also split camelCase ("InvoiceDate" → "invoice date").

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const CAMEL_LOWER_UPPER = /(\p{Ll}|\p{N})(\p{Lu})/gu;
const CAMEL_ACRONYM = /(\p{Lu}+)(\p{Lu}\p{Ll})/gu;
const NON_WORD = /[^a-z0-9]+/g;

/** Lower case, no accents (NFKD, so "º" becomes "o"), runs of anything else → one space, trimmed. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(NON_WORD, ' ').trim();
}

/**
 * A header's words: foldText after splitting words joined in camelCase ("InvoiceDate" → "invoice
 * date", "CustomerID" → "customer id"); `_` and other punctuation are word breaks already
 * ("customer_id" → "customer id"). SPEC "Import".
 */
export function foldHeader(text: string): string {
  return foldText(text.replace(CAMEL_LOWER_UPPER, '$1 $2').replace(CAMEL_ACRONYM, '$1 $2'));
}

/** The cell as text: numbers as JavaScript prints them (1001, not 1001.0), empty → ''. */
export function cellText(cell: string | number | null | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell;
}

const TOTAL_LABELS = new Set([
  'total',
  'totais',
  'totales',
  'totals',
  'subtotal',
  'sub total',
  'subtotais',
  'subtotales',
  'subtotals',
  'total geral',
  'total general',
  'total global',
  'grand total',
  'totaal',
]);

/**
 * Whether a cell says it is a total ("Total", "Subtotal", "TOTAL GERAL:"). Cheap on ordinary
 * values: only short text starting with t/s/g is folded.
 */
export function isTotalLabel(text: string): boolean {
  if (text.length === 0 || text.length > 24 || !mayBeginTotalLabel(text.charCodeAt(0))) return false;
  return TOTAL_LABELS.has(foldText(text));
}

/** Whether a character (code) can begin a total label: every one of TOTAL_LABELS starts with t, s or g. */
export function mayBeginTotalLabel(c: number): boolean {
  const lower = c | 0x20; // ASCII lower case
  return lower === 0x74 /* t */ || lower === 0x73 /* s */ || lower === 0x67 /* g */;
}
