// The web host's /api/ routes (see WEB_ROUTES in shared/api/transport.ts). The caller has
// already checked Host, Origin and the session token.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { apiError, toApiError } from '../../shared/api/errors';
import { FILE_NAME_HEADER, MAX_CALL_BYTES, WEB_ROUTES, type ChosenFile } from '../../shared/api/transport';
import type { Backend } from '../api/backend';
import { sanitizeFileName } from '../shell/dialog-options';
import type { EventHub } from './event-stream';
import { API_HEADERS, discardBody, sendError, sendJson } from './http-replies';
import { isTooLarge, saveUpload, tooLargeError, uploadPath } from './upload-file';
import type { UploadStore } from './upload-store';

export type ApiRouteContext = { backend: Backend; events: EventHub; maxUploadBytes: number; uploads: UploadStore };

export async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string, route: ApiRouteContext): Promise<void> {
  const method = req.method ?? 'GET';
  if (pathname.startsWith(WEB_ROUTES.call)) {
    if (method !== 'POST') return refuseMethod(req, res, 'POST');
    return handleCall(req, res, decodeName(pathname.slice(WEB_ROUTES.call.length)), route);
  }
  if (pathname === WEB_ROUTES.upload) {
    if (method !== 'POST') return refuseMethod(req, res, 'POST');
    return handleUpload(req, res, route);
  }
  if (pathname.startsWith(WEB_ROUTES.download)) {
    if (method !== 'GET') return refuseMethod(req, res, 'GET');
    return handleDownload(res, decodeName(pathname.slice(WEB_ROUTES.download.length)), route.backend);
  }
  if (pathname === WEB_ROUTES.events) {
    if (method !== 'GET') return refuseMethod(req, res, 'GET');
    route.events.open(res);
    return;
  }
  discardBody(req, res);
  sendError(res, toApiError(apiError('host/unknown-route', { path: pathname })));
}

function decodeName(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

function refuseMethod(req: IncomingMessage, res: ServerResponse, allowed: string): void {
  discardBody(req, res);
  res.setHeader('Allow', allowed);
  sendError(res, toApiError(apiError('host/method', { method: String(req.method), allowed })), 405);
}

async function handleCall(req: IncomingMessage, res: ServerResponse, name: string, route: ApiRouteContext): Promise<void> {
  const maxBytesToDrain = MAX_CALL_BYTES * 4;
  let arg: unknown;
  try {
    arg = await readJsonBody(req, MAX_CALL_BYTES);
  } catch (e) {
    discardBody(req, res, maxBytesToDrain);
    sendError(res, toApiError(e), isTooLarge(e) ? 413 : 400);
    return;
  }
  const result = await route.backend.dispatch(name, arg);
  route.uploads.afterCall(name, arg, result.ok);
  if (result.ok) sendJson(res, 200, result.value);
  else sendError(res, result.error);
}

/** Reads a small JSON body. Past `maxBytes` it stops reading but leaves the request open for the 413. */
function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > maxBytes) return reject(tooLargeError(maxBytes));
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      chunks.push(chunk);
      if (size > maxBytes) {
        req.off('data', onData).off('end', onEnd);
        reject(tooLargeError(maxBytes));
      }
    };
    const onEnd = () => {
      const text = Buffer.concat(chunks).toString('utf8').trim();
      if (text === '') return resolve({});
      try {
        resolve(JSON.parse(text));
      } catch {
        reject(apiError('host/bad-json'));
      }
    };
    req.on('data', onData).on('end', onEnd).on('error', reject);
  });
}

/** How much of a refused upload is still read so that a browser, still sending, sees the 413. */
function drainLimit(route: ApiRouteContext): number {
  return Math.max(route.maxUploadBytes, 64 * 1024 * 1024);
}

async function handleUpload(req: IncomingMessage, res: ServerResponse, route: ApiRouteContext): Promise<void> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > route.maxUploadBytes) {
    discardBody(req, res, drainLimit(route));
    sendError(res, toApiError(tooLargeError(route.maxUploadBytes)), 413);
    return;
  }
  const header = req.headers[FILE_NAME_HEADER];
  const name = sanitizeFileName(typeof header === 'string' ? decodeName(header) : '', 'planilha');
  const path = uploadPath(route.backend.tempDir, name);
  route.uploads.reserve(declared > 0 ? declared : route.maxUploadBytes);
  let bytes: number;
  try {
    bytes = await saveUpload(req, path, route.maxUploadBytes);
  } catch (e) {
    if (isTooLarge(e)) {
      discardBody(req, res, drainLimit(route));
      sendError(res, toApiError(e), 413);
    } else {
      sendError(res, toApiError(apiError('host/upload-incomplete', { name })));
    }
    return;
  }
  const fileId = await route.backend.addFile(path, name);
  route.uploads.add(fileId, path, bytes);
  const chosen: ChosenFile = { fileId, name };
  sendJson(res, 200, chosen);
}

async function handleDownload(res: ServerResponse, fileId: string, backend: Backend): Promise<void> {
  const entry = await backend.fileEntry(fileId); // an unknown id is refused
  if (entry === null) {
    sendError(res, toApiError(apiError('workspace/unknown-file')));
    return;
  }
  const info = await stat(entry.path).catch(() => null);
  if (info === null || !info.isFile()) {
    sendError(res, toApiError(apiError('host/file-gone', { name: entry.name })));
    return;
  }
  res.writeHead(200, {
    ...API_HEADERS,
    'Content-Type': 'application/octet-stream',
    'Content-Length': info.size,
    'Content-Disposition': contentDisposition(entry.name),
    'Content-Security-Policy': "sandbox; default-src 'none'",
  });
  createReadStream(entry.path)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
