// Import: reading files, the mapping, batches and their undo.
// Each entry: a code, its error type, and its sentence in the four languages (wording.ts).
import type { Wording } from '../wording';

export const importErrors = {
  // 'import/example': wording<{ file: string }>('bad-file', { pt: (p) => `…${p.file}…`, en: …, es: …, ca: … }),
} satisfies Record<string, Wording<never>>;
