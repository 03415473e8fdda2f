// Which workspaces a session opens or creates (decision #106): the desktop's dialog answers, the
// recent list, Clave's own workspaces folder, and in the web host a typed path of an existing
// Clave workspace; never a path the page made up, never over an existing file.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../../electron/workspace/workspace-session';

const open: Session[] = [];
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

function session(kind: 'web' | 'desktop') {
  const dir = mkdtempSync(join(tmpdir(), 'clave-ws-'));
  const s = openSession({
    dbPath: join(dir, 'workspace.clave'),
    userDataDir: dir,
    tempDir: join(dir, 'tmp'),
    dialogFiles: kind === 'desktop',
    typedPaths: kind === 'web',
  });
  open.push(s);
  const call = async (name: string, arg: unknown) => {
    const r = await s.dispatch(name, arg);
    if (!r.ok) throw Object.assign(new Error(r.error.code), r.error);
    return r.value as Record<string, unknown>;
  };
  return { s, dir, call };
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('in the web host', () => {
  it('creates a workspace by name in the workspaces folder only, never over an existing one', async () => {
    const { dir, call } = session('web');
    expect(await call('workspace/new', { name: 'Loja Centro' })).toMatchObject({ name: 'Loja Centro', path: join(dir, 'workspaces', 'Loja Centro.clave'), sample: false });
    await expect(call('workspace/new', { name: 'Loja Centro' })).rejects.toMatchObject({ code: 'workspace/exists' });
    for (const name of ['../fora', '/etc/passwd', '', '.oculto', 'a/b', 'x'.repeat(81)])
      await expect(call('workspace/new', { name })).rejects.toMatchObject({ code: 'workspace/bad-name' });
    expect(existsSync(join(dir, 'fora.clave'))).toBe(false);
  });

  it('opens a typed path only when it is an existing .clave file that is a Clave workspace', async () => {
    const { dir, call } = session('web');
    await expect(call('workspace/open', { path: 'relativo.clave' })).rejects.toMatchObject({ code: 'workspace/path-refused' });
    await expect(call('workspace/open', { path: join(dir, 'notas.txt') })).rejects.toMatchObject({ code: 'workspace/path-refused' });
    await expect(call('workspace/open', { path: join(dir, 'falta.clave') })).rejects.toMatchObject({ code: 'workspace/missing' });
    // Another program's SQLite file named .clave: refused, and left exactly as it was.
    const foreign = join(dir, 'alheio.clave');
    const db = new Database(foreign);
    db.exec("CREATE TABLE contatos (nome TEXT); INSERT INTO contatos VALUES ('Rex')");
    db.close();
    const before = sha(foreign);
    await expect(call('workspace/open', { path: foreign })).rejects.toMatchObject({ code: 'workspace/not-clave' });
    expect(sha(foreign)).toBe(before);
    expect(existsSync(`${foreign}-wal`)).toBe(false);
    expect(await call('workspace/info', {})).toMatchObject({ name: 'workspace' });
  });

  it('never opens an uploaded file (a file id) as a workspace', async () => {
    const { s, dir, call } = session('web');
    writeFileSync(join(dir, 'enviado.clave'), '');
    const fileId = s.files.add(join(dir, 'enviado.clave'));
    await expect(call('workspace/open', { fileId })).rejects.toMatchObject({ code: 'workspace/path-refused' });
    await expect(call('workspace/new', { fileId })).rejects.toMatchObject({ code: 'workspace/path-refused' });
  });
});

describe('in the desktop', () => {
  it('opens what the dialog chose and the recent ones, but no path the page made up', async () => {
    const { s, dir, call } = session('desktop');
    const chosen = s.files.add(join(dir, 'escolhido.clave'));
    expect(await call('workspace/new', { fileId: chosen })).toMatchObject({ name: 'escolhido' });
    await expect(call('workspace/open', { path: join(dir, 'qualquer', 'lugar.clave') })).rejects.toMatchObject({ code: 'workspace/path-refused' });
    // The first workspace is recent: opened again by its path.
    expect(await call('workspace/open', { path: join(dir, 'workspace.clave') })).toMatchObject({ name: 'workspace' });
    const list = await call('workspace/recent', {});
    expect(list).toMatchObject({ typedPaths: false, folder: join(dir, 'workspaces') });
    expect((list.recent as { path: string; current: boolean }[]).map((r) => [r.path, r.current])).toEqual([
      [join(dir, 'workspace.clave'), true],
      [join(dir, 'escolhido.clave'), false],
    ]);
  });

  it('keeps the sample out of the recent list and says it is the sample', async () => {
    const { dir, call } = session('desktop');
    expect(await call('sample/workspace', {})).toMatchObject({ sample: true, path: join(dir, 'exemplo', 'exemplo.clave') });
    expect(await call('workspace/info', {})).toMatchObject({ sample: true });
    expect(((await call('workspace/recent', {})).recent as { path: string }[]).map((r) => r.path)).toEqual([join(dir, 'workspace.clave')]);
  });
});
