// Serves the built renderer with the same Content-Security-Policy and headers as the app://
// protocol of the desktop window; /favicon.ico is the renderer's favicon.png (the app's icon).
// Every file carries its content's hash as its validator: the browser asks again whether a file
// changed ("no-cache": a new build must show at once) and is told in a 304 that it did not.
// Chromium asks for the page's icon at every change of the address's #, and its 109 KB came back
// each time.
import { createHash } from 'node:crypto';
import { apiError, toApiError } from '../../shared/api/errors';
import type { ServerResponse } from 'node:http';
import { readRendererFile } from '../shell/renderer-files';
import { rendererSecurityHeaders, safeRelativePath } from '../shell/window-security';
import { sendError } from './http-replies';

export async function serveStatic(
  res: ServerResponse,
  method: string,
  pathname: string,
  rendererDir: string,
  ifNoneMatch: string | undefined,
): Promise<void> {
  if (method !== 'GET' && method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendError(res, toApiError(apiError('host/method', { method, allowed: 'GET' })), 405);
    return;
  }
  // A browser asks for /favicon.ico by itself where a page names no icon: the app's icon answers.
  const relativePath = pathname === '/favicon.ico' ? 'favicon.png' : safeRelativePath(pathname);
  const file = relativePath === null ? null : await readRendererFile(rendererDir, relativePath);
  if (file === null) {
    sendError(res, toApiError(apiError('host/not-found')));
    return;
  }
  const etag = `"${createHash('sha256').update(file.body).digest('hex').slice(0, 32)}"`;
  const headers = { ...rendererSecurityHeaders(), 'Cache-Control': 'no-cache', ETag: etag };
  if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  res.writeHead(200, { ...headers, 'Content-Type': file.contentType, 'Content-Length': file.body.length });
  res.end(method === 'HEAD' ? undefined : file.body);
}
