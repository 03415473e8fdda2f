// Finds the header row among the first rows of a sheet (title rows may stand above it) and maps
// its columns to fields by their names (header-synonyms.ts).
import { cellText, foldHeader, foldText } from './fold-text';
import { FIELD_KEYS, type ColumnMapping, type FieldKey } from './fields';
import { HEADER_SYNONYMS, PERCENT_WORDS } from './header-synonyms';

export type Cell = string | number | null;

/** How many rows from the top may hold the header (title rows, blank lines before it). */
export const HEADER_SCAN_ROWS = 30;

const EXACT_BONUS = 10;
const LAST_WORDS_BONUS = 5;
const MONEY_FIELDS = new Set<FieldKey>(['amount', 'unitPrice', 'cost', 'margin', 'quantity']);

const PADDED = FIELD_KEYS.map((field) => ({
  field,
  synonyms: HEADER_SYNONYMS[field].map((s) => ({ text: s.text, padded: ` ${s.text} `, weight: s.weight })),
}));

/**
 * Score of a header for each field (SPEC "Import"): an exact (folded) synonym scores its weight
 * + 10; a header whose last words are a synonym ("dollar value", "net sales amount") its weight
 * + 5; one that contains a synonym as whole words ("valor total r" for "Valor Total (R$)") its
 * weight. The header is read as it is folded and with camelCase split ("InvoiceDate"), the
 * better of the two counting, so that "NFe" stays "nfe".
 */
export function scoreHeader(header: string): Partial<Record<FieldKey, number>> {
  const scores: Partial<Record<FieldKey, number>> = {};
  const isPercent = header.includes('%');
  for (const folded of new Set([foldText(header), foldHeader(header)])) scoreFolded(folded, isPercent, scores);
  return scores;
}

function scoreFolded(folded: string, percentSign: boolean, scores: Partial<Record<FieldKey, number>>): void {
  if (folded === '' || folded.length > 60) return;
  const padded = ` ${folded} `;
  const isPercent = percentSign || folded.split(' ').some((word) => PERCENT_WORDS.has(word));
  for (const { field, synonyms } of PADDED) {
    if (isPercent && MONEY_FIELDS.has(field)) continue;
    let best = scores[field] ?? 0;
    for (const s of synonyms) {
      const score = folded === s.text ? s.weight + EXACT_BONUS : padded.endsWith(s.padded) ? s.weight + LAST_WORDS_BONUS : padded.includes(s.padded) ? s.weight : 0;
      if (score > best) best = score;
    }
    if (best > 0) scores[field] = best;
  }
}

export type HeaderMatch = { mapping: ColumnMapping; score: number; exact: number };

/** Assigns fields to columns, strongest matches first; each field and each column used once. */
export function mapHeaders(headers: readonly Cell[]): HeaderMatch {
  const candidates: { column: number; field: FieldKey; score: number }[] = [];
  headers.forEach((cell, column) => {
    if (typeof cell !== 'string') return;
    const scores = scoreHeader(cell);
    for (const field of FIELD_KEYS) {
      const score = scores[field];
      if (score) candidates.push({ column, field, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: ColumnMapping = {};
  const usedColumns = new Set<number>();
  let score = 0;
  let exact = 0;
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || usedColumns.has(c.column)) continue;
    mapping[c.field] = c.column;
    usedColumns.add(c.column);
    score += c.score;
    if (c.score > EXACT_BONUS) exact++;
  }
  return { mapping, score, exact };
}

/**
 * The header among `rows` (the first non-empty rows of the sheet): the best-scoring row with at
 * least one exact column name; ties go to the upper row. Null when no row looks like a header.
 */
export function detectHeader(rows: readonly (readonly Cell[])[]): { index: number; mapping: ColumnMapping } | null {
  let best: { index: number; mapping: ColumnMapping } | null = null;
  let bestScore = 0;
  for (let index = 0; index < rows.length; index++) {
    const match = mapHeaders(rows[index]!);
    if (match.exact === 0 || match.score <= bestScore) continue;
    best = { index, mapping: match.mapping };
    bestScore = match.score;
  }
  return best;
}

/** The key under which a confirmed mapping is remembered: the folded headers, in order. */
export function headerKey(headers: readonly Cell[]): string {
  const folded = headers.map((h) => foldText(cellText(h)));
  while (folded.length > 0 && folded[folded.length - 1] === '') folded.pop();
  return folded.join('|');
}

/**
 * The "header set" of a file read without a header (docs/decisions.md #132): how many columns its
 * first rows hold. The same system's next export has the same columns; a folded header never
 * holds `#` or `:`, so no header set can take this key.
 */
export function noHeaderKey(columnCount: number): string {
  return `#no-header:${columnCount}`;
}

/** Required fields that the mapping lacks: customer, date, and amount or quantity × unit price. */
export function missingFields(mapping: ColumnMapping): FieldKey[] {
  const missing: FieldKey[] = [];
  if (mapping.customer === undefined) missing.push('customer');
  if (mapping.date === undefined) missing.push('date');
  if (mapping.amount === undefined && (mapping.quantity === undefined || mapping.unitPrice === undefined)) {
    missing.push('amount');
  }
  return missing;
}
