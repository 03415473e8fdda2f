// Key-account management: customers, dossier records, team, agenda, win-back, KPIs, surveys.
// Each entry: a code, its error type, and its sentence in the four languages (wording.ts).
import type { Wording } from '../wording';

export const kamErrors = {
  // 'kam/example': wording<{ file: string }>('bad-file', { pt: (p) => `…${p.file}…`, en: …, es: …, ca: … }),
} satisfies Record<string, Wording<never>>;
