// How the web host answers: JSON with `no-store`, errors always as `{type, code, params}` with the
// status of their type, never a stack trace.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { toApiError, type ApiError } from '../../shared/api/errors';
import { HTTP_STATUS_BY_ERROR } from '../../shared/api/transport';

export const API_HEADERS: Record<string, string> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body ?? null);
  res.writeHead(status, {
    ...API_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Sends an error; `status` overrides the type's usual one (401 for a missing token, 413 for a large upload). */
export function sendError(res: ServerResponse, error: ApiError, status = HTTP_STATUS_BY_ERROR[error.type]): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status, { type: error.type, code: error.code, params: error.params } satisfies ApiError);
}

/** Anything a route threw; a bug goes to `report` (the log) under the reference the answer carries. */
export function sendThrown(res: ServerResponse, e: unknown, report?: (error: unknown, ref: string) => void): void {
  sendError(res, toApiError(e, report));
}

/**
 * After an early refusal the request body may still be arriving. It is read and dropped (up to
 * `limit` bytes) so that the client, still sending, gets to read the answer; past the limit the
 * connection is closed once the answer has gone out.
 */
export function discardBody(req: IncomingMessage, res: ServerResponse, limit = 1024 * 1024): void {
  // No 'Connection: close' while the body is still coming: Node would close the socket as soon as
  // the answer is out, and a client still writing would get EPIPE instead of reading the answer.
  if (req.complete) {
    res.setHeader('Connection', 'close');
    return;
  }
  let seen = 0;
  const hangUp = () => {
    if (res.writableFinished) req.socket.destroy();
    else res.once('finish', () => req.socket.destroy());
  };
  req.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > limit) {
      req.pause();
      hangUp();
    }
  });
  req.on('error', () => {});
  req.resume();
}
