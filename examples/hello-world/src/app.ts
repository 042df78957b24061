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
  /**
   * Emulator mode only: fetches an archive's file from its URL, which names the in-process emulator and so
   * resolves only inside this process. When set, the page links to `GET /archive/{id}/download`, which
   * answers with the file; otherwise it links to the archive's own URL.
   */
  readonly fetchArchiveFile?: ((url: string) => Promise<Response>) | undefined;
}

/** A JSON answer, or a file. */
type Answer = { status: number; body: unknown } | { status: number; file: Uint8Array; type: string };
type Handler = (request: IncomingMessage, url: URL) => Promise<Answer>;

/**
 * The request handler of the app: the page, `GET /token`, `POST /archive/start`, `POST /archive/{id}/stop`,
 * `GET /archives` and, in emulator mode, `GET /archive/{id}/download`. JSON answers; bad input is a 400,
 * OpenTok refusals keep their status.
 */
export function createApp({
  opentok,
  sessionId,
  onListArchives,
  backend,
  fetchArchiveFile,
}: AppOptions): (request: IncomingMessage, response: ServerResponse) => void {
  /** The archive fields the page shows; the file's link goes through this app when only this app can reach the file. */
  const summary = ({ id, name, status, createdAt, duration, url }: Archive) => ({
    id,
    name,
    status,
    createdAt,
    duration,
    url: url && fetchArchiveFile ? `/archive/${encodeURIComponent(id)}/download` : url,
  });
  // What a client (the Vonage Video client SDK, OpenTok.js) needs to join: the application ID, or the API key.
  const joinWith = opentok.applicationId === undefined ? { apiKey: opentok.apiKey } : { applicationId: opentok.applicationId };

  const routes: Record<string, Handler> = {
    'GET /token': async (_request, url) => {
      const role = (url.searchParams.get('role') ?? 'publisher') as TokenRole;
      const token = await opentok.generateToken(sessionId, { role });
      return { status: 200, body: { ...joinWith, sessionId, token } };
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

  async function download(archiveId: string): Promise<Answer> {
    const { url } = await opentok.getArchive(archiveId);
    const file = url && fetchArchiveFile ? await fetchArchiveFile(url) : undefined;
    if (!file?.ok) return { status: 404, body: { error: `Archive ${archiveId} has no file to download (yet)` } };
    return { status: 200, file: new Uint8Array(await file.arrayBuffer()), type: file.headers.get('content-type') ?? 'application/octet-stream' };
  }

  async function route(request: IncomingMessage, url: URL): Promise<Answer> {
    const stop = request.method === 'POST' ? /^\/archive\/([^/]+)\/stop$/.exec(url.pathname) : null;
    if (stop) return { status: 200, body: summary(await opentok.stopArchive(decodeURIComponent(stop[1] as string))) };
    const file = request.method === 'GET' && fetchArchiveFile ? /^\/archive\/([^/]+)\/download$/.exec(url.pathname) : null;
    if (file) return download(decodeURIComponent(file[1] as string));
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
      .catch((error: unknown): Answer => {
        if (error instanceof ValidationError) return { status: 400, body: { error: error.message } };
        if (error instanceof OpenTokApiError) return { status: error.status, body: { error: error.message } };
        console.error(error);
        return { status: 500, body: { error: 'Internal error' } };
      })
      .then((answer) => {
        if ('file' in answer) response.writeHead(answer.status, { 'content-type': answer.type, 'cache-control': 'no-store' }).end(answer.file);
        else response.writeHead(answer.status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(answer.body));
      });
  };
}
