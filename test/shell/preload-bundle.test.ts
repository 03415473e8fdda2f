// The sandboxed preload must be one CommonJS script that requires nothing but 'electron', and it
// must expose exactly the five functions of ClaveBridge. The bundle is run here in a bare VM
// context, with a stand-in for the two Electron objects it touches, to see what it exposes.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { IPC_CHANNELS } from '../../shared/api/transport';

const root = join(import.meta.dirname, '..', '..');
const bundle = join(root, 'dist', 'preload.cjs');
const sources = ['electron/shell/preload.ts', 'shared/api/transport.ts', 'shared/api/events.ts'].map((p) => join(root, p));

beforeAll(() => {
  const stale = !existsSync(bundle) || sources.some((source) => statSync(source).mtimeMs > statSync(bundle).mtimeMs);
  if (stale) {
    const build = spawnSync(process.execPath, [join(root, 'build', 'build-node.mjs')], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
  }
});

type Call = { method: string; args: unknown[] };

function loadPreload() {
  const calls: Call[] = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const exposed = new Map<string, unknown>();
  const ipcRenderer = {
    invoke: (...args: unknown[]) => {
      calls.push({ method: 'invoke', args });
      return Promise.resolve({ ok: true, value: 'answer' });
    },
    on: (channel: string, listener: (...args: unknown[]) => void) => {
      calls.push({ method: 'on', args: [channel] });
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)?.add(listener);
    },
    removeListener: (channel: string, listener: (...args: unknown[]) => void) => {
      calls.push({ method: 'removeListener', args: [channel] });
      listeners.get(channel)?.delete(listener);
    },
  };
  const required: string[] = [];
  const fakeRequire = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return { ipcRenderer, contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) } };
  };
  const module = { exports: {} };
  runInNewContext(readFileSync(bundle, 'utf8'), { require: fakeRequire, module, exports: module.exports });
  const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l({ sender: 'secret' }, payload));
  return { calls, exposed, required, emit };
}

describe('preload bundle (dist/preload.cjs)', () => {
  it('is CommonJS and requires only electron', () => {
    const code = readFileSync(bundle, 'utf8');
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const requires = [...code.matchAll(/require\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(code).not.toMatch(/\bimport\(/);
  });

  it('exposes window.clave with exactly invoke, onEvent, openFile, saveFile and printToPdf', () => {
    const { exposed, required } = loadPreload();
    expect([...exposed.keys()]).toEqual(['clave']);
    const clave = exposed.get('clave') as Record<string, unknown>;
    expect(Object.keys(clave).sort()).toEqual(['invoke', 'onEvent', 'openFile', 'printToPdf', 'saveFile']);
    for (const value of Object.values(clave)) expect(typeof value).toBe('function');
    expect(required).toEqual(['electron']);
  });

  it('sends each function over its fixed channel', async () => {
    const { exposed, calls } = loadPreload();
    const clave = exposed.get('clave') as {
      invoke(name: string, arg: unknown): Promise<unknown>;
      openFile(filters: unknown): Promise<unknown>;
      saveFile(name: string, filters: unknown): Promise<unknown>;
      printToPdf(name: string): Promise<unknown>;
    };
    expect(await clave.invoke('analysis/runs', {})).toEqual({ ok: true, value: 'answer' });
    await clave.openFile([{ name: 'Planilhas', extensions: ['xlsx'] }]);
    await clave.saveFile('analise.xlsx', []);
    await clave.printToPdf('dossie.pdf');
    expect(calls.map((c) => c.args[0])).toEqual([IPC_CHANNELS.invoke, IPC_CHANNELS.openFile, IPC_CHANNELS.saveFile, IPC_CHANNELS.printToPdf]);
    expect(calls[3]?.args).toEqual([IPC_CHANNELS.printToPdf, 'dossie.pdf']);
    expect(calls[0]?.args).toEqual([IPC_CHANNELS.invoke, 'analysis/runs', {}]);
  });

  it('passes events to the page without the IPC event object, and unsubscribes', () => {
    const { exposed, emit } = loadPreload();
    const clave = exposed.get('clave') as { onEvent(listener: (...args: unknown[]) => void): () => void };
    const received: unknown[][] = [];
    const unsubscribe = clave.onEvent((...args) => received.push(args));
    emit(IPC_CHANNELS.event, { type: 'menu', action: 'import' });
    unsubscribe();
    emit(IPC_CHANNELS.event, { type: 'menu', action: 'export' });
    expect(received).toEqual([[{ type: 'menu', action: 'import' }]]);
  });
});
