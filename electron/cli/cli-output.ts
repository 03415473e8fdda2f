// Human-readable output of the command line, in the language of its environment (the words are
// in shared/messages/cli-output.ts; the --json form, whose keys and values SPEC fixes, is in
// shared/analysis/result-json).
import type { ClassCustomer, RunSummary } from '../../shared/api/analysis-api';
import type { ImportResult } from '../../shared/api/import-api';
import type { Basis } from '../../shared/analysis/params';
import { rejectColumnText, rejectReasonText } from '../../shared/format/reject-text';
import { basisValue } from '../../shared/analysis/result-json';
import { cliOutput, type CliOutput } from '../../shared/messages/cli-output';
import type { Lang } from '../../shared/messages/wording';
import { noModelLine } from '../../shared/messages/model-reasons';

/** A value on a run's basis: money with its two decimals, quantities as they are, orders whole. */
function basisText(out: CliOutput, value: number, basis: Basis): string {
  const v = basisValue(value, basis);
  return basis === 'orders' ? out.f.int(v) : basis === 'quantity' ? out.f.num(v, 3) : out.f.fixed(v, 2);
}

export function printImport(r: ImportResult, lang: Lang) {
  const out = cliOutput(lang);
  const sheets = r.sheets.length > 0 ? r.sheets.join(', ') : r.sheet;
  process.stderr.write(`${r.skipped ? out.alreadyImported(r.fileName) : out.imported(r.fileName, sheets, r)}\n`);
  for (const reject of r.firstRejects.slice(0, 5)) {
    // By its header (`coluna "Valor"`), else by its letter (`coluna C`).
    const column = reject.column !== null ? out.columnNamed(reject.column) : rejectColumnText(reject, out.labels);
    process.stderr.write(`${out.rejectLine(reject.row, column, rejectReasonText(reject, lang, out.labels))}\n`);
  }
}

export function printRun(run: RunSummary, aCustomers: ClassCustomer[], lang: Lang) {
  const out = cliOutput(lang);
  const { labels } = out;
  const t = run.totals;
  const basis = run.params.basis;
  const model = run.model.fitted;
  if (model === null && run.model.reason !== null) process.stderr.write(`${noModelLine(run.model.reason, run.model, lang)}\n`);
  const head = [
    `${out.runName(run.id, run.current, run.label)}: ${out.window(run.window.from, run.window.to)} (${labels.periods[run.window.period]}), ${labels.params.basis}: ${labels.bases[basis]}`,
    out.dataUpTo(run.referenceDate),
    ...(run.lastPeriodLeftOut ? [out.lastPeriodLeftOut] : []),
  ];
  const lines = [
    head.join('; '),
    `${out.customers(t.customers)}, total ${basisText(out, t.value, basis)} — A: ${out.f.int(t.A)}, B: ${out.f.int(t.B)}, C: ${out.f.int(t.C)}`,
    ...(model === null ? [] : [out.model(model)]),
    '',
    out.keyAccounts,
    ...aCustomers.map(
      (c) =>
        `  ${c.code.padEnd(10)} ${(c.name ?? '').slice(0, 36).padEnd(36)} ${basisText(out, c.value, basis).padStart(16)} ${out.f.percent(c.cumulativeShare ?? 0).padStart(7)}  ${c.abc}${c.xyz ?? '-'}  ${labels.status[c.status]}`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function printRuns(runs: RunSummary[], lang: Lang) {
  const out = cliOutput(lang);
  if (runs.length === 0) process.stdout.write(`${out.noRuns}\n`);
  for (const r of runs) {
    const classes = `A ${out.f.int(r.totals.A)} / B ${out.f.int(r.totals.B)} / C ${out.f.int(r.totals.C)}`;
    process.stdout.write(
      `${r.current ? '*' : ' '}${String(r.id).padStart(4)}  ${r.createdAt.slice(0, 16).replace('T', ' ')}  ${out.window(r.window.from, r.window.to)}  ${out.dataUpTo(r.referenceDate)}  ${out.labels.bases[r.params.basis]}  ${classes}${r.label ? `  "${r.label}"` : ''}\n`,
    );
  }
}

export function printExported(runId: number, file: string, lang: Lang) {
  process.stderr.write(`${cliOutput(lang).exported(runId, file)}\n`);
}
