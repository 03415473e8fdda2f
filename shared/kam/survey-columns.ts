// Recognises the columns of a satisfaction-survey sheet by their headers, in Portuguese,
// Catalan, Spanish and English, case- and accent-insensitive (fold-text.ts): customer code,
// date, score and comment. The customer and date names are the sales import's own
// (header-synonyms.ts), plus the plain "código"; "nota" here is the score, not an invoice.
import type { Cell } from '../import/detect-header';
import { cellText, foldText } from '../import/fold-text';
import { HEADER_SYNONYMS, type Synonym } from '../import/header-synonyms';

export type SurveyField = 'customer' | 'date' | 'score' | 'comment';
export type SurveyMapping = Partial<Record<SurveyField, number>>;

export const SURVEY_FIELD_LABELS: Record<SurveyField, string> = {
  customer: 'cliente',
  date: 'data',
  score: 'nota',
  comment: 'comentário',
};

const w = (weight: number, ...texts: string[]): Synonym[] => texts.map((text) => ({ text, weight }));

const SYNONYMS: Record<SurveyField, Synonym[]> = {
  customer: [
    ...HEADER_SYNONYMS.customer.filter((s) => s.weight >= 2),
    ...w(3, 'codigo', 'cod', 'code', 'codi', 'cliente codigo'),
  ],
  date: [...HEADER_SYNONYMS.date, ...w(3, 'data resposta', 'data da resposta', 'response date', 'fecha respuesta', 'data de resposta')],
  score: w(3, 'nota', 'pontuacao', 'score', 'puntuacion', 'puntuacio', 'nps', 'csat', 'avaliacao', 'rating', 'valoracion',
    'valoracio', 'nota nps', 'nota csat', 'satisfacao', 'satisfaccion', 'satisfaccio', 'satisfaction'),
  comment: w(3, 'comentario', 'comentarios', 'comment', 'comments', 'comentari', 'comentaris', 'observacao', 'observacoes',
    'obs', 'observaciones', 'observacions', 'feedback', 'motivo', 'justificativa'),
};

const FIELDS: SurveyField[] = ['customer', 'date', 'score', 'comment'];
const EXACT_BONUS = 10;

function score(folded: string, synonyms: Synonym[]): number {
  const padded = ` ${folded} `;
  let best = 0;
  for (const s of synonyms) {
    const v = folded === s.text ? s.weight + EXACT_BONUS : padded.includes(` ${s.text} `) ? s.weight : 0;
    if (v > best) best = v;
  }
  return best;
}

/** Assigns fields to columns, strongest matches first; each field and column used once. */
export function mapSurveyHeaders(headers: readonly Cell[]): SurveyMapping {
  const candidates: { column: number; field: SurveyField; score: number }[] = [];
  headers.forEach((cell, column) => {
    const folded = foldText(cellText(cell));
    if (folded === '' || folded.length > 60) return;
    for (const field of FIELDS) {
      const s = score(folded, SYNONYMS[field]);
      if (s > 0) candidates.push({ column, field, score: s });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping: SurveyMapping = {};
  const used = new Set<number>();
  for (const c of candidates) {
    if (mapping[c.field] !== undefined || used.has(c.column)) continue;
    mapping[c.field] = c.column;
    used.add(c.column);
  }
  return mapping;
}

/** The header among the first rows: the first with customer, date and score columns. */
export function findSurveyHeader(rows: readonly (readonly Cell[])[]): { index: number; mapping: SurveyMapping } | null {
  for (let index = 0; index < rows.length; index++) {
    const mapping = mapSurveyHeaders(rows[index]!);
    if (mapping.customer !== undefined && mapping.date !== undefined && mapping.score !== undefined) return { index, mapping };
  }
  return null;
}
