// The wire between the screens and the backend, for both transports that carry the one API
// table (handlers.ts): the Electron preload bridge (IPC) and the local web host (HTTP). The
// preload, the main process, the web host and the renderer client all read their names and
// shapes from here, so that the two ends cannot drift apart.
import type { ApiError, ErrorType } from './errors';
import type { ClaveEvent } from './events';
import type { FileId } from './import-api';
import type { DispatchResult } from './registry';

/** A file-type filter of an open or save dialog, as Electron's `dialog` takes it. */
export type FileFilter = { name: string; extensions: string[] };

/** A file the user chose: the trusted side registered its path and hands back only an id. */
export type ChosenFile = { fileId: FileId; name: string };

/**
 * What the Electron preload exposes as `window.clave` (contextBridge), and nothing else: no raw
 * ipcRenderer, no path ever travels from the renderer to the main process.
 */
export type ClaveBridge = {
  /** Calls one handler of the API table; never rejects for an API error, returns the wire form. */
  invoke(name: string, arg: unknown): Promise<DispatchResult>;
  /** Backend events (import progress…) and menu actions; returns the unsubscribe function. */
  onEvent(listener: (event: ClaveEvent) => void): () => void;
  /** Native open dialog; the chosen file is registered in the main process. null = cancelled. */
  openFile(filters: FileFilter[]): Promise<ChosenFile | null>;
  /** Native save dialog; the chosen target is registered in the main process. null = cancelled. */
  saveFile(defaultName: string, filters: FileFilter[]): Promise<ChosenFile | null>;
  /**
   * Prints the page as it is now (its print stylesheet) to an A4 PDF: a native save dialog, then
   * Electron's printToPDF into the chosen file. Returns the file's name, or null when cancelled.
   */
  printToPdf(defaultName: string): Promise<string | null>;
};

declare global {
  interface Window {
    /** Present only inside the Electron window (set by the preload). */
    readonly clave?: ClaveBridge;
  }
}

/** IPC channel names shared by the preload and the main process. */
export const IPC_CHANNELS = {
  invoke: 'clave:invoke',
  event: 'clave:event',
  openFile: 'clave:open-file',
  saveFile: 'clave:save-file',
  printToPdf: 'clave:print-to-pdf',
} as const;

/**
 * The web host's routes. Every route under /api/ needs the session token header; the static
 * renderer files do not (they hold no data, and the page must load before it can read the token).
 *
 * - POST   /api/call/<feature>/<action>  JSON argument → 200 JSON result, or an error status with `{type,code,params}`
 * - POST   /api/upload                   raw file bytes, name in FILE_NAME_HEADER → `ChosenFile`
 * - GET    /api/download/<fileId>        the file's bytes as an attachment
 * - GET    /api/events                   text/event-stream of `ApiEvent`s (`data: <json>` blocks)
 */
export const WEB_ROUTES = {
  call: '/api/call/',
  upload: '/api/upload',
  download: '/api/download/',
  events: '/api/events',
} as const;

/** Where the web host tells a page without a valid token how to open Clave (in its Accept-Language). */
export const NO_SESSION_PATH = '/sem-sessao';

/** Request header carrying the session token (a custom header also forces a CORS preflight). */
export const TOKEN_HEADER = 'x-clave-token';
/** Request header carrying an upload's original file name, percent-encoded (encodeURIComponent). */
export const FILE_NAME_HEADER = 'x-clave-file-name';
/** The URL fragment key that hands the token to the page: `http://127.0.0.1:PORT/#token=…`. */
export const TOKEN_FRAGMENT_KEY = 'token';

/** Largest upload the web host accepts (a spreadsheet of several million rows fits). */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
/** Largest JSON argument of an API call. */
export const MAX_CALL_BYTES = 4 * 1024 * 1024;

/** The HTTP status the web host answers with for each error type. */
export const HTTP_STATUS_BY_ERROR: Record<ErrorType, number> = {
  'bad-file': 422,
  'bad-option': 400,
  'bad-request': 400,
  'not-found': 404,
  conflict: 409,
  cancelled: 409,
  refused: 403,
  internal: 500,
};

/** What every web-host error body is, whatever the status. */
export type WireError = ApiError;

export const ERROR_TYPES: readonly ErrorType[] = Object.keys(HTTP_STATUS_BY_ERROR) as ErrorType[];

/** True for a well-formed `{type, code, params}` body (the client does not trust an unknown shape). */
export function isWireError(value: unknown): value is WireError {
  if (typeof value !== 'object' || value === null) return false;
  const { type, code, params } = value as Record<string, unknown>;
  return (
    typeof code === 'string' &&
    typeof type === 'string' &&
    (ERROR_TYPES as readonly string[]).includes(type) &&
    typeof params === 'object' &&
    params !== null
  );
}
