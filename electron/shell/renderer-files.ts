// Reads a file of the built renderer (dist/renderer) for the app:// protocol and the web host.
// The request path was already vetted by safeRelativePath; the real path is checked again so
// that a symbolic link inside the folder cannot lead out of it.
// `fs.promises` is read at call time: in a packaged app Electron patches it to read inside app.asar.
import { promises as fsp } from 'node:fs';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export type RendererFile = { body: Buffer; contentType: string };

/** The file at `relativePath` inside `rendererDir`, or null when it is missing or outside. */
export async function readRendererFile(rendererDir: string, relativePath: string): Promise<RendererFile | null> {
  try {
    const root = await fsp.realpath(rendererDir);
    const target = await fsp.realpath(resolve(root, relativePath));
    if (!target.startsWith(root + sep)) return null;
    if (!(await fsp.stat(target)).isFile()) return null;
    return { body: await fsp.readFile(target), contentType: contentTypeFor(target) };
  } catch {
    return null; // missing file or folder: the caller answers 404
  }
}
