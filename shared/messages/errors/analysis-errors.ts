// Analysis runs: windows, parameters, the current analysis, the predictive model.
// Each entry: a code, its error type, and its sentence in the four languages (wording.ts).
import { wording, type Wording } from '../wording';

export const analysisErrors = {
  'analysis/margin-without-data': wording('bad-option', {
    pt: () => 'A base "margem" precisa de uma coluna de custo ou de margem nos dados importados.',
    en: () => 'The "margin" basis needs a cost or margin column in the imported data.',
    es: () => 'La base "margen" necesita una columna de coste o de margen en los datos importados.',
    ca: () => 'La base "marge" necessita una columna de cost o de marge a les dades importades.',
  }),
  'analysis/bad-period': wording<{ value: string }>('bad-option', {
    pt: (p) => `Período inválido "${p.value}": use month, week ou quarter.`,
    en: (p) => `Invalid period "${p.value}": use month, week or quarter.`,
    es: (p) => `Período no válido "${p.value}": usa month, week o quarter.`,
    ca: (p) => `Període no vàlid "${p.value}": feu servir month, week o quarter.`,
  }),
  'analysis/bad-basis': wording<{ value: string }>('bad-option', {
    pt: (p) => `Base inválida "${p.value}": use revenue, margin, quantity ou orders.`,
    en: (p) => `Invalid basis "${p.value}": use revenue, margin, quantity or orders.`,
    es: (p) => `Base no válida "${p.value}": usa revenue, margin, quantity u orders.`,
    ca: (p) => `Base no vàlida "${p.value}": feu servir revenue, margin, quantity o orders.`,
  }),
  'analysis/bad-xyz-measure': wording<{ value: string }>('bad-option', {
    pt: (p) => `Medida XYZ inválida "${p.value}": use revenue, quantity ou orders.`,
    en: (p) => `Invalid XYZ measure "${p.value}": use revenue, quantity or orders.`,
    es: (p) => `Medida XYZ no válida "${p.value}": usa revenue, quantity u orders.`,
    ca: (p) => `Mesura XYZ no vàlida "${p.value}": feu servir revenue, quantity o orders.`,
  }),
  'analysis/bad-abc-limits': wording<{ a: number; b: number }>('bad-option', {
    pt: (p, f) => `Limites ABC inválidos (A = ${f.num(p.a, 6)}, B = ${f.num(p.b, 6)}): é preciso 0 < A < B ≤ 100.`,
    en: (p, f) => `Invalid ABC limits (A = ${f.num(p.a, 6)}, B = ${f.num(p.b, 6)}): they must be 0 < A < B ≤ 100.`,
    es: (p, f) => `Límites ABC no válidos (A = ${f.num(p.a, 6)}, B = ${f.num(p.b, 6)}): hace falta 0 < A < B ≤ 100.`,
    ca: (p, f) => `Límits ABC no vàlids (A = ${f.num(p.a, 6)}, B = ${f.num(p.b, 6)}): cal 0 < A < B ≤ 100.`,
  }),
  'analysis/bad-xyz-limits': wording<{ x: number; y: number }>('bad-option', {
    pt: (p, f) => `Limites XYZ inválidos (X = ${f.num(p.x, 6)}, Y = ${f.num(p.y, 6)}): é preciso 0 < X < Y.`,
    en: (p, f) => `Invalid XYZ limits (X = ${f.num(p.x, 6)}, Y = ${f.num(p.y, 6)}): they must be 0 < X < Y.`,
    es: (p, f) => `Límites XYZ no válidos (X = ${f.num(p.x, 6)}, Y = ${f.num(p.y, 6)}): hace falta 0 < X < Y.`,
    ca: (p, f) => `Límits XYZ no vàlids (X = ${f.num(p.x, 6)}, Y = ${f.num(p.y, 6)}): cal 0 < X < Y.`,
  }),
  'analysis/bad-min-periods': wording<{ value: number }>('bad-option', {
    pt: (p, f) => `Histórico mínimo inválido (${f.num(p.value, 6)}): use um número inteiro de 2 a 520 períodos.`,
    en: (p, f) => `Invalid minimum history (${f.num(p.value, 6)}): use a whole number of 2 to 520 periods.`,
    es: (p, f) => `Historial mínimo no válido (${f.num(p.value, 6)}): usa un número entero de 2 a 520 períodos.`,
    ca: (p, f) => `Historial mínim no vàlid (${f.num(p.value, 6)}): feu servir un nombre enter de 2 a 520 períodes.`,
  }),
  'analysis/bad-inactive-days': wording<{ value: number }>('bad-option', {
    pt: (p, f) => `Dias para inativo inválidos (${f.num(p.value, 6)}): use um número inteiro positivo.`,
    en: (p, f) => `Invalid days to inactive (${f.num(p.value, 6)}): use a positive whole number.`,
    es: (p, f) => `Días para inactivo no válidos (${f.num(p.value, 6)}): usa un número entero positivo.`,
    ca: (p, f) => `Dies per a inactiu no vàlids (${f.num(p.value, 6)}): feu servir un nombre enter positiu.`,
  }),
  'analysis/bad-lost-days': wording<{ value: number; inactive: number }>('bad-option', {
    pt: (p, f) => `Dias para perdido inválidos (${f.num(p.value, 6)}): precisam ser um número inteiro maior que os dias para inativo (${f.num(p.inactive, 6)}).`,
    en: (p, f) => `Invalid days to lost (${f.num(p.value, 6)}): they must be a whole number above the days to inactive (${f.num(p.inactive, 6)}).`,
    es: (p, f) => `Días para perdido no válidos (${f.num(p.value, 6)}): deben ser un número entero mayor que los días para inactivo (${f.num(p.inactive, 6)}).`,
    ca: (p, f) => `Dies per a perdut no vàlids (${f.num(p.value, 6)}): han de ser un nombre enter més gran que els dies per a inactiu (${f.num(p.inactive, 6)}).`,
  }),
  'analysis/bad-discount': wording<{ value: string }>('bad-option', {
    pt: (p) => `Desconto mensal inválido "${p.value}": use uma taxa de 0 até menos de 1 (0.01 = 1 % ao mês), ou um percentual como 1%.`,
    en: (p) => `Invalid monthly discount "${p.value}": use a rate from 0 to less than 1 (0.01 = 1 % a month), or a percentage such as 1%.`,
    es: (p) => `Descuento mensual no válido "${p.value}": usa una tasa de 0 a menos de 1 (0.01 = 1 % al mes), o un porcentaje como 1%.`,
    ca: (p) => `Descompte mensual no vàlid "${p.value}": feu servir una taxa de 0 a menys d'1 (0.01 = 1 % al mes), o un percentatge com 1%.`,
  }),
  'analysis/bad-date': wording<{ option: string; text: string }>('bad-option', {
    pt: (p) => `Data inválida em ${p.option}: "${p.text}" (use AAAA-MM-DD).`,
    en: (p) => `Invalid date in ${p.option}: "${p.text}" (use YYYY-MM-DD).`,
    es: (p) => `Fecha no válida en ${p.option}: "${p.text}" (usa AAAA-MM-DD).`,
    ca: (p) => `Data no vàlida a ${p.option}: "${p.text}" (feu servir AAAA-MM-DD).`,
  }),
  'analysis/window-reversed': wording<{ from: string; to: string }>('bad-option', {
    pt: (p, f) => `O início da janela (${f.day(p.from)}) é depois do fim (${f.day(p.to)}).`,
    en: (p, f) => `The window's start (${f.day(p.from)}) is after its end (${f.day(p.to)}).`,
    es: (p, f) => `El inicio de la ventana (${f.day(p.from)}) es posterior a su fin (${f.day(p.to)}).`,
    ca: (p, f) => `L'inici de la finestra (${f.day(p.from)}) és posterior al final (${f.day(p.to)}).`,
  }),
  'analysis/data-changed': wording('conflict', {
    pt: () => 'Os dados mudaram enquanto a análise rodava (uma importação, um desfazer ou um cliente novo): nada dela foi guardado; rode a análise de novo.',
    en: () => 'The data changed while the analysis ran (an import, an undo or a new customer): none of it was stored; run the analysis again.',
    es: () => 'Los datos cambiaron mientras se ejecutaba el análisis (una importación, un deshacer o un cliente nuevo): no se guardó nada de él; vuelve a ejecutar el análisis.',
    ca: () => "Les dades han canviat mentre s'executava l'anàlisi (una importació, un desfer o un client nou): no se n'ha desat res; torneu a executar l'anàlisi.",
  }),
  'analysis/no-sales': wording('bad-option', {
    pt: () => 'Não há vendas importadas: importe uma planilha antes de rodar a análise.',
    en: () => 'No sales have been imported: import a spreadsheet before running the analysis.',
    es: () => 'No hay ventas importadas: importa una hoja antes de ejecutar el análisis.',
    ca: () => "No hi ha vendes importades: importeu un full abans d'executar l'anàlisi.",
  }),
  'analysis/run-not-found': wording<{ runId: number }>('not-found', {
    pt: (p) => `A análise nº ${p.runId} não existe (foi apagada?).`,
    en: (p) => `Run #${p.runId} does not exist (was it deleted?).`,
    es: (p) => `El análisis n.º ${p.runId} no existe (¿se borró?).`,
    ca: (p) => `L'anàlisi núm. ${p.runId} no existeix (s'ha esborrat?).`,
  }),
  'analysis/bad-run-id': wording<{ value: string }>('bad-option', {
    pt: (p) => `Número de análise inválido: ${p.value}.`,
    en: (p) => `Invalid run number: ${p.value}.`,
    es: (p) => `Número de análisis no válido: ${p.value}.`,
    ca: (p) => `Número d'anàlisi no vàlid: ${p.value}.`,
  }),
  'analysis/no-runs': wording('not-found', {
    pt: () => 'Não há análises guardadas neste banco de dados.',
    en: () => 'There are no stored runs in this database.',
    es: () => 'No hay análisis guardados en esta base de datos.',
    ca: () => 'No hi ha anàlisis desades en aquesta base de dades.',
  }),
  'analysis/bad-label': wording<{ max: number }>('bad-option', {
    pt: (p, f) => `Nome da análise inválido: use um texto de até ${f.int(p.max)} caracteres (ou deixe em branco).`,
    en: (p, f) => `Invalid run label: use a text of up to ${f.int(p.max)} characters (or leave it blank).`,
    es: (p, f) => `Nombre del análisis no válido: usa un texto de hasta ${f.int(p.max)} caracteres (o déjalo en blanco).`,
    ca: (p, f) => `Nom de l'anàlisi no vàlid: feu servir un text de fins a ${f.int(p.max)} caràcters (o deixeu-lo en blanc).`,
  }),
} satisfies Record<string, Wording<never>>;
