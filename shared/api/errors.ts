// Errors cross every boundary (IPC, HTTP, CLI) as a plain `{ type, code, params }`: a kind, a
// message code and its parameters, never a sentence or a stack trace. Whoever shows the error
// words it in the user's language (`wordError`, with the catalogues of shared/messages).
import { wordingOf, type ErrorCode, type ErrorParamsOf } from '../messages/error-catalogue';
import { wordFormat, type Lang, type MessageParams } from '../messages/wording';
import type { ErrorType } from './error-type';

export type { ErrorType };
export type { ErrorCode };

export type ApiError = { type: ErrorType; code: string; params: MessageParams };

/** An Error that carries an ApiError; thrown by handlers, turned into `{type,code,params}` at the edge. */
export type TypedError = Error & ApiError & { details?: unknown };

type ParamsArg<C extends ErrorCode> = [ErrorParamsOf<C>] extends [never]
  ? [params?: Record<string, never>]
  : Record<string, never> extends ErrorParamsOf<C>
    ? [params?: ErrorParamsOf<C>]
    : [params: ErrorParamsOf<C>];

/**
 * The error a handler throws: `apiError('import/no-columns', { file })`. The type comes with the
 * code; the Error's own message is the pt-BR sentence, for logs and tests only.
 */
export function apiError<C extends ErrorCode>(code: C, ...[params]: ParamsArg<C>): TypedError {
  const wording = wordingOf(code)!;
  const p = (params ?? {}) as MessageParams;
  return Object.assign(new Error(wording.text.pt(p, wordFormat('pt'))), { type: wording.type, code, params: p });
}

/**
 * A message that is not a failure of the call (why a row was rejected, what is due): a code and
 * its parameters, worded by whoever shows it, as an error is.
 */
export type ApiMessage = { code: ErrorCode; params: MessageParams };

/** Builds a message, its parameters typed by its code as `apiError`'s are. */
export function apiMessage<C extends ErrorCode>(code: C, ...[params]: ParamsArg<C>): ApiMessage {
  return { code, params: (params ?? {}) as MessageParams };
}

/** The sentence for a message in a language. */
export function wordMessage(m: ApiMessage, lang: Lang): string {
  return wordError({ type: 'internal', code: m.code, params: m.params }, lang);
}

/** The same error with something a developer may want in a log (never sent to the screens). */
export function withDetails(e: TypedError, details: unknown): TypedError {
  return Object.assign(e, { details });
}

/** Rebuilds a typed error from its wire form (the screens' client, a worker's message). */
export function fromApiError(e: ApiError): TypedError {
  const wording = wordingOf(e.code);
  const message = wording ? safeWord(wording.text.pt, e.params, 'pt') : e.code;
  return Object.assign(new Error(message), { type: e.type, code: e.code, params: e.params });
}

export function isTypedError(e: unknown): e is TypedError {
  const t = e as Partial<TypedError> | null;
  return e instanceof Error && typeof t?.type === 'string' && typeof t.code === 'string';
}

/** A short reference that ties what the user reads to the log's entry. */
function newReference(): string {
  return Math.floor(Math.random() * 36 ** 6).toString(36).padStart(6, '0');
}

/**
 * Converts anything thrown into the wire form. A typed error keeps its code; anything else is a
 * bug: the user gets "erro interno" with a reference, and `report` (the log beside the
 * workspace) gets the error itself under that reference.
 */
export function toApiError(e: unknown, report?: (error: unknown, ref: string) => void): ApiError {
  if (isTypedError(e)) return { type: e.type, code: e.code, params: e.params };
  const ref = newReference();
  report?.(e, ref);
  return { type: 'internal', code: 'internal', params: { ref } };
}

/** The sentence for an error in a language; a code this version does not know says so. */
export function wordError(e: ApiError, lang: Lang): string {
  const wording = wordingOf(e.code);
  if (!wording) return wordError({ type: 'internal', code: 'unknown-error', params: { code: String(e.code) } }, lang);
  return safeWord(wording.text[lang], e.params, lang);
}

function safeWord(text: (p: MessageParams, f: ReturnType<typeof wordFormat>) => string, params: MessageParams, lang: Lang): string {
  try {
    return text(params ?? {}, wordFormat(lang));
  } catch {
    // Parameters of another shape (a reply from another version): the code at least.
    return String(params ? JSON.stringify(params) : '');
  }
}
