// Serves the built renderer with the same Content-Security-Policy and headers as the app://
// protocol of the desktop window; /favicon.ico is the renderer's favicon.png (the app's icon).
import { apiError, toApiError } from '../../shared/api/errors';
import type { ServerResponse } from 'node:http';
import { readRendererFile } from '../shell/renderer-files';
import { rendererSecurityHeaders, safeRelativePath } from '../shell/window-security';
import { sendError } from './http-replies';

export async function serveStatic(res: ServerResponse, method: string, pathname: string, rendererDir: string): Promise<void> {
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
  res.writeHead(200, {
    ...rendererSecurityHeaders(),
    'Content-Type': file.contentType,
    'Content-Length': file.body.length,
    'Cache-Control': 'no-cache',
  });
  res.end(method === 'HEAD' ? undefined : file.body);
}
