// The backend process (bundled to dist/backend.js): one workspace session, answering the host's
// messages (backend-protocol.ts). It runs in Electron's utility process, where the host's
// messages arrive on `process.parentPort`, or in a Node child process (the web host's
// `--backend process`, the tests), where they arrive through `process.send`. The code and the
// protocol are the same; only the pipe differs.
import '../no-pretenuring'; // first: the analysis runs here too (decision #192)
import type {} from 'electron'; // the types of process.parentPort; nothing of Electron is loaded here
import { toApiError } from '../../shared/api/errors';
import { findWorkerScript } from '../worker-script';
import { openSession, type Session } from '../workspace/workspace-session';
import type { FromBackend, ToBackend } from './backend-protocol';

type Pipe = {
  send(message: FromBackend): void;
  listen(listener: (message: ToBackend) => void): void;
  /** The host is gone (killed, crashed): the backend closes its workspace and ends too. */
  onHostGone(listener: () => void): void;
};

function parentPipe(): Pipe {
  const port = process.parentPort;
  if (port) {
    return {
      send: (message) => port.postMessage(message),
      listen: (listener) => port.on('message', (event) => listener(event.data as ToBackend)),
      // Electron ends its utility processes with the app.
      onHostGone: () => {},
    };
  }
  if (process.send) {
    const send = process.send.bind(process);
    return {
      send: (message) => send(message),
      listen: (listener) => process.on('message', (m) => listener(m as ToBackend)),
      // A Node child outlives its parent unless told: the IPC channel closing is the sign.
      onHostGone: (listener) => process.once('disconnect', listener),
    };
  }
  throw new Error('dist/backend.js runs as a backend process (Electron utility process or a Node child with IPC)');
}

export function serveBackend(pipe: Pipe): void {
  let session: Session | null = null;
  pipe.onHostGone(() => {
    void (session?.close() ?? Promise.resolve()).finally(() => process.exit(0));
  });
  pipe.listen((message) => {
    switch (message.kind) {
      case 'open':
        try {
          // The slow reads on threads of their own (read-calls.ts), where dist/read-worker.js was built.
          const readWorker = message.options.readWorker ?? findWorkerScript('read-worker.js') ?? undefined;
          session = openSession({ ...message.options, readWorker, emit: (event) => pipe.send({ kind: 'event', event }) });
          pipe.send({ kind: 'ready', info: session.info() });
        } catch (e) {
          pipe.send({ kind: 'open-failed', error: toApiError(e) });
        }
        return;
      case 'call': {
        const { id, name, arg } = message;
        const reply = (result: FromBackend & { kind: 'reply' }) => pipe.send(result);
        if (session === null) {
          reply({ kind: 'reply', id, result: { ok: false, error: { type: 'internal', code: 'host/backend-crashed', params: { ref: '' } } } });
          return;
        }
        void session.dispatch(name, arg).then((result) => reply({ kind: 'reply', id, result }));
        return;
      }
      case 'file':
        session?.files.put(message.fileId, message.path, message.name);
        return;
      case 'file-entry': {
        let entry = null;
        try {
          entry = session?.files.get(message.fileId) ?? null;
        } catch {
          entry = null;
        }
        pipe.send({ kind: 'file-entry', id: message.id, entry });
        return;
      }
      case 'close': {
        const closing = session?.close() ?? Promise.resolve();
        session = null;
        void closing.finally(() => {
          pipe.send({ kind: 'closed' });
          // The host ends the process once it has read this (or kills it after a while).
          setTimeout(() => process.exit(0), 50).unref();
        });
        return;
      }
    }
  });
}

serveBackend(parentPipe());
