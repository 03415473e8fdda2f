// Exports: workbooks, CSV, rejects, output files.
// Each entry: a code, its error type, and its sentence in the four languages (wording.ts).
import { wording, type Wording } from '../wording';

export const exportErrors = {
  'export/bad-locale': wording('bad-option', {
    pt: () => 'Idioma inválido.',
    en: () => 'Invalid language.',
    es: () => 'Idioma no válido.',
    ca: () => 'Idioma no vàlid.',
  }),
  'export/bad-currency': wording('bad-option', {
    pt: () => 'Moeda inválida.',
    en: () => 'Invalid currency.',
    es: () => 'Moneda no válida.',
    ca: () => 'Moneda no vàlida.',
  }),
  'export/unknown-locale': wording<{ value: string; allowed: string }>('bad-option', {
    pt: (p) => `Idioma desconhecido "${p.value}": use ${p.allowed}.`,
    en: (p) => `Unknown language "${p.value}": use ${p.allowed}.`,
    es: (p) => `Idioma desconocido "${p.value}": use ${p.allowed}.`,
    ca: (p) => `Idioma desconegut "${p.value}": feu servir ${p.allowed}.`,
  }),
  'export/unknown-currency': wording<{ value: string }>('bad-option', {
    pt: (p) => `Moeda inválida "${p.value}": use um código ISO 4217 de três letras, como BRL ou EUR.`,
    en: (p) => `Invalid currency "${p.value}": use a three-letter ISO 4217 code, such as BRL or EUR.`,
    es: (p) => `Moneda no válida "${p.value}": use un código ISO 4217 de tres letras, como BRL o EUR.`,
    ca: (p) => `Moneda no vàlida "${p.value}": feu servir un codi ISO 4217 de tres lletres, com BRL o EUR.`,
  }),
  'export/bad-target': wording('bad-option', {
    pt: () => 'Destino inválido: escolha o arquivo novamente.',
    en: () => 'Invalid destination: choose the file again.',
    es: () => 'Destino no válido: elige el archivo de nuevo.',
    ca: () => 'Destinació no vàlida: trieu el fitxer de nou.',
  }),
  'export/bad-batch': wording<{ value: string }>('bad-option', {
    pt: (p) => `Número de lote inválido: ${p.value}.`,
    en: (p) => `Invalid batch number: ${p.value}.`,
    es: (p) => `Número de lote no válido: ${p.value}.`,
    ca: (p) => `Número de lot no vàlid: ${p.value}.`,
  }),
  'export/batch-not-found': wording<{ batchId: number }>('not-found', {
    pt: (p) => `O lote de importação nº ${p.batchId} não existe.`,
    en: (p) => `Import batch #${p.batchId} does not exist.`,
    es: (p) => `El lote de importación n.º ${p.batchId} no existe.`,
    ca: (p) => `El lot d'importació núm. ${p.batchId} no existeix.`,
  }),
  'export/cannot-write': wording<{ path: string; reason: string }>('bad-file', {
    pt: (p) => `Não foi possível gravar o arquivo ${p.path} (${p.reason}): verifique se a pasta existe, se há espaço em disco e se o arquivo não está aberto em outro programa.`,
    en: (p) => `Could not write the file ${p.path} (${p.reason}): check that the folder exists, that there is disk space and that the file is not open in another program.`,
    es: (p) => `No se pudo escribir el archivo ${p.path} (${p.reason}): comprueba que la carpeta existe, que hay espacio en disco y que el archivo no está abierto en otro programa.`,
    ca: (p) => `No s'ha pogut escriure el fitxer ${p.path} (${p.reason}): comproveu que la carpeta existeix, que hi ha espai al disc i que el fitxer no és obert en un altre programa.`,
  }),
} satisfies Record<string, Wording<never>>;
