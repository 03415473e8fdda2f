// Errors cross every boundary (IPC, HTTP, CLI) as a plain `{ type, message }`: a user-facing
// message and a machine-readable type, never a stack trace.

export type ErrorType =
  | 'bad-file' // a file cannot be read (not a spreadsheet, encrypted, no recognisable columns…)
  | 'bad-option' // an argument or parameter is out of range or malformed
  | 'not-found' // a run, batch or customer that does not exist
  | 'conflict' // the action needs a decision first (same file imported before…)
  | 'cancelled' // the user cancelled a long job
  | 'refused' // a security rule refused the request (token, origin, path)
  | 'internal'; // a bug: the message says so plainly

export type ApiError = { type: ErrorType; message: string };

/** An Error that carries an ApiError type; thrown by handlers, turned into `{type,message}` at the edge. */
export type TypedError = Error & { type: ErrorType; details?: unknown };

export function apiError(type: ErrorType, message: string, details?: unknown): TypedError {
  return Object.assign(new Error(message), { type, details });
}

export function isTypedError(e: unknown): e is TypedError {
  return e instanceof Error && typeof (e as Partial<TypedError>).type === 'string';
}

/** Converts anything thrown into the wire form. Unknown errors keep their message, never their stack. */
export function toApiError(e: unknown): ApiError {
  if (isTypedError(e)) return { type: e.type, message: e.message };
  const message = e instanceof Error ? e.message : String(e);
  return { type: 'internal', message: `Erro interno: ${message}` };
}
