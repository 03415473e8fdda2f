// Shared by the web host tests: a real host on a real workspace file in a temp folder, a raw
// HTTP client that can send any Host and Origin header, and a few transport-level handlers
// registered into the host's real API table (the feature handlers are tested in their own areas).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anything, type Check } from '../../shared/api/arg-checks';
import type { ApiEvent } from '../../shared/api/events';
import { startWebHost, type WebHost } from '../../electron/web-host/start-web-host';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'clave-'));
}

export const PAGE = '<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><title>Clave</title></head><body><p>Olá</p></body></html>';

/** A stand-in for dist/renderer: an entry page and one asset. */
export function writeRenderer(dir: string): string {
  const renderer = join(dir, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), PAGE);
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log("app");\n');
  return renderer;
}

type LooseRegister = (name: string, handler: (arg: never) => Promise<unknown>, check: Check<unknown>) => void;

/** Handlers that exercise the transport itself: echo, a thrown error, events, files. */
export function registerTransportHandlers(host: WebHost): void {
  // Handlers of the tests' own: their arguments pass as they are (the features' checks are tested in test/api/).
  const registerAs = host.workspace.api.register as unknown as LooseRegister;
  const register = (name: string, handler: (arg: never) => Promise<unknown>) => registerAs(name, handler, anything);
  const { ctx } = host.workspace;
  register('test/echo', async (arg: unknown) => ({ echoed: arg }));
  register('test/fail', async () => {
    throw new Error('disco cheio');
  });
  register('test/emit', async (arg: { jobId: string; count: number }) => {
    for (let i = 1; i <= arg.count; i++) {
      const event: ApiEvent = { type: 'import/progress', jobId: arg.jobId, phase: 'reading', rowsRead: i * 100, bytesRead: i, totalBytes: arg.count };
      ctx.emit(event);
    }
    return { emitted: arg.count };
  });
  register('test/file-info', async (arg: { fileId: string }) => {
    const entry = ctx.files.get(arg.fileId); // size 0: the file is gone
    return { name: entry.name, size: entry.size, inTempDir: entry.path.startsWith(ctx.tempDir) };
  });
  register('test/write-export', async (arg: { target?: string }) => {
    const fileName = 'Análise ABC (junho).xlsx';
    const path = arg.target ? ctx.files.get(arg.target).path : join(ctx.tempDir, 'export-test.xlsx');
    writeFileSync(path, 'conteúdo do export');
    return { fileId: arg.target ?? ctx.files.add(path, fileName), fileName, bytes: Buffer.byteLength('conteúdo do export') };
  });
}

export async function startTestHost(options: { maxUploadBytes?: number; maxUploadsTotalBytes?: number; rendererDir?: string } = {}) {
  const dir = tempDir();
  const host = await startWebHost({
    dbPath: join(dir, 'workspace.clave'),
    rendererDir: options.rendererDir ?? writeRenderer(dir),
    maxUploadBytes: options.maxUploadBytes,
    maxUploadsTotalBytes: options.maxUploadsTotalBytes,
  });
  registerTransportHandlers(host);
  return {
    host,
    dir,
    async close() {
      await host.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer; text: string; json(): unknown };

/** An HTTP request with exactly the headers given (Host included), as any program could send. */
export function rawRequest(
  port: number,
  options: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer | Buffer[] },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers: { host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          const text = body.toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text, json: () => JSON.parse(text) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    const { body } = options;
    if (Array.isArray(body)) {
      for (const chunk of body) req.write(chunk); // no Content-Length: sent chunked
    } else if (body !== undefined) {
      req.setHeader('content-length', Buffer.byteLength(body));
      req.write(body);
    }
    req.end();
  });
}
