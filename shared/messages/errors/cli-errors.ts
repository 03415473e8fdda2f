// The command line: its options and usage.
// Each entry: a code, its error type, and its sentence in the four languages (wording.ts).
import { wording, type Wording } from '../wording';

const HELP = { pt: 'veja "clave --help"', en: 'see "clave --help"', es: 'vea "clave --help"', ca: 'vegeu "clave --help"' };

export const cliErrors = {
  'cli/unknown-option': wording<{ option: string }>('bad-option', {
    pt: (p) => `Opção desconhecida: ${p.option} — ${HELP.pt}.`,
    en: (p) => `Unknown option: ${p.option} — ${HELP.en}.`,
    es: (p) => `Opción desconocida: ${p.option} — ${HELP.es}.`,
    ca: (p) => `Opció desconeguda: ${p.option} — ${HELP.ca}.`,
  }),
  'cli/missing-value': wording<{ option: string }>('bad-option', {
    pt: (p) => `A opção ${p.option} precisa de um valor — ${HELP.pt}.`,
    en: (p) => `The option ${p.option} needs a value — ${HELP.en}.`,
    es: (p) => `La opción ${p.option} necesita un valor — ${HELP.es}.`,
    ca: (p) => `L'opció ${p.option} necessita un valor — ${HELP.ca}.`,
  }),
  'cli/unknown-command': wording<{ command: string }>('bad-option', {
    pt: (p) => `Comando desconhecido "${p.command}" — use analyze, import, runs ou export (${HELP.pt}).`,
    en: (p) => `Unknown command "${p.command}" — use analyze, import, runs or export (${HELP.en}).`,
    es: (p) => `Comando desconocido "${p.command}" — use analyze, import, runs o export (${HELP.es}).`,
    ca: (p) => `Ordre desconeguda "${p.command}" — feu servir analyze, import, runs o export (${HELP.ca}).`,
  }),
  'cli/extra-argument': wording<{ argument: string }>('bad-option', {
    pt: (p) => `Argumento a mais: "${p.argument}" — ${HELP.pt}.`,
    en: (p) => `One argument too many: "${p.argument}" — ${HELP.en}.`,
    es: (p) => `Argumento de más: "${p.argument}" — ${HELP.es}.`,
    ca: (p) => `Argument de més: "${p.argument}" — ${HELP.ca}.`,
  }),
  'cli/bad-number': wording<{ option: string; value: string; integer: boolean }>('bad-option', {
    pt: (p) => `Valor inválido para --${p.option}: "${p.value}" (use ${p.integer ? 'um número inteiro' : 'um número'}).`,
    en: (p) => `Invalid value for --${p.option}: "${p.value}" (use ${p.integer ? 'a whole number' : 'a number'}).`,
    es: (p) => `Valor no válido para --${p.option}: "${p.value}" (use ${p.integer ? 'un número entero' : 'un número'}).`,
    ca: (p) => `Valor no vàlid per a --${p.option}: "${p.value}" (feu servir ${p.integer ? 'un nombre enter' : 'un nombre'}).`,
  }),
  'cli/bad-choice': wording<{ option: string; value: string; allowed: readonly string[] }>('bad-option', {
    pt: (p) => `Valor inválido para --${p.option}: "${p.value}" (use ${p.allowed.join(', ')}).`,
    en: (p) => `Invalid value for --${p.option}: "${p.value}" (use ${p.allowed.join(', ')}).`,
    es: (p) => `Valor no válido para --${p.option}: "${p.value}" (use ${p.allowed.join(', ')}).`,
    ca: (p) => `Valor no vàlid per a --${p.option}: "${p.value}" (feu servir ${p.allowed.join(', ')}).`,
  }),
  'cli/bad-date': wording<{ option: string; value: string }>('bad-option', {
    pt: (p) => `Data inválida em --${p.option}: "${p.value}" (use AAAA-MM-DD).`,
    en: (p) => `Invalid date in --${p.option}: "${p.value}" (use YYYY-MM-DD).`,
    es: (p) => `Fecha no válida en --${p.option}: "${p.value}" (use AAAA-MM-DD).`,
    ca: (p) => `Data no vàlida a --${p.option}: "${p.value}" (feu servir AAAA-MM-DD).`,
  }),
  'cli/needs-db': wording<{ command: string }>('bad-option', {
    pt: (p) => `"clave ${p.command}" precisa de --db ARQUIVO (o banco de dados do Clave).`,
    en: (p) => `"clave ${p.command}" needs --db FILE (Clave's database).`,
    es: (p) => `"clave ${p.command}" necesita --db ARCHIVO (la base de datos de Clave).`,
    ca: (p) => `"clave ${p.command}" necessita --db FITXER (la base de dades del Clave).`,
  }),
  'cli/analyze-needs-file': wording('bad-option', {
    pt: () => 'Indique a planilha: clave analyze ARQUIVO [opções] (ou --db ARQUIVO para analisar o que já foi importado).',
    en: () => 'Name the spreadsheet: clave analyze FILE [options] (or --db FILE to analyse what was imported before).',
    es: () => 'Indique la hoja de cálculo: clave analyze ARCHIVO [opciones] (o --db ARCHIVO para analizar lo ya importado).',
    ca: () => 'Indiqueu el full de càlcul: clave analyze FITXER [opcions] (o --db FITXER per analitzar el que ja s\'ha importat).',
  }),
  'cli/import-needs-file': wording('bad-option', {
    pt: () => 'Indique a planilha: clave import ARQUIVO --db BANCO.',
    en: () => 'Name the spreadsheet: clave import FILE --db DATABASE.',
    es: () => 'Indique la hoja de cálculo: clave import ARCHIVO --db BASE.',
    ca: () => 'Indiqueu el full de càlcul: clave import FITXER --db BASE.',
  }),
  'cli/out-not-xlsx': wording<{ value: string }>('bad-option', {
    pt: (p) => `--out precisa terminar em .xlsx: "${p.value}".`,
    en: (p) => `--out must end in .xlsx: "${p.value}".`,
    es: (p) => `--out debe terminar en .xlsx: "${p.value}".`,
    ca: (p) => `--out ha d'acabar en .xlsx: "${p.value}".`,
  }),
  'cli/export-needs-out': wording('bad-option', {
    pt: () => '"clave export" precisa de --out ARQUIVO.xlsx ou --out ARQUIVO.csv.',
    en: () => '"clave export" needs --out FILE.xlsx or --out FILE.csv.',
    es: () => '"clave export" necesita --out ARCHIVO.xlsx o --out ARCHIVO.csv.',
    ca: () => '"clave export" necessita --out FITXER.xlsx o --out FITXER.csv.',
  }),
  'cli/bad-columns': wording<{ item: string; fields: readonly string[] }>('bad-option', {
    pt: (p) => `--columns: "${p.item}" não tem a forma CAMPO=COLUNA (por exemplo customer=A,date=B,amount=D; campos: ${p.fields.join(', ')}).`,
    en: (p) => `--columns: "${p.item}" is not of the form FIELD=COLUMN (for example customer=A,date=B,amount=D; fields: ${p.fields.join(', ')}).`,
    es: (p) => `--columns: "${p.item}" no tiene la forma CAMPO=COLUMNA (por ejemplo customer=A,date=B,amount=D; campos: ${p.fields.join(', ')}).`,
    ca: (p) => `--columns: "${p.item}" no té la forma CAMP=COLUMNA (per exemple customer=A,date=B,amount=D; camps: ${p.fields.join(', ')}).`,
  }),
  'cli/unknown-field': wording<{ field: string; fields: readonly string[] }>('bad-option', {
    pt: (p) => `--columns: campo desconhecido "${p.field}" (use ${p.fields.join(', ')}).`,
    en: (p) => `--columns: unknown field "${p.field}" (use ${p.fields.join(', ')}).`,
    es: (p) => `--columns: campo desconocido "${p.field}" (use ${p.fields.join(', ')}).`,
    ca: (p) => `--columns: camp desconegut "${p.field}" (feu servir ${p.fields.join(', ')}).`,
  }),
  'cli/field-twice': wording<{ field: string }>('bad-option', {
    pt: (p) => `--columns: o campo ${p.field} aparece duas vezes.`,
    en: (p) => `--columns: the field ${p.field} appears twice.`,
    es: (p) => `--columns: el campo ${p.field} aparece dos veces.`,
    ca: (p) => `--columns: el camp ${p.field} hi surt dues vegades.`,
  }),
  'cli/no-header-needs-columns': wording('bad-option', {
    pt: () => '--no-header precisa de --columns: sem cabeçalho, diga em que coluna está cada campo (por exemplo --columns customer=A,date=B,amount=D).',
    en: () => '--no-header needs --columns: without a header, say which column holds each field (for example --columns customer=A,date=B,amount=D).',
    es: () => '--no-header necesita --columns: sin encabezado, indique en qué columna está cada campo (por ejemplo --columns customer=A,date=B,amount=D).',
    ca: () => '--no-header necessita --columns: sense capçalera, digueu a quina columna és cada camp (per exemple --columns customer=A,date=B,amount=D).',
  }),
  'cli/no-header-texts': wording('bad-option', {
    pt: () => 'Com --no-header, --columns indica as colunas por letra ou número, não por título.',
    en: () => 'With --no-header, --columns names the columns by letter or number, not by title.',
    es: () => 'Con --no-header, --columns indica las columnas por letra o número, no por título.',
    ca: () => 'Amb --no-header, --columns indica les columnes per lletra o número, no per títol.',
  }),
  'cli/no-such-column': wording<{ column: string; file: string; headers: readonly string[] }>('bad-option', {
    pt: (p) => `--columns: ${p.file} não tem a coluna "${p.column}" (as colunas são ${p.headers.map((h) => `"${h}"`).join(', ')}).`,
    en: (p) => `--columns: ${p.file} has no column "${p.column}" (its columns are ${p.headers.map((h) => `"${h}"`).join(', ')}).`,
    es: (p) => `--columns: ${p.file} no tiene la columna "${p.column}" (sus columnas son ${p.headers.map((h) => `"${h}"`).join(', ')}).`,
    ca: (p) => `--columns: ${p.file} no té la columna "${p.column}" (les columnes són ${p.headers.map((h) => `"${h}"`).join(', ')}).`,
  }),
  'cli/file-not-found': wording<{ file: string }>('bad-file', {
    pt: (p) => `Arquivo não encontrado: ${p.file}`,
    en: (p) => `File not found: ${p.file}`,
    es: (p) => `Archivo no encontrado: ${p.file}`,
    ca: (p) => `No s'ha trobat el fitxer: ${p.file}`,
  }),
  'cli/duplicate': wording<{ file: string; batch: number; batchFile: string; date: string }>('conflict', {
    pt: (p, f) => `O arquivo ${p.file} tem o mesmo conteúdo do lote ${p.batch} (${p.batchFile}), importado em ${f.day(p.date)}. Use --again para importá-lo de novo.`,
    en: (p, f) => `The file ${p.file} has the same content as batch ${p.batch} (${p.batchFile}), imported on ${f.day(p.date)}. Use --again to import it again.`,
    es: (p, f) => `El archivo ${p.file} tiene el mismo contenido que el lote ${p.batch} (${p.batchFile}), importado el ${f.day(p.date)}. Use --again para importarlo de nuevo.`,
    ca: (p, f) => `El fitxer ${p.file} té el mateix contingut que el lot ${p.batch} (${p.batchFile}), importat el ${f.day(p.date)}. Feu servir --again per importar-lo de nou.`,
  }),
} satisfies Record<string, Wording<never>>;
