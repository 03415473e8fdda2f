// Human-readable output of the command line (the --json form is in shared/analysis/result-json).
import type { RunSummary } from '../../shared/api/analysis-api';
import type { ImportResult } from '../../shared/api/import-api';
import { labelsFor } from '../../shared/format/labels';
import { rejectColumnText, rejectReasonText } from '../../shared/format/reject-text';
import type { Lang } from '../../shared/messages/wording';
import { basisValue } from '../../shared/analysis/result-json';
import type { CustomerResult } from '../../shared/analysis/result-types';
import type { RunModel } from '../../shared/analysis/run-model';
import { noModelLine } from '../../shared/messages/model-reasons';

const int = new Intl.NumberFormat('pt-BR');
const dec = new Intl.NumberFormat('pt-BR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const pct = new Intl.NumberFormat('pt-BR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

const count = (n: number, one: string, many: string) => `${int.format(n)} ${n === 1 ? one : many}`;

export function printImport(r: ImportResult, lang: Lang) {
  const sheets = r.sheets.length > 0 ? r.sheets.join(', ') : r.sheet;
  // SPEC: how many lines it read, imported, rejected and skipped as already stored (and replaced).
  const replaced = r.replacedLines > 0 ? `, ${count(r.replacedLines, 'linha guardada substituída', 'linhas guardadas substituídas')}` : '';
  const what = r.skipped
    ? `${r.fileName}: já importado antes, não foi importado de novo.`
    : `${r.fileName}${sheets ? ` (${sheets})` : ''}: ${count(r.rowsRead, 'linha lida', 'linhas lidas')}, ${count(r.imported, 'importada', 'importadas')}, ${count(r.rejected, 'rejeitada', 'rejeitadas')}, ${count(r.skippedLines, 'pulada por já estar guardada', 'puladas por já estarem guardadas')}${replaced}.`;
  process.stderr.write(`${what}\n`);
  for (const reject of r.firstRejects.slice(0, 5)) {
    const column = rejectColumnText(reject, labelsFor(lang));
    process.stderr.write(`  linha ${reject.row}${column ? `, coluna "${column}"` : ''}: ${rejectReasonText(reject, lang, labelsFor(lang))}\n`);
  }
}

/** "Análise 7 (atual, "Fechamento")": the run's number, whether it is the current analysis, its label. */
function runName(run: RunSummary): string {
  const tags = [...(run.current ? ['atual'] : []), ...(run.label ? [`"${run.label}"`] : [])];
  return `Análise ${run.id}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}`;
}

const par = new Intl.NumberFormat('pt-BR', { maximumFractionDigits: 4 });

/** The fitted models in one line; null when there are none (the reason goes to stderr). */
function modelLine(model: RunModel): string | null {
  const m = model.fitted;
  if (m === null) return null;
  const spend = m.spend ? `; Gamma-Gamma p ${par.format(m.spend.p)}, q ${par.format(m.spend.q)}, v ${par.format(m.spend.v)}` : '';
  return `Modelo BG/NBD (${int.format(m.customers)} clientes com compra): r ${par.format(m.r)}, alfa ${par.format(m.alpha)}, a ${par.format(m.a)}, b ${par.format(m.b)}, log-verossimilhança ${dec.format(m.logLikelihood)}${spend}`;
}

export function printRun(run: RunSummary, aCustomers: CustomerResult[], lang: Lang) {
  const t = run.totals;
  const model = modelLine(run.model);
  if (model === null && run.model.reason !== null) process.stderr.write(`${noModelLine(run.model.reason, run.model, lang)}\n`);
  const out = [
    `${runName(run)}: ${run.window.from} a ${run.window.to} (${run.window.period}), base ${run.params.basis}; dados até ${run.referenceDate}${run.lastPeriodLeftOut ? '; último período incompleto: fora do XYZ' : ''}`,
    `${int.format(t.customers)} clientes, total ${dec.format(basisValue(t.value, run.params.basis))} — A: ${t.A}, B: ${t.B}, C: ${t.C}`,
    ...(model === null ? [] : [model]),
    '',
    'Clientes A (contas-chave):',
    ...aCustomers.map(
      (c) =>
        `  ${c.code.padEnd(10)} ${(c.name ?? '').slice(0, 36).padEnd(36)} ${dec.format(basisValue(c.value, run.params.basis)).padStart(16)} ${pct.format(c.cumulativeShare ?? 0).padStart(7)}  ${c.abc}${c.xyz ?? '-'}  ${c.status}`,
    ),
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}

export function printRuns(runs: RunSummary[]) {
  if (runs.length === 0) process.stdout.write('Nenhuma análise guardada.\n');
  for (const r of runs)
    process.stdout.write(
      `${r.current ? '*' : ' '}${String(r.id).padStart(4)}  ${r.createdAt.slice(0, 16).replace('T', ' ')}  ${r.window.from} a ${r.window.to}  dados até ${r.referenceDate}  ${r.params.basis}  A ${r.totals.A} / B ${r.totals.B} / C ${r.totals.C}${r.label ? `  "${r.label}"` : ''}\n`,
    );
}
