// Import: reading files, the mapping, batches and their undo.
// Each entry: a code, its error type, and its sentence in the four languages (wording.ts).
import { wording, type Wording } from '../wording';

export const importErrors = {
  // 'import/example': wording<{ file: string }>('bad-file', { pt: (p) => `…${p.file}…`, en: …, es: …, ca: … }),

  // Overlapping exports and undo (electron/import/overlap.ts, undo-import.ts).
  'import/overlap-bad-rule': wording<{ rule: string }>('bad-option', {
    pt: (p) => `Regra de sobreposição desconhecida "${p.rule}": use skip (pular o que já está guardado), replace (substituir) ou keep (manter tudo).`,
    en: (p) => `Unknown overlap rule "${p.rule}": use skip (leave out what is already stored), replace or keep (import everything).`,
    es: (p) => `Regla de solapamiento desconocida "${p.rule}": use skip (omitir lo ya guardado), replace (sustituir) o keep (conservar todo).`,
    ca: (p) => `Regla de solapament desconeguda "${p.rule}": feu servir skip (ometre el que ja està desat), replace (substituir) o keep (conservar-ho tot).`,
  }),
  'import/undo-not-found': wording<{ batch: number }>('not-found', {
    pt: (p) => `O lote de importação nº ${p.batch} não existe neste espaço de trabalho.`,
    en: (p) => `Import batch no. ${p.batch} does not exist in this workspace.`,
    es: (p) => `El lote de importación n.º ${p.batch} no existe en este espacio de trabajo.`,
    ca: (p) => `El lot d'importació núm. ${p.batch} no existeix en aquest espai de treball.`,
  }),
  'import/undo-already-undone': wording<{ batch: number; file: string; date: string }>('conflict', {
    pt: (p, f) => `O lote nº ${p.batch} (${p.file}) já foi desfeito em ${f.day(p.date)}.`,
    en: (p, f) => `Batch no. ${p.batch} (${p.file}) was already undone on ${f.day(p.date)}.`,
    es: (p, f) => `El lote n.º ${p.batch} (${p.file}) ya se deshizo el ${f.day(p.date)}.`,
    ca: (p, f) => `El lot núm. ${p.batch} (${p.file}) ja es va desfer el ${f.day(p.date)}.`,
  }),
} satisfies Record<string, Wording<never>>;
