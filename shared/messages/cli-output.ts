// What the command line prints for a person (not --json, whose keys and values SPEC fixes), in
// the four languages: counts by the language's plural rules, numbers with its separators, and the
// values it shows (status, period, basis) with the words of the exports (shared/format/labels.ts).
// Dates stay YYYY-MM-DD, as the options take them (--from, --to): one form in every language.
import type { Labels } from '../format/labels';
import type { FittedModel } from '../models/fit-models';
import { labelsFor } from '../format/labels';
import { wordFormat, type Lang, type WordFormat } from './wording';

type Forms = { one: string; other: string };
/** "1 linha lida" / "12 linhas lidas": the number and the words its plural rule asks for. */
const count = (f: WordFormat, n: number, forms: Forms) => `${f.int(n)} ${f.plural(n, forms)}`;

export type ImportCounts = { rowsRead: number; imported: number; rejected: number; skippedLines: number; replacedLines: number };

export type CliOutput = {
  labels: Labels;
  f: WordFormat;
  /** "vendas.csv (Jan, Fev): 15 linhas lidas, 10 importadas, …". */
  imported(file: string, sheets: string | null, c: ImportCounts): string;
  alreadyImported(file: string): string;
  /** "  linha 7, coluna "Valor": …"; `column` as rejectLine's caller words it (columnNamed, or a letter's "coluna C"). */
  rejectLine(row: number, column: string | null, reason: string): string;
  /** A column by its header: `coluna "Valor"`. */
  columnNamed(header: string): string;
  /** "Análise 7 (atual, "Fechamento")". */
  runName(id: number, current: boolean, label: string | null): string;
  window(from: string, to: string): string;
  dataUpTo(day: string): string;
  lastPeriodLeftOut: string;
  customers(n: number): string;
  keyAccounts: string;
  noRuns: string;
  exported(id: number, file: string): string;
  /** The fitted models in one line (BG/NBD, and Gamma-Gamma when fitted). */
  model(m: FittedModel): string;
};

type ModelWords = { head: string; customerForms: Forms; alpha: string; logLikelihood: string };

type Words = Omit<CliOutput, 'labels' | 'f' | 'imported' | 'customers' | 'model'> & {
  modelWords: ModelWords;
  read: Forms;
  importedForms: Forms;
  rejected: Forms;
  skipped: Forms;
  replaced: Forms;
  customer: Forms;
};

const WORDS: Record<Lang, Words> = {
  pt: {
    modelWords: { head: 'Modelo BG/NBD', customerForms: { one: 'cliente com compra', other: 'clientes com compra' }, alpha: 'alfa', logLikelihood: 'log-verossimilhança' },
    read: { one: 'linha lida', other: 'linhas lidas' },
    importedForms: { one: 'importada', other: 'importadas' },
    rejected: { one: 'rejeitada', other: 'rejeitadas' },
    skipped: { one: 'pulada por já estar guardada', other: 'puladas por já estarem guardadas' },
    replaced: { one: 'linha guardada substituída', other: 'linhas guardadas substituídas' },
    customer: { one: 'cliente', other: 'clientes' },
    alreadyImported: (file) => `${file}: já importado antes, não foi importado de novo.`,
    rejectLine: (row, column, reason) => `  linha ${row}${column ? `, ${column}` : ''}: ${reason}`,
    columnNamed: (header) => `coluna "${header}"`,
    runName: (id, current, label) => `Análise ${id}${tags(current ? 'atual' : null, label)}`,
    window: (from, to) => `${from} a ${to}`,
    dataUpTo: (day) => `dados até ${day}`,
    lastPeriodLeftOut: 'último período incompleto: fora do XYZ',
    keyAccounts: 'Clientes A (contas-chave):',
    noRuns: 'Nenhuma análise guardada.',
    exported: (id, file) => `Análise ${id} exportada para ${file}`,
  },
  en: {
    modelWords: { head: 'BG/NBD model', customerForms: { one: 'customer with a purchase', other: 'customers with a purchase' }, alpha: 'alpha', logLikelihood: 'log-likelihood' },
    read: { one: 'line read', other: 'lines read' },
    importedForms: { one: 'imported', other: 'imported' },
    rejected: { one: 'rejected', other: 'rejected' },
    skipped: { one: 'skipped as already stored', other: 'skipped as already stored' },
    replaced: { one: 'stored line replaced', other: 'stored lines replaced' },
    customer: { one: 'customer', other: 'customers' },
    alreadyImported: (file) => `${file}: already imported before; not imported again.`,
    rejectLine: (row, column, reason) => `  row ${row}${column ? `, ${column}` : ''}: ${reason}`,
    columnNamed: (header) => `column "${header}"`,
    runName: (id, current, label) => `Run ${id}${tags(current ? 'current' : null, label)}`,
    window: (from, to) => `${from} to ${to}`,
    dataUpTo: (day) => `data up to ${day}`,
    lastPeriodLeftOut: 'last period incomplete: left out of XYZ',
    keyAccounts: 'A customers (key accounts):',
    noRuns: 'No stored runs.',
    exported: (id, file) => `Run ${id} exported to ${file}`,
  },
  es: {
    modelWords: { head: 'Modelo BG/NBD', customerForms: { one: 'cliente con compra', other: 'clientes con compra' }, alpha: 'alfa', logLikelihood: 'log-verosimilitud' },
    read: { one: 'línea leída', other: 'líneas leídas' },
    importedForms: { one: 'importada', other: 'importadas' },
    rejected: { one: 'rechazada', other: 'rechazadas' },
    skipped: { one: 'omitida por estar ya guardada', other: 'omitidas por estar ya guardadas' },
    replaced: { one: 'línea guardada sustituida', other: 'líneas guardadas sustituidas' },
    customer: { one: 'cliente', other: 'clientes' },
    alreadyImported: (file) => `${file}: ya se importó antes; no se importó de nuevo.`,
    rejectLine: (row, column, reason) => `  fila ${row}${column ? `, ${column}` : ''}: ${reason}`,
    columnNamed: (header) => `columna "${header}"`,
    runName: (id, current, label) => `Análisis ${id}${tags(current ? 'actual' : null, label)}`,
    window: (from, to) => `${from} a ${to}`,
    dataUpTo: (day) => `datos hasta ${day}`,
    lastPeriodLeftOut: 'último periodo incompleto: fuera del XYZ',
    keyAccounts: 'Clientes A (cuentas clave):',
    noRuns: 'Ningún análisis guardado.',
    exported: (id, file) => `Análisis ${id} exportado a ${file}`,
  },
  ca: {
    modelWords: { head: 'Model BG/NBD', customerForms: { one: 'client amb compra', other: 'clients amb compra' }, alpha: 'alfa', logLikelihood: 'log-versemblança' },
    read: { one: 'línia llegida', other: 'línies llegides' },
    importedForms: { one: 'importada', other: 'importades' },
    rejected: { one: 'rebutjada', other: 'rebutjades' },
    skipped: { one: 'omesa perquè ja estava desada', other: 'omeses perquè ja estaven desades' },
    replaced: { one: 'línia desada substituïda', other: 'línies desades substituïdes' },
    customer: { one: 'client', other: 'clients' },
    alreadyImported: (file) => `${file}: ja s'havia importat; no s'ha tornat a importar.`,
    rejectLine: (row, column, reason) => `  fila ${row}${column ? `, ${column}` : ''}: ${reason}`,
    columnNamed: (header) => `columna "${header}"`,
    runName: (id, current, label) => `Anàlisi ${id}${tags(current ? 'actual' : null, label)}`,
    window: (from, to) => `${from} a ${to}`,
    dataUpTo: (day) => `dades fins a ${day}`,
    lastPeriodLeftOut: "últim període incomplet: fora de l'XYZ",
    keyAccounts: 'Clients A (comptes clau):',
    noRuns: 'Cap anàlisi desada.',
    exported: (id, file) => `Anàlisi ${id} exportada a ${file}`,
  },
};

/** ` (atual, "Fechamento")`: what marks a run, or nothing. */
function tags(current: string | null, label: string | null): string {
  const all = [...(current ? [current] : []), ...(label ? [`"${label}"`] : [])];
  return all.length > 0 ? ` (${all.join(', ')})` : '';
}

export function cliOutput(lang: Lang): CliOutput {
  const w = WORDS[lang];
  const f = wordFormat(lang);
  return {
    ...w,
    labels: labelsFor(lang),
    f,
    imported: (file, sheets, c) => {
      // SPEC: how many lines it read, imported, rejected and skipped as already stored (and replaced).
      const replaced = c.replacedLines > 0 ? `, ${count(f, c.replacedLines, w.replaced)}` : '';
      const counts = [count(f, c.rowsRead, w.read), count(f, c.imported, w.importedForms), count(f, c.rejected, w.rejected), count(f, c.skippedLines, w.skipped)];
      return `${file}${sheets ? ` (${sheets})` : ''}: ${counts.join(', ')}${replaced}.`;
    },
    customers: (n) => count(f, n, w.customer),
    model: (m) => {
      const mw = w.modelWords;
      const par = (n: number) => f.num(n, 4);
      const spend = m.spend ? `; Gamma-Gamma p ${par(m.spend.p)}, q ${par(m.spend.q)}, v ${par(m.spend.v)}` : '';
      return `${mw.head} (${count(f, m.customers, mw.customerForms)}): r ${par(m.r)}, ${mw.alpha} ${par(m.alpha)}, a ${par(m.a)}, b ${par(m.b)}, ${mw.logLikelihood} ${f.fixed(m.logLikelihood, 2)}${spend}`;
    },
  };
}
