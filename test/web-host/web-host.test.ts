import { readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/shell/window-security';
import { FILE_NAME_HEADER, TOKEN_HEADER } from '../../shared/api/transport';
import { PAGE, rawRequest, startTestHost } from './web-host-fixtures';

let fixture: Awaited<ReturnType<typeof startTestHost>>;
let port: number;
let token: string;

beforeAll(async () => {
  fixture = await startTestHost();
  ({ port, token } = fixture.host);
});
afterAll(() => fixture.close());

const call = (name: string, arg: unknown, headers: Record<string, string> = { [TOKEN_HEADER]: token }) =>
  rawRequest(port, {
    method: 'POST',
    path: `/api/call/${name}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(arg),
  });

/** Every error body is `{type, code, params}` and nothing else: no stack, no file names of ours. */
function expectCleanError(body: unknown, type: string) {
  expect(body).toEqual({ type, code: expect.any(String), params: expect.any(Object) });
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/\bat .+:\d+:\d+|\.ts\b|\.js:\d+|node:internal|stack/);
}

describe('address and token', () => {
  it('listens on 127.0.0.1 and hands the token in the URL fragment', () => {
    expect(fixture.host.url).toBe(`http://127.0.0.1:${port}/#token=${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 32 random bytes
  });

  it('answers an API call that carries the session token', async () => {
    const res = await call('test/echo', { a: 1 });
    expect(res.status).toBe(200);
    expect(res.json()).toEqual({ echoed: { a: 1 } });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('refuses an API call without the token (401) or with another one (403)', async () => {
    const missing = await call('test/echo', {}, {});
    expect(missing.status).toBe(401);
    expectCleanError(missing.json(), 'refused');
    const wrong = await call('test/echo', {}, { [TOKEN_HEADER]: `${token.slice(0, -1)}x` });
    expect(wrong.status).toBe(403);
    expectCleanError(wrong.json(), 'refused');
    const short = await call('test/echo', {}, { [TOKEN_HEADER]: 'abc' });
    expect(short.status).toBe(403);
  });

  it('requires the token on every API route, not only on calls', async () => {
    for (const [method, path] of [['POST', '/api/upload'], ['GET', '/api/download/x'], ['GET', '/api/events'], ['GET', '/api/nothing']]) {
      const res = await rawRequest(port, { method, path, body: method === 'POST' ? 'x' : undefined });
      expect(res.status, path).toBe(401);
    }
  });
});

describe('DNS rebinding and other origins', () => {
  it('refuses a Host header other than 127.0.0.1:PORT or localhost:PORT', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, '127.0.0.1', `127.0.0.1.evil.example:${port}`, `[::1]:${port}`]) {
      const api = await call('test/echo', {}, { [TOKEN_HEADER]: token, host });
      expect(api.status, host).toBe(403);
      expectCleanError(api.json(), 'refused');
      const page = await rawRequest(port, { path: '/', headers: { host } });
      expect(page.status, host).toBe(403);
      expect(page.text).not.toContain('Olá');
    }
    const localhost = await call('test/echo', {}, { [TOKEN_HEADER]: token, host: `localhost:${port}` });
    expect(localhost.status).toBe(200);
  });

  it('refuses requests from another Origin, even with the token', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${port + 1}`, 'null', `https://127.0.0.1:${port}`, 'file://']) {
      const res = await call('test/echo', {}, { [TOKEN_HEADER]: token, origin });
      expect(res.status, origin).toBe(403);
      expectCleanError(res.json(), 'refused');
    }
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      expect((await call('test/echo', {}, { [TOKEN_HEADER]: token, origin })).status, origin).toBe(200);
    }
  });

  it('refuses API requests a browser marks as cross-site', async () => {
    const res = await call('test/echo', {}, { [TOKEN_HEADER]: token, 'sec-fetch-site': 'cross-site' });
    expect(res.status).toBe(403);
  });

  it('answers no CORS preflight (a page of another origin cannot send the token header)', async () => {
    const res = await rawRequest(port, {
      method: 'OPTIONS',
      path: '/api/call/test/echo',
      headers: { origin: 'http://evil.example', 'access-control-request-headers': TOKEN_HEADER },
    });
    expect(res.status).toBe(403);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('API errors', () => {
  it('answers an unknown API name with not-found', async () => {
    const res = await call('nothing/here', {});
    expect(res.status).toBe(404);
    expectCleanError(res.json(), 'not-found');
  });

  it('turns a crash in a handler into "erro interno" with a reference, without the message or the stack', async () => {
    const res = await call('test/fail', {});
    expect(res.status).toBe(500);
    expectCleanError(res.json(), 'internal');
    expect(res.json()).toEqual({ type: 'internal', code: 'internal', params: { ref: expect.stringMatching(/^[0-9a-z]{6}$/) } });
    expect(JSON.stringify(res.json())).not.toContain('disco cheio');
  });

  it('refuses an argument larger than the limit (413)', async () => {
    const res = await call('test/echo', { big: 'x'.repeat(5 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expectCleanError(res.json(), 'bad-file');
  });

  it('refuses a body that is not JSON, and a GET to a call', async () => {
    const bad = await rawRequest(port, { method: 'POST', path: '/api/call/test/echo', headers: { [TOKEN_HEADER]: token }, body: '{nope' });
    expect(bad.status).toBe(400);
    expectCleanError(bad.json(), 'bad-request');
    const get = await rawRequest(port, { path: '/api/call/test/echo', headers: { [TOKEN_HEADER]: token } });
    expect(get.status).toBe(405);
    expectCleanError(get.json(), 'bad-request');
  });
});

describe('static files', () => {
  it('serves the renderer with the Content-Security-Policy and security headers', async () => {
    const res = await rawRequest(port, { path: '/' });
    expect(res.status).toBe(200);
    expect(res.text).toBe(PAGE);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    const js = await rawRequest(port, { path: '/assets/app.js' });
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('tells a browser that asks again with the validator it holds that the file did not change, until it does', async () => {
    const first = await rawRequest(port, { path: '/assets/app.js' });
    const etag = first.headers['etag'] as string;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(first.headers['cache-control']).toBe('no-cache');
    const same = await rawRequest(port, { path: '/assets/app.js', headers: { 'if-none-match': etag } });
    expect(same.status).toBe(304);
    expect(same.text).toBe('');
    expect(same.headers['etag']).toBe(etag);
    expect(same.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    writeFileSync(join(fixture.dir, 'renderer', 'assets', 'app.js'), 'console.log("app 2");\n');
    const changed = await rawRequest(port, { path: '/assets/app.js', headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.text).toBe('console.log("app 2");\n');
    expect(changed.headers['etag']).not.toBe(etag);
  });

  it('never serves a file outside the renderer folder', async () => {
    writeFileSync(join(fixture.dir, 'secret.txt'), 'segredo');
    symlinkSync(join(fixture.dir, 'secret.txt'), join(fixture.dir, 'renderer', 'assets', 'link.txt'));
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/link.txt',
      '/../../../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '//etc/passwd',
      '/workspace.clave',
      '/index.html%00.js',
    ]) {
      const res = await rawRequest(port, { path });
      expect([400, 404], path).toContain(res.status);
      expect(res.text, path).not.toMatch(/segredo|root:/);
    }
  });
});

describe('uploads and downloads', () => {
  it('streams an upload to a temporary file and registers it by id', async () => {
    const content = Buffer.from('cliente;data;valor\nC001;01/02/2024;1.234,56\n', 'utf8');
    const res = await rawRequest(port, {
      method: 'POST',
      path: '/api/upload',
      headers: { [TOKEN_HEADER]: token, [FILE_NAME_HEADER]: encodeURIComponent('Vendas de Março.csv') },
      body: content,
    });
    expect(res.status).toBe(200);
    const chosen = res.json() as { fileId: string; name: string };
    expect(chosen.name).toBe('Vendas de Março.csv');
    const info = await call('test/file-info', { fileId: chosen.fileId });
    expect(info.json()).toEqual({ name: 'Vendas de Março.csv', size: content.length, inTempDir: true });
  });

  it('keeps only a file name from the upload header, never a path', async () => {
    const res = await rawRequest(port, {
      method: 'POST',
      path: '/api/upload',
      headers: { [TOKEN_HEADER]: token, [FILE_NAME_HEADER]: encodeURIComponent('../../../etc/cron.d/evil.csv') },
      body: 'a;b\n',
    });
    const chosen = res.json() as { fileId: string; name: string };
    expect(chosen.name).toBe('evil.csv');
    expect((await call('test/file-info', { fileId: chosen.fileId })).json()).toMatchObject({ inTempDir: true });
  });

  it('downloads a file by id, with its name for the browser', async () => {
    const written = (await call('test/write-export', {})).json() as { fileId: string; fileName: string };
    const res = await rawRequest(port, { path: `/api/download/${written.fileId}`, headers: { [TOKEN_HEADER]: token } });
    expect(res.status).toBe(200);
    expect(res.text).toBe('conteúdo do export');
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="An_lise ABC (junho).xlsx"; filename*=UTF-8''An%C3%A1lise%20ABC%20%28junho%29.xlsx`,
    );
  });

  it('refuses to download an id it never gave out', async () => {
    const res = await rawRequest(port, { path: '/api/download/00000000-0000-0000-0000-000000000000', headers: { [TOKEN_HEADER]: token } });
    expect(res.status).toBe(403);
    expectCleanError(res.json(), 'refused');
  });
});

describe('upload size limit', () => {
  let small: Awaited<ReturnType<typeof startTestHost>>;
  beforeAll(async () => {
    small = await startTestHost({ maxUploadBytes: 1024 });
  });
  afterAll(() => small.close());

  const upload = (body: string | Buffer[]) =>
    rawRequest(small.host.port, { method: 'POST', path: '/api/upload', headers: { [TOKEN_HEADER]: small.host.token, [FILE_NAME_HEADER]: 'grande.csv' }, body });

  it('refuses an upload whose declared size is over the limit (413)', async () => {
    const res = await upload('x'.repeat(4096));
    expect(res.status).toBe(413);
    expectCleanError(res.json(), 'bad-file');
  });

  it('stops a streamed upload that grows past the limit, and deletes what it wrote', async () => {
    const res = await upload([Buffer.alloc(700, 97), Buffer.alloc(700, 98), Buffer.alloc(700, 99)]);
    expect(res.status).toBe(413);
    expectCleanError(res.json(), 'bad-file');
    expect(readdirSync(small.host.workspace.ctx.tempDir).filter((f) => f.startsWith('upload-'))).toEqual([]);
  });

  it('answers 413 to a client that keeps sending past the limit, whether or not it is still writing', async () => {
    const { port: smallPort, token: smallToken } = small.host;
    // The answer counts once it has arrived: a write error after it (the server may hang up on a
    // client that goes on sending) is not a failure. Before it, it is.
    const send = (chunks: number, stopWhenAnswered: boolean) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        let status = 0;
        let body = '';
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port: smallPort,
            method: 'POST',
            path: '/api/upload',
            headers: { [TOKEN_HEADER]: smallToken, [FILE_NAME_HEADER]: 'grande.csv' },
          },
          (res) => {
            status = res.statusCode ?? 0;
            res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
            res.on('end', () => resolve({ status, body }));
            res.on('error', () => resolve({ status, body }));
          },
        );
        req.on('error', (e) => (status !== 0 && body !== '' ? resolve({ status, body }) : reject(e)));
        let answered = false;
        req.on('response', () => (answered = true));
        const chunk = Buffer.alloc(64 * 1024, 120);
        let sent = 0;
        const pump = () => {
          while (!(answered && stopWhenAnswered) && sent < chunks) {
            sent++;
            if (!req.write(chunk)) {
              req.once('drain', pump);
              return;
            }
          }
          req.end();
        };
        pump();
      });
    // A client that stops when answered, and one that sends all of its 25 MB regardless.
    for (const stopWhenAnswered of [true, false]) {
      const answer = await send(400, stopWhenAnswered);
      expect(answer.status).toBe(413);
      expectCleanError(JSON.parse(answer.body), 'bad-file');
    }
  });

  it('accepts an upload at the limit', async () => {
    expect((await upload('y'.repeat(1024))).status).toBe(200);
  });
});

describe('progress events', () => {
  it('streams backend events to a client holding the token', async () => {
    const received: unknown[] = [];
    const stream = await new Promise<import('node:http').IncomingMessage>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/api/events', headers: { [TOKEN_HEADER]: token } }, resolve);
      req.on('error', reject);
      req.end();
    });
    expect(stream.statusCode).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const done = new Promise<void>((resolve) => {
      let buffer = '';
      stream.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        for (const match of buffer.matchAll(/^data: (.*)$/gm)) received.push(JSON.parse(match[1] ?? 'null'));
        buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
        if (received.length >= 3) resolve();
      });
    });
    await call('test/emit', { jobId: 'job-1', count: 3 });
    await done;
    stream.destroy();
    expect(received).toEqual([1, 2, 3].map((i) => ({ type: 'import/progress', jobId: 'job-1', phase: 'reading', rowsRead: i * 100, bytesRead: i, totalBytes: 3 })));
  });
});

describe('closing', () => {
  it('closes the workspace and removes its temporary files', async () => {
    const host = await startTestHost();
    const tempFiles = host.host.workspace.ctx.tempDir;
    await rawRequest(host.host.port, {
      method: 'POST',
      path: '/api/upload',
      headers: { [TOKEN_HEADER]: host.host.token, [FILE_NAME_HEADER]: 'a.csv' },
      body: 'a\n',
    });
    await host.close();
    expect(() => readdirSync(tempFiles)).toThrow();
  });
});
