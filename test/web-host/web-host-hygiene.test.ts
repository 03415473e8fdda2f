// What the web host leaves and tells (#11.4, #11.5, #13.5): an unexpected error reaches the page as
// a reference while the log beside the workspace holds the details; uploads are bounded in total,
// removed once imported and, after a killed host, at the next start; a page opened without a
// valid token is told how to open Clave, in its language.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorLogPath } from '../../electron/api/error-log';
import { acceptedLang } from '../../electron/web-host/no-session-page';
import { FILE_NAME_HEADER, NO_SESSION_PATH, TOKEN_HEADER } from '../../shared/api/transport';
import { rawRequest, startTestHost } from './web-host-fixtures';

let fixture: Awaited<ReturnType<typeof startTestHost>>;
beforeAll(async () => {
  fixture = await startTestHost({ maxUploadBytes: 1000, maxUploadsTotalBytes: 2500 });
});
afterAll(() => fixture.close());

const call = (name: string, arg: unknown) =>
  rawRequest(fixture.host.port, {
    method: 'POST',
    path: `/api/call/${name}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: fixture.host.token },
    body: JSON.stringify(arg),
  });
const upload = (name: string, body: string) =>
  rawRequest(fixture.host.port, { method: 'POST', path: '/api/upload', headers: { [TOKEN_HEADER]: fixture.host.token, [FILE_NAME_HEADER]: name }, body });
const uploadsOnDisk = () => readdirSync(fixture.host.workspace.ctx.tempDir).filter((f) => f.startsWith('upload-'));

describe('an unexpected error', () => {
  it('reaches the page as a reference only, and the log beside the workspace holds the time, the call and the stack', async () => {
    const res = await call('test/fail', {});
    expect(res.status).toBe(500);
    const { ref } = (res.json() as { params: { ref: string } }).params;
    expect(res.text).not.toMatch(/disco cheio|at |\.ts/);
    const log = readFileSync(errorLogPath(fixture.host.workspace.ctx.dbPath), 'utf8');
    const entry = log.slice(log.indexOf(`ref ${ref}`) - 25);
    expect(entry).toMatch(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z ref ${ref} call test/fail\\nError: disco cheio\\n +at `));
  });
});

describe('uploads', () => {
  it('are bounded in total: a new one removes the oldest', async () => {
    const ids: string[] = [];
    for (const letter of ['a', 'b', 'c', 'd']) ids.push(((await upload(`${letter}.csv`, letter.repeat(900))).json() as { fileId: string }).fileId);
    // 4 × 900 bytes with 2,500 allowed: the first two went to make room.
    expect(uploadsOnDisk()).toHaveLength(2);
    const info = async (fileId: string) => (await call('test/file-info', { fileId })).json() as { size: number };
    expect((await info(ids[3]!)).size).toBe(900);
    expect((await info(ids[0]!)).size).toBe(0);
  });

  it('is removed once an import has read it', async () => {
    const csv = 'cliente;data;valor\nC1;01/02/2026;10,00\n';
    const { fileId } = (await upload('vendas.csv', csv)).json() as { fileId: string };
    const before = uploadsOnDisk().length;
    const res = await call('import/run', { fileId, locale: 'pt-BR' });
    expect(res.status, res.text).toBe(200);
    expect(uploadsOnDisk()).toHaveLength(before - 1);
  });

  it('left by a killed host are removed when the next one starts', async () => {
    // A folder named as a host's session folder, by a process id that no longer exists.
    const dead = join(tmpdir(), 'clave-999999999-AbC123');
    mkdirSync(dead);
    writeFileSync(join(dead, 'upload-x.csv'), 'x');
    const alive = join(tmpdir(), `clave-${process.pid}-AbC123`);
    mkdirSync(alive);
    const next = await startTestHost();
    try {
      expect(existsSync(dead)).toBe(false);
      expect(existsSync(alive)).toBe(true); // a live process's folder is never touched
    } finally {
      await next.close();
    }
  });
});

describe('a page opened without a valid token', () => {
  it('is told how to open Clave, in the language the browser asks for', async () => {
    const page = async (language?: string) =>
      rawRequest(fixture.host.port, { path: NO_SESSION_PATH, headers: language ? { 'accept-language': language } : {} });
    const pt = await page();
    expect(pt.status).toBe(200);
    expect(pt.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(pt.text).toContain('<html lang="pt-BR">');
    expect(pt.text).toContain('Abra o Clave pelo endereço que ele mostra');
    expect(pt.text).toContain('npm start');
    expect((await page('en-GB,en;q=0.9')).text).toContain('Open Clave through the address it shows');
    expect((await page('fr-FR, es;q=0.8, en;q=0.5')).text).toContain('Abra Clave con la dirección que muestra');
    expect((await page('ca')).text).toContain("Obriu el Clave amb l'adreça que mostra");
    expect(pt.text).not.toContain('<script');
  });

  it('reads Accept-Language by weight, falling back to Portuguese', () => {
    expect(acceptedLang(undefined)).toBe('pt');
    expect(acceptedLang('de-DE')).toBe('pt');
    expect(acceptedLang('de;q=1, en;q=0.2, ca;q=0.7')).toBe('ca');
    expect(acceptedLang('es-419')).toBe('es');
    expect(acceptedLang('en;q=0, es')).toBe('es');
  });
});
