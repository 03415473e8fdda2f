// The local web host: the built renderer and the API table over HTTP on 127.0.0.1 only, for
// machines without the Electron runtime and for browser tests. Every /api/ request needs the
// session token; requests naming another Host or coming from another Origin are refused.
import { apiError, toApiError } from '../../shared/api/errors';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_UPLOAD_BYTES, TOKEN_FRAGMENT_KEY, TOKEN_HEADER } from '../../shared/api/transport';
import { openWorkspace, type Workspace } from '../api/open-workspace';
import { handleApi, type ApiRouteContext } from './api-routes';
import { createEventHub } from './event-stream';
import { discardBody, sendError, sendThrown } from './http-replies';
import { checkToken, isAllowedFetchSite, isAllowedHost, isAllowedOrigin } from './request-guard';
import { serveStatic } from './static-files';

export type WebHostOptions = {
  dbPath: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  rendererDir: string;
  maxUploadBytes?: number;
};

export type WebHost = {
  /** The address to open, token included in the fragment (which browsers never send to the server). */
  url: string;
  token: string;
  port: number;
  workspace: Workspace;
  close(): Promise<void>;
};

const LOOPBACK = '127.0.0.1';

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const events = createEventHub();
  const workspace = openWorkspace({ dbPath: options.dbPath, emit: (event) => events.broadcast(event) });
  const token = randomBytes(32).toString('base64url');
  const route: ApiRouteContext = { workspace, events, maxUploadBytes: options.maxUploadBytes ?? MAX_UPLOAD_BYTES };
  let port = 0;

  const server = createServer((req, res) => {
    handleRequest(req, res).catch((e: unknown) => sendThrown(res, e));
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
    // The pages themselves may be opened from a link anywhere (the token is not in them).
    if (!pathname.startsWith('/api/')) return serveStatic(res, req.method ?? 'GET', pathname, options.rendererDir);
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
  }).catch((e: unknown) => {
    workspace.close();
    throw e;
  });
  port = (server.address() as AddressInfo).port;

  let closed: Promise<void> | null = null;
  return {
    url: `http://${LOOPBACK}:${port}/#${TOKEN_FRAGMENT_KEY}=${token}`,
    token,
    port,
    workspace,
    close() {
      closed ??= new Promise<void>((resolve) => {
        events.closeAll();
        server.close(() => resolve());
        server.closeAllConnections();
      }).finally(() => {
        workspace.close();
        rmSync(workspace.ctx.tempDir, { recursive: true, force: true });
      });
      return closed;
    },
  };
}
