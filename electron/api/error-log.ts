// "Erro interno (ref. k3x9q2)": the user reads a short reference, and the details a developer
// needs (time, call, stack) go under that reference to a log file beside the workspace. The log
// is bounded: past MAX_LOG_BYTES it is renamed to `.1` (replacing the previous one) and a new one
// begins, so two files of at most that size is all it ever takes.
import { appendFileSync, renameSync, statSync } from 'node:fs';

export const MAX_LOG_BYTES = 512 * 1024;
/** One entry is cut past this: a stack of a runaway recursion would otherwise fill the log. */
const MAX_ENTRY_CHARS = 16 * 1024;

/** The log of a workspace: `minha-empresa.clave` → `minha-empresa.clave.log`, in the same folder. */
export function errorLogPath(dbPath: string): string {
  return `${dbPath}.log`;
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  try {
    return `thrown value: ${JSON.stringify(error)}`;
  } catch {
    return `thrown value: ${String(error)}`;
  }
}

/** Appends one entry; never throws (a read-only folder or a full disk must not hide the error itself). */
export function appendErrorLog(logPath: string, entry: { ref: string; call?: string; error: unknown; now?: Date }): void {
  const head = `${(entry.now ?? new Date()).toISOString()} ref ${entry.ref}${entry.call ? ` call ${entry.call}` : ''}`;
  let text = `${head}\n${describe(entry.error)}\n\n`;
  if (text.length > MAX_ENTRY_CHARS) text = `${text.slice(0, MAX_ENTRY_CHARS)}\n[…]\n\n`;
  try {
    let size = 0;
    try {
      size = statSync(logPath).size;
    } catch {
      size = 0; // no log yet
    }
    if (size > 0 && size + Buffer.byteLength(text) > MAX_LOG_BYTES) renameSync(logPath, `${logPath}.1`);
    appendFileSync(logPath, text, { mode: 0o600 });
  } catch {
    // nothing better to do: the user still gets the reference
  }
}

/** What the registry calls with an unexpected error (see createRegistry's onInternal). */
export function logInternalErrors(dbPath: string): (error: unknown, ref: string, call?: string) => void {
  return (error, ref, call) => appendErrorLog(errorLogPath(dbPath), { ref, call, error });
}
