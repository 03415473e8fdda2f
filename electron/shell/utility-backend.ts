// The backend in Electron's utility process (utilityProcess.fork of dist/backend.js), so that an
// import or a run never blocks the window, the menus or the dialogs. The messages are those of
// backend-protocol.ts, which a Node child process also speaks (the tests' stand-in).
import { utilityProcess, type UtilityProcess } from 'electron';
import type { BackendChannel, FromBackend, ToBackend } from '../api/backend-protocol';

export function utilityBackendChannel(script: string): BackendChannel {
  const child: UtilityProcess = utilityProcess.fork(script, [], { serviceName: 'Clave', stdio: 'inherit' });
  // Sent before the process is up, messages wait here: 'spawn' says it can receive.
  let queue: ToBackend[] | null = [];
  let exited = false;
  const exitListeners: ((code: number | null) => void)[] = [];
  child.once('spawn', () => {
    for (const message of queue ?? []) child.postMessage(message);
    queue = null;
  });
  child.once('exit', (code) => {
    exited = true;
    queue = null;
    for (const listener of exitListeners) listener(code);
  });
  return {
    get pid() {
      return child.pid;
    },
    send: (message) => {
      if (exited) return;
      if (queue !== null) queue.push(message);
      else child.postMessage(message);
    },
    onMessage: (listener) => child.on('message', (message: unknown) => listener(message as FromBackend)),
    onExit: (listener) => {
      if (exited) listener(null);
      else exitListeners.push(listener);
    },
    kill: () => {
      if (!exited) child.kill();
    },
  };
}
