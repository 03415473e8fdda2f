// The transport in a browser page served by the local web host: fetch with the session token
// in a header, uploads as a streamed request body, downloads as a Blob, events as a streamed
// fetch of a text/event-stream (EventSource cannot send the token header).
import { apiError, fromApiError } from '../../shared/api/errors';
import type { ApiEvent, ClaveEvent } from '../../shared/api/events';
import type { DispatchResult } from '../../shared/api/registry';
import {
  FILE_NAME_HEADER,
  isWireError,
  MAX_UPLOAD_BYTES,
  NO_SESSION_PATH,
  TOKEN_HEADER,
  WEB_ROUTES,
  type ChosenFile,
  type WireError,
} from '../../shared/api/transport';
import { chooseFile, downloadBlob } from './browser-files';
import type { Transport } from './client-transport';
import { createEventStreamParser } from './event-stream-parser';
import { captureSessionToken } from './session-token';

const OFFLINE: WireError = { type: 'internal', code: 'host/offline', params: {} };

/** The error a non-2xx response carries, or a plain one when the body is not ours. */
async function responseError(res: Response): Promise<WireError> {
  const body: unknown = await res.json().catch(() => null);
  return isWireError(body) ? body : { type: 'internal', code: 'host/unexpected-response', params: { status: res.status } };
}

async function throwIfFailed(res: Response): Promise<Response> {
  if (res.ok) return res;
  const error = await responseError(res);
  throw fromApiError(error);
}

/**
 * Without a valid session the page can do nothing but wait: it goes instead to the host's page
 * that says, in the browser's language, how to open Clave (a bookmark, a tab from an earlier run).
 */
function leaveWithoutSession(win: Window): void {
  if (win.location.pathname !== NO_SESSION_PATH) win.location.replace(NO_SESSION_PATH);
}

const isTokenRefusal = (error: WireError) => error.code === 'host/refused' && error.params.why === 'token';

export function webTransport(win: Window): Transport {
  const captured = captureSessionToken(win);
  if (captured === null) leaveWithoutSession(win);
  const token = captured ?? '';
  const headers = (extra: Record<string, string> = {}) => ({ [TOKEN_HEADER]: token, ...extra });
  const url = (path: string) => new URL(path, win.location.origin).toString();
  const events = createEventSubscription(win, () => win.fetch(url(WEB_ROUTES.events), { headers: headers(), cache: 'no-store' }));

  const send = async (path: string, init: RequestInit): Promise<Response> => {
    try {
      return await win.fetch(url(path), { ...init, cache: 'no-store' });
    } catch {
      throw fromApiError(OFFLINE);
    }
  };

  const uploadFile = async (file: File): Promise<ChosenFile> => {
    if (file.size > MAX_UPLOAD_BYTES) {
      throw apiError('host/file-too-large', { name: file.name, mb: MAX_UPLOAD_BYTES / (1024 * 1024) });
    }
    const res = await send(WEB_ROUTES.upload, {
      method: 'POST',
      headers: headers({ [FILE_NAME_HEADER]: encodeURIComponent(file.name), 'Content-Type': 'application/octet-stream' }),
      body: file,
    });
    return (await throwIfFailed(res)).json() as Promise<ChosenFile>;
  };

  return {
    kind: 'web',
    async call(name, arg): Promise<DispatchResult> {
      const path = WEB_ROUTES.call + name.split('/').map(encodeURIComponent).join('/');
      let res: Response;
      try {
        res = await send(path, {
          method: 'POST',
          headers: headers({ 'Content-Type': 'application/json' }),
          body: JSON.stringify(arg ?? {}),
        });
      } catch {
        return { ok: false, error: OFFLINE };
      }
      if (!res.ok) {
        const error = await responseError(res);
        if (isTokenRefusal(error)) leaveWithoutSession(win);
        return { ok: false, error };
      }
      return { ok: true, value: await res.json() };
    },
    subscribe: (listener) => events.add(listener),
    async openFile(filters) {
      const file = await chooseFile(win.document, filters);
      return file === null ? null : uploadFile(file);
    },
    uploadFile,
    async saveFile(defaultName, _filters, write) {
      const saved = await write(undefined);
      const res = await throwIfFailed(
        await send(WEB_ROUTES.download + encodeURIComponent(saved.fileId), { headers: headers() }),
      );
      downloadBlob(win.document, await res.blob(), saved.fileName || defaultName);
      return saved;
    },
    async printPage(defaultName) {
      // The browser's print dialog ("Save as PDF") names the file after the document's title.
      const title = win.document.title;
      win.document.title = defaultName.replace(/\.pdf$/i, '');
      try {
        win.print();
      } finally {
        win.document.title = title;
      }
      return true;
    },
  };
}

/**
 * One event stream for all listeners: opened with the first, closed with the last, reopened
 * after a dropped connection (the server restarting, a laptop waking up) with a growing pause.
 * A refused token is final: retrying cannot fix it.
 */
function createEventSubscription(win: Window, connect: () => Promise<Response>) {
  const listeners = new Set<(event: ClaveEvent) => void>();
  let running = false;
  let reader: ReadableStreamDefaultReader<string> | null = null;

  const deliver = (data: string) => {
    let event: ApiEvent;
    try {
      event = JSON.parse(data) as ApiEvent;
    } catch {
      return;
    }
    for (const listener of [...listeners]) listener(event);
  };

  const run = async () => {
    let pause = 500;
    while (listeners.size > 0) {
      try {
        const res = await connect();
        if (res.status === 401 || res.status === 403) break;
        if (!res.ok || res.body === null) throw new Error(`HTTP ${res.status}`);
        pause = 500;
        const parser = createEventStreamParser(deliver);
        reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        // Stops when the server ends the stream or the last listener leaves (which cancels the reader).
        while (listeners.size > 0) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.push(value);
        }
        if (listeners.size === 0) await reader.cancel().catch(() => {});
      } catch {
        // dropped or refused connection: try again below
      } finally {
        reader = null;
      }
      if (listeners.size === 0) break;
      await new Promise((resolve) => win.setTimeout(resolve, pause));
      pause = Math.min(pause * 2, 10_000);
    }
    running = false;
  };

  return {
    add(listener: (event: ClaveEvent) => void): () => void {
      listeners.add(listener);
      if (!running) {
        running = true;
        void run();
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) void reader?.cancel().catch(() => {});
      };
    },
  };
}
