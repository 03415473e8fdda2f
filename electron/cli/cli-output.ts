// Human-readable output of the command line (the --json form is in shared/analysis/result-json).
import type { RunSummary } from '../../shared/api/analysis-api';
import { wordError } from '../../shared/api/errors';
import type { ImportResult } from '../../shared/api/import-api';
import type { Lang } from '../../shared/messages/wording';
import { basisValue } from '../../shared/analysis/result-json';
import type { CustomerResult } from '../../shared/analysis/result-types';

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
    const reason = reject.message ? wordError({ type: 'bad-file', ...reject.message }, lang) : reject.reason;
    process.stderr.write(`  linha ${reject.row}${reject.column ? `, coluna "${reject.column}"` : ''}: ${reason}\n`);
  }
}

/** "Análise 7 (atual, "Fechamento")": the run's number, whether it is the current analysis, its label. */
function runName(run: RunSummary): string {
  const tags = [...(run.current ? ['atual'] : []), ...(run.label ? [`"${run.label}"`] : [])];
  return `Análise ${run.id}${tags.length > 0 ? ` (${tags.join(', ')})` : ''}`;
}

export function printRun(run: RunSummary, aCustomers: CustomerResult[]) {
  const t = run.totals;
  const out = [
    `${runName(run)}: ${run.window.from} a ${run.window.to} (${run.window.period}), base ${run.params.basis}; dados até ${run.referenceDate}${run.lastPeriodLeftOut ? '; último período incompleto: fora do XYZ' : ''}`,
    `${int.format(t.customers)} clientes, total ${dec.format(basisValue(t.value, run.params.basis))} — A: ${t.A}, B: ${t.B}, C: ${t.C}`,
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
