// Default names of exported files (a save dialog proposes them; the web host downloads under
// them). Named by the month the run's window ends in, so a month's exports sort together.

/** `clave-analise-2026-10.xlsx` for a run whose window ends on 2026-10-31 (`windowTo` is YYYY-MM-DD). */
export function workbookFileName(windowTo: string): string {
  return `clave-analise-${windowTo.slice(0, 7)}.xlsx`;
}

/** `clave-clientes-2026-10.csv`: the customer table of the same run. */
export function csvFileName(windowTo: string): string {
  return `clave-clientes-${windowTo.slice(0, 7)}.csv`;
}

/** `clave-rejeitadas-lote-12.xlsx`: the rejected rows of import batch 12. */
export function rejectsFileName(batchId: number): string {
  return `clave-rejeitadas-lote-${batchId}.xlsx`;
}
