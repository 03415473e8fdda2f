// Default names of exported files (a save dialog proposes them; the web host downloads under
// them). Named by the run's number, so that two runs of the same month do not take each other's
// name, and by the month the run's window ends in.

type RunName = { id: number; window: { to: string } };

/** `clave-analise-7-2026-10.xlsx` for run 7, whose window ends on 2026-10-31. */
export function workbookFileName(run: RunName): string {
  return `clave-analise-${run.id}-${run.window.to.slice(0, 7)}.xlsx`;
}

/** `clave-clientes-7-2026-10.csv`: the customer table of the same run. */
export function csvFileName(run: RunName): string {
  return `clave-clientes-${run.id}-${run.window.to.slice(0, 7)}.csv`;
}

/** `clave-rejeitadas-lote-12.xlsx`: the rejected rows of import batch 12. */
export function rejectsFileName(batchId: number): string {
  return `clave-rejeitadas-lote-${batchId}.xlsx`;
}
