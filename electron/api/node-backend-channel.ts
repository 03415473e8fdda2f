// The backend process as a plain Node child (child_process.fork with structured-clone messages):
// the web host's `--backend process`, and the stand-in for Electron's utility process where no
// Electron runtime exists (tests). Same entry module (dist/backend.js), same messages.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BackendChannel, FromBackend } from './backend-protocol';

/** dist/backend.js beside the running bundle (dist/web-host.js), or under dist/ when the sources run. */
export function defaultBackendScript(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'backend.js'), join(here, '..', '..', 'dist', 'backend.js')];
  return candidates.find((p) => existsSync(p)) ?? candidates[0]!;
}

export function nodeBackendChannel(script: string): BackendChannel {
  const child = fork(script, [], { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let exited = false;
  const exitListeners: ((code: number | null) => void)[] = [];
  // Told once, whichever comes first: a failed spawn or a message sent to a dead process emits
  // 'error' (maybe with no 'exit' after it).
  const gone = (code: number | null) => {
    if (exited) return;
    exited = true;
    for (const listener of exitListeners) listener(code);
  };
  child.once('exit', (code) => gone(code));
  child.on('error', () => gone(null));
  return {
    pid: child.pid,
    send: (message) => {
      if (!exited && child.connected) child.send(message);
    },
    onMessage: (listener) => child.on('message', (message) => listener(message as FromBackend)),
    onExit: (listener) => {
      if (exited) listener(child.exitCode);
      else exitListeners.push(listener);
    },
    kill: () => {
      if (!exited) child.kill();
    },
  };
}
