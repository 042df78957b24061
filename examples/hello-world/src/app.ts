import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Archive, OpenTok, TokenRole } from '@opentok/sdk';
import { OpenTokApiError, ValidationError } from '@opentok/sdk';
import { page } from './page.js';

/** What the app serves. */
export interface AppOptions {
  readonly opentok: OpenTok;
  /** The one session of the app, created at startup. */
  readonly sessionId: string;
  /** Emulator mode only: called before each archive list, to move emulator time along (archives finish processing). */
  readonly onListArchives?: (() => void) | undefined;
  /** Shown on the page: where the API calls go. */
  readonly backend: string;
}

type Handler = (request: IncomingMessage, url: URL) => Promise<{ status: number; body: unknown }>;

/** The archive fields the page shows. */
const summary = ({ id, name, status, createdAt, duration, url }: Archive) => ({ id, name, status, createdAt, duration, url });

/**
 * The request handler of the app: the page, `GET /token`, `POST /archive/start`, `POST /archive/{id}/stop`
 * and `GET /archives`. JSON answers; bad input is a 400, OpenTok refusals keep their status.
 */
export function createApp({ opentok, sessionId, onListArchives, backend }: AppOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const routes: Record<string, Handler> = {
    'GET /token': async (_request, url) => {
      const role = (url.searchParams.get('role') ?? 'publisher') as TokenRole;
      const token = await opentok.generateToken(sessionId, { role });
      return { status: 200, body: { apiKey: opentok.apiKey, sessionId, token } };
    },
    'POST /archive/start': async () => {
      const archive = await opentok.startArchive(sessionId, { name: `Hello World ${new Date().toISOString().slice(11, 19)}` });
      return { status: 201, body: summary(archive) };
    },
    'GET /archives': async () => {
      onListArchives?.();
      const list = await opentok.listArchives({ sessionId, count: 20 });
      return { status: 200, body: { total: list.total, items: list.items.map(summary) } };
    },
  };

  async function route(request: IncomingMessage, url: URL): Promise<{ status: number; body: unknown }> {
    const stop = request.method === 'POST' ? /^\/archive\/([^/]+)\/stop$/.exec(url.pathname) : null;
    if (stop) return { status: 200, body: summary(await opentok.stopArchive(decodeURIComponent(stop[1] as string))) };
    const handler = routes[`${request.method} ${url.pathname}`];
    return handler ? handler(request, url) : { status: 404, body: { error: `Not found: ${request.method} ${url.pathname}` } };
  }

  return (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET' && url.pathname === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page({ sessionId, backend }));
      return;
    }
    route(request, url)
      .catch((error: unknown) => {
        if (error instanceof ValidationError) return { status: 400, body: { error: error.message } };
        if (error instanceof OpenTokApiError) return { status: error.status, body: { error: error.message } };
        console.error(error);
        return { status: 500, body: { error: 'Internal error' } };
      })
      .then(({ status, body }) => response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body)));
  };
}
