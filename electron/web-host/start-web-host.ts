// The local web host: the built renderer and the API table over HTTP on 127.0.0.1 only, for
// machines without the Electron runtime and for browser tests. Every /api/ request needs the
// session token; requests naming another Host or coming from another Origin are refused. The
// backend runs in this process (tests) or in a child process (`backend: 'process'`, what
// `npm start` uses), where a crash cannot take the host down: the page is told and can restart it.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { apiError, toApiError } from '../../shared/api/errors';
import type { ClaveEvent } from '../../shared/api/events';
import { MAX_UPLOAD_BYTES, TOKEN_FRAGMENT_KEY, TOKEN_HEADER } from '../../shared/api/transport';
import { inProcessBackend, sessionTempDir, type Backend } from '../api/backend';
import { startBackendClient, type BackendClient } from '../api/backend-client';
import { appendErrorLog, errorLogPath } from '../api/error-log';
import { removeDeadTempDirs } from '../api/leftovers';
import { defaultBackendScript, nodeBackendChannel } from '../api/node-backend-channel';
import type { Workspace } from '../api/open-workspace';
import { handleApi, type ApiRouteContext } from './api-routes';
import { createEventHub } from './event-stream';
import { discardBody, sendError, sendThrown } from './http-replies';
import { NO_SESSION_PATH, sendNoSessionPage } from './no-session-page';
import { checkToken, isAllowedFetchSite, isAllowedHost, isAllowedOrigin } from './request-guard';
import { serveStatic } from './static-files';
import { createUploadStore } from './upload-store';

export type WebHostOptions = {
  dbPath: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  rendererDir: string;
  maxUploadBytes?: number;
  /** All uploads of the session together (default: twice the largest upload). */
  maxUploadsTotalBytes?: number;
  /** The recent list, the workspaces folder and the sample workspace (default: the workspace's folder). */
  userDataDir?: string;
  /** Where the backend runs: here (default), or in a child process of dist/backend.js (`backendScript`). */
  backend?: 'in-process' | 'process';
  backendScript?: string;
};

export type WebHost = {
  /** The address to open, token included in the fragment (which browsers never send to the server). */
  url: string;
  token: string;
  port: number;
  backend: Backend;
  /** The workspace open now, for tests that seed data (in-process backend only). */
  readonly workspace: Workspace;
  /** The backend process's id (process backend only; tests kill it to stand for a crash). */
  backendPid(): number | undefined;
  close(): Promise<void>;
};

const LOOPBACK = '127.0.0.1';

async function startBackend(options: WebHostOptions, emit: (event: ClaveEvent) => void): Promise<Backend> {
  const userDataDir = options.userDataDir ?? dirname(resolve(options.dbPath));
  const session = { dbPath: resolve(options.dbPath), userDataDir, dialogFiles: false, typedPaths: true };
  if (options.backend !== 'process') return inProcessBackend({ ...session, emit });
  const script = options.backendScript ?? defaultBackendScript();
  return startBackendClient({ spawn: () => nodeBackendChannel(script), open: { ...session, tempDir: sessionTempDir() }, emit });
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  // A host killed before (power cut, kill -9) left its uploads: removed now.
  removeDeadTempDirs('clave');
  const events = createEventHub();
  const backend = await startBackend(options, (event) => events.broadcast(event));
  const token = randomBytes(32).toString('base64url');
  const maxUploadBytes = options.maxUploadBytes ?? MAX_UPLOAD_BYTES;
  const route: ApiRouteContext = {
    backend,
    events,
    maxUploadBytes,
    uploads: createUploadStore(options.maxUploadsTotalBytes ?? 2 * maxUploadBytes),
  };
  let port = 0;

  const server = createServer((req, res) => {
    handleRequest(req, res).catch((e: unknown) =>
      sendThrown(res, e, (error, ref) => appendErrorLog(errorLogPath(backend.dbPath()), { ref, call: `${req.method} ${req.url?.split('?')[0]}`, error })),
    );
  });

  async function handleRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refuse = (why: 'address' | 'origin' | 'site' | 'malformed' | 'token', status = 403) => {
      discardBody(req, res);
      sendError(res, toApiError(apiError('host/refused', { why })), status);
    };
    if (!isAllowedHost(req.headers.host, port)) return refuse('address');
    if (!isAllowedOrigin(req.headers.origin, port)) return refuse('origin');
    const target = req.url ?? '/';
    if (!target.startsWith('/') || target.startsWith('//')) return refuse('malformed', 400);
    const pathname = new URL(target, `http://${LOOPBACK}`).pathname;
    // Where a page without a valid token is sent: how to open Clave, in the reader's language.
    if (pathname === NO_SESSION_PATH) return sendNoSessionPage(req, res);
    // The pages themselves may be opened from a link anywhere (the token is not in them).
    if (!pathname.startsWith('/api/')) return serveStatic(res, req.method ?? 'GET', pathname, options.rendererDir, req.headers['if-none-match']);
    const site = req.headers['sec-fetch-site'];
    if (!isAllowedFetchSite(typeof site === 'string' ? site : undefined)) return refuse('site');
    const check = checkToken(req.headers[TOKEN_HEADER], token);
    if (check === 'missing') return refuse('token', 401);
    if (check === 'wrong') return refuse('token');
    return handleApi(req, res, pathname, route);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject);
      resolve();
    });
  }).catch(async (e: unknown) => {
    await backend.close();
    throw e;
  });
  port = (server.address() as AddressInfo).port;

  let closed: Promise<void> | null = null;
  return {
    url: `http://${LOOPBACK}:${port}/#${TOKEN_FRAGMENT_KEY}=${token}`,
    token,
    port,
    backend,
    get workspace() {
      if (!('session' in backend)) throw new Error('host.workspace: the backend runs in another process');
      return (backend as ReturnType<typeof inProcessBackend>).session.workspace;
    },
    backendPid: () => ('pid' in backend ? (backend as BackendClient).pid() : undefined),
    close() {
      closed ??= new Promise<void>((resolve) => {
        events.closeAll();
        server.close(() => resolve());
        server.closeAllConnections();
      }).finally(() => backend.close());
      return closed;
    },
  };
}
