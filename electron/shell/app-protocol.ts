// Serves the built renderer (dist/renderer) at app://clave/ through a privileged custom scheme,
// never file:// and never a remote URL: the page gets a real origin, and every response carries
// the Content-Security-Policy as a header.
import { protocol } from 'electron';
import { readRendererFile } from './renderer-files';
import { APP_SCHEME, appRequestPath, rendererSecurityHeaders } from './window-security';

/** Must run before the app is ready (Electron allows a single call). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: relative URLs and an origin; secure: a secure context. corsEnabled stays off so
      // that no other origin can read these files.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const headers = rendererSecurityHeaders();
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers });
    }
    const relativePath = appRequestPath(request.url);
    const file = relativePath === null ? null : await readRendererFile(rendererDir, relativePath);
    if (file === null) {
      return new Response('Não encontrado', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
    }
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: { ...headers, 'Content-Type': file.contentType, 'Cache-Control': 'no-cache' },
    });
  });
}
