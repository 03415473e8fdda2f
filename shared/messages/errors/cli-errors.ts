// The command line: its options and usage.
// Each entry: a code, its error type, and its sentence in the four languages (wording.ts).
import { wording, type Wording } from '../wording';

export const cliErrors = {
  'cli/file-not-found': wording<{ file: string }>('bad-file', {
    pt: (p) => `Arquivo não encontrado: ${p.file}`,
    en: (p) => `File not found: ${p.file}`,
    es: (p) => `Archivo no encontrado: ${p.file}`,
    ca: (p) => `No s'ha trobat el fitxer: ${p.file}`,
  }),
  // 'cli/example': wording<{ file: string }>('bad-file', { pt: (p) => `…${p.file}…`, en: …, es: …, ca: … }),
} satisfies Record<string, Wording<never>>;
